// The time of one foreign record from its named fields (When, Start/End, a Gephi timeset), as EDTF spells, and
// the hull of several spells for an actor (the dataset gives an actor one `when`; its spells stay in attributes).
import { parseWhen } from '../../model';
import type { Field } from './fields';
import { TimeValueError, foreignInstant, foreignWhen, spanToEdtf, type TimeContext } from './time';
import { looksLikeTimeset, parseTimeset, spellWhen } from './timeset';

export interface TimeFields {
  readonly when?: Field | undefined;
  readonly start?: Field | undefined;
  readonly end?: Field | undefined;
  readonly timeset?: Field | undefined;
}

export type SpellsResult =
  | { readonly ok: true; readonly spells: string[] }
  | { readonly ok: false; readonly field: Field; readonly reason: string };

function raw(f: Field | undefined): string {
  return f === undefined || f.value === null ? '' : String(f.value).trim();
}

function fromTimeset(f: Field, ctx: TimeContext): string[] {
  return parseTimeset(raw(f)).map((s) => spellWhen(s, ctx));
}

/** Spells of a record; [] when it gives no time at all. */
export function spellsFromFields(t: TimeFields, ctx: TimeContext): SpellsResult {
  let current: Field | undefined;
  try {
    if (t.when && raw(t.when) !== '') {
      current = t.when;
      if (looksLikeTimeset(raw(t.when))) return { ok: true, spells: fromTimeset(t.when, ctx) };
      return { ok: true, spells: [foreignWhen(raw(t.when), ctx)] };
    }
    // After `when`, which is exact where both are given (a Faultline export widens timesets to whole days).
    if (t.timeset && raw(t.timeset) !== '') {
      current = t.timeset;
      return { ok: true, spells: fromTimeset(t.timeset, ctx) };
    }
    if (raw(t.start) === '' && raw(t.end) === '') return { ok: true, spells: [] };
    const instant = (f: Field | undefined) => {
      current = f;
      return foreignInstant(raw(f), ctx);
    };
    const start = instant(t.start);
    const end = instant(t.end);
    current = t.start ?? t.end;
    return { ok: true, spells: [spanToEdtf(start, end, `${raw(t.start)} – ${raw(t.end)}`)] };
  } catch (e) {
    if (e instanceof TimeValueError && current) return { ok: false, field: current, reason: e.message };
    throw e;
  }
}

/** The raw time values of a record's fields, for deciding how numbers are read (`numberScaleOf`). */
export function* timeValues(t: TimeFields): Generator<string> {
  for (const f of [t.when, t.start, t.end, t.timeset]) {
    const s = raw(f);
    if (s !== '') yield s;
  }
}

function bounds(when: string): { start: string | null; end: string | null } {
  const slash = when.indexOf('/');
  if (slash < 0) return { start: when, end: when };
  const a = when.slice(0, slash);
  const b = when.slice(slash + 1);
  return { start: a === '..' ? null : a, end: b === '..' ? null : b };
}

/** The smallest span covering every spell: from the earliest start to the latest end. */
export function hullOf(whens: readonly string[]): string {
  if (whens.length === 1) return whens[0]!;
  let start: string | null = null;
  let end: string | null = null;
  let startMs = Infinity;
  let endMs = -Infinity;
  for (const w of whens) {
    const span = parseWhen(w);
    const b = bounds(w);
    if (span.start < startMs) [startMs, start] = [span.start, b.start];
    if (span.end > endMs) [endMs, end] = [span.end, b.end];
  }
  return spanToEdtf(start, end, whens.join('; '));
}

/** The span common to every given span (undefined ones ignored); undefined when none is given or they do not meet. */
export function intersectSpans(whens: readonly (string | undefined)[]): string | undefined {
  const given = whens.filter((w): w is string => w !== undefined);
  if (given.length === 0) return undefined;
  let start: string | null = null;
  let end: string | null = null;
  let startMs = -Infinity;
  let endMs = Infinity;
  for (const w of given) {
    const span = parseWhen(w);
    const b = bounds(w);
    if (span.start > startMs) [startMs, start] = [span.start, b.start];
    if (span.end < endMs) [endMs, end] = [span.end, b.end];
  }
  if (startMs > endMs) return undefined;
  return spanToEdtf(start, end, given.join(' ∩ '));
}

/** The time fields among a record's recognised fields. */
export function timeFieldsOf(known: ReadonlyMap<string, Field>): TimeFields {
  return {
    when: known.get('when'),
    start: known.get('start'),
    end: known.get('end'),
    timeset: known.get('timeset'),
  };
}
