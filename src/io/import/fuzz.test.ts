// The importers under hostile input: every reader of the registry (formats.ts), fed its own small valid files
// (fuzz-seeds.ts) mutated the ways files break — cut short, bytes flipped or inserted, invalid UTF-8, dates that are
// not EDTF, records repeated with other values, elements out of place, huge values, deep nesting. For every input:
// no exception leaves readAnySync, it finishes within a bound far above any real read (a hang detector, not a
// speed test), and every problem has a place or says it concerns the whole file. Seeded, so a failure replays;
// FAULTLINE_FUZZ_RUNS sets the cases per format (FAULTLINE_FUZZ_SEED another seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaced, type Problem } from '../../model/dataset/problems';
import { FUZZ_SEEDS, type FuzzSeed } from './fuzz-seeds';
import { READERS, readAnySync } from './index';
import type { ImportResult } from './result';

const RUNS = Number(process.env.FAULTLINE_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FAULTLINE_FUZZ_SEED ?? 20_2026);
/** Far above the slowest mutated read (a few tens of ms); only a loop that never ends gets near it. */
const HANG_MS = 5000;

const INVALID_EDTF = ['2026-21', '202X', 'Y20260', '2026-02-30', '2026-00', '../..', '[2001, Infinity]', ''];
const INVALID_UTF8 = [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];
/** Elements of GEXF and GraphML put where they do not belong, and elements neither format has. */
const STRAY_XML = [
  '<node id="stray" label="Stray"/>',
  '<edge id="1" source="a" target="zz"/>',
  '<edges/>',
  '<graph/>',
  '<spells><spell start="202X"/></spells>',
  '<data key="d0">misplaced</data>',
  '<key id="d0" for="node" attr.name="kind"/>',
  '<unknown:thing xmlns:unknown="urn:x"/>',
  '<attvalue for="s" value="2026-21"/>',
  '<!DOCTYPE x [<!ENTITY e "boom">]>',
  '&e;',
];

type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'flip'; readonly at: number; readonly mask: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: readonly number[] }
  | { readonly kind: 'badDate'; readonly nth: number; readonly value: string }
  | { readonly kind: 'duplicateLine'; readonly line: number; readonly word: number }
  | { readonly kind: 'dropLine'; readonly line: number }
  | { readonly kind: 'swapLines'; readonly a: number; readonly b: number }
  | { readonly kind: 'strayXml'; readonly line: number; readonly element: string }
  | { readonly kind: 'huge'; readonly at: number; readonly size: number }
  | { readonly kind: 'deep'; readonly line: number; readonly depth: number; readonly open: string };

const position = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.array(fc.nat(255), { minLength: 1, maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('badDate' as const),
    nth: fc.nat(20),
    value: fc.constantFrom(...INVALID_EDTF),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: position, word: fc.nat(10) }),
  fc.record({ kind: fc.constant('dropLine' as const), line: position }),
  fc.record({ kind: fc.constant('swapLines' as const), a: position, b: position }),
  fc.record({
    kind: fc.constant('strayXml' as const),
    line: position,
    element: fc.constantFrom(...STRAY_XML),
  }),
  fc.record({
    kind: fc.constant('huge' as const),
    at: position,
    size: fc.constantFrom(10_000, 100_000, 1_000_000),
  }),
  fc.record({
    kind: fc.constant('deep' as const),
    line: position,
    depth: fc.constantFrom(100, 2_000, 20_000),
    open: fc.constantFrom('[', '{"a":', '<node>', '<g>'),
  }),
);

const encoder = new TextEncoder();
const latin1 = new TextDecoder('latin1');
const index = (at: number, length: number) => Math.min(length, Math.floor(at * (length + 1)));
const concat = (...parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let i = 0;
  for (const p of parts) {
    out.set(p, i);
    i += p.length;
  }
  return out;
};

/** The input's lines as bytes (split on \n, each without it), so line mutations keep every other byte. */
function lines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      out.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return out;
}
const joinLines = (ls: readonly Uint8Array[]) =>
  concat(...ls.flatMap((l, i) => (i === 0 ? [l] : [encoder.encode('\n'), l])));

/** The `word`th run of letters in a line replaced, so a repeated record says something else under its id. */
function changeWord(line: Uint8Array, word: number): Uint8Array {
  const text = latin1.decode(line);
  const words = [...text.matchAll(/[A-Za-z]{3,}/g)];
  const m = words[word % Math.max(1, words.length)];
  if (!m) return line;
  const at = m.index;
  return concat(line.subarray(0, at), encoder.encode('Changed'), line.subarray(at + m[0].length));
}

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, index(m.at, bytes.length));
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = bytes.slice();
      const i = Math.min(bytes.length - 1, index(m.at, bytes.length));
      out[i] = out[i]! ^ m.mask;
      return out;
    }
    case 'insert': {
      const i = index(m.at, bytes.length);
      return concat(bytes.subarray(0, i), Uint8Array.from(m.bytes), bytes.subarray(i));
    }
    case 'badDate': {
      const text = latin1.decode(bytes);
      const dates = [...text.matchAll(/\d{4}(?:-\d{2}){0,2}/g)];
      const d = dates[m.nth % Math.max(1, dates.length)];
      if (!d) return bytes;
      return concat(
        bytes.subarray(0, d.index),
        encoder.encode(m.value),
        bytes.subarray(d.index + d[0].length),
      );
    }
    case 'duplicateLine': {
      const ls = lines(bytes);
      const i = Math.min(ls.length - 1, index(m.line, ls.length));
      return joinLines([...ls.slice(0, i + 1), changeWord(ls[i]!, m.word), ...ls.slice(i + 1)]);
    }
    case 'dropLine': {
      const ls = lines(bytes);
      const i = Math.min(ls.length - 1, index(m.line, ls.length));
      return joinLines([...ls.slice(0, i), ...ls.slice(i + 1)]);
    }
    case 'swapLines': {
      const ls = lines(bytes);
      const a = Math.min(ls.length - 1, index(m.a, ls.length));
      const b = Math.min(ls.length - 1, index(m.b, ls.length));
      [ls[a], ls[b]] = [ls[b]!, ls[a]!];
      return joinLines(ls);
    }
    case 'strayXml': {
      const ls = lines(bytes);
      const i = index(m.line, ls.length);
      return joinLines([...ls.slice(0, i), encoder.encode(m.element), ...ls.slice(i)]);
    }
    case 'huge': {
      const i = index(m.at, bytes.length);
      return concat(bytes.subarray(0, i), encoder.encode('A'.repeat(m.size)), bytes.subarray(i));
    }
    case 'deep': {
      const ls = lines(bytes);
      const i = index(m.line, ls.length);
      const close = m.open.startsWith('<') ? m.open.replace('<', '</') : m.open === '[' ? ']' : '}';
      const nest = encoder.encode(m.open.repeat(m.depth) + close.repeat(m.depth));
      return joinLines([...ls.slice(0, i), nest, ...ls.slice(i)]);
    }
  }
}

const problemsOf = (r: ImportResult): readonly Problem[] =>
  r.ok ? r.warnings : [...r.problems, ...(r.partial?.rejected.flatMap((row) => row.problems) ?? [])];

const XML_BREAKS = /^the XML is not well-formed|^elements are nested/;

/**
 * A byte offset is a whole number inside the file; in an XML file read as UTF-8 or Windows-1252, a problem with a
 * line that is not about the XML breaking is at an element, and so its byte is a `<`.
 */
function byteHolds(seed: FuzzSeed, bytes: Uint8Array, p: Problem): boolean {
  const at = p.byte!;
  if (!Number.isInteger(at) || at < 0 || at > bytes.length) return false;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const atElement = p.line !== undefined && !XML_BREAKS.test(p.message);
  if (!/\.(graphml|gexf)$/.test(seed.name) || utf16 || !atElement) return true;
  return bytes[at] === 0x3c;
}

/** Reads one input and checks the three promises; a broken one fails with the input's name and the problem. */
function holds(seed: FuzzSeed, bytes: Uint8Array): boolean {
  const started = performance.now();
  let result: ImportResult;
  try {
    result = readAnySync(bytes, seed.name);
  } catch (e) {
    expect.fail(`${seed.name}: the reader threw ${String(e)}`);
  }
  const took = performance.now() - started;
  expect(took, `${seed.name}: the read took ${Math.round(took)} ms`).toBeLessThan(HANG_MS);
  const unplaced = problemsOf(result).filter((p) => !isPlaced(p));
  expect(unplaced.map((p) => p.message)).toEqual([]);
  for (const p of problemsOf(result)) {
    if (p.byte === undefined) continue;
    const there = latin1.decode(bytes.subarray(p.byte, p.byte + 12));
    expect(byteHolds(seed, bytes, p), `${seed.name}: "${p.message}" at byte ${p.byte}: ${there}`).toBe(true);
  }
  if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  return true;
}

describe('every registered reader under hostile input', () => {
  it.each(READERS.map((r) => [r.id]))('%s has seeds, and each reads without an error', (id) => {
    const seeds = FUZZ_SEEDS[id];
    expect(seeds, `add a seed for the reader "${id}" to fuzz-seeds.ts`).toBeDefined();
    for (const seed of seeds ?? []) {
      const result = readAnySync(seed.text, seed.name);
      if (!result.ok) expect.fail(result.problems.map((p) => p.message).join('\n'));
      expect(result.report.format).toBe(id);
    }
  });

  it.each(READERS.map((r, i) => [r.id, i]))(
    '%s: no exception, no hang, every problem placed or whole-file',
    (id, i) => {
      const seeds = FUZZ_SEEDS[id] ?? [];
      fc.assert(
        fc.property(
          fc.constantFrom(...seeds),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          (seed, mutations) => holds(seed, mutations.reduce(apply, encoder.encode(seed.text))),
        ),
        { numRuns: RUNS, seed: SEED + i },
      );
    },
  );
});
