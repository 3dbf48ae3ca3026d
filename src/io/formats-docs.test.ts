// The docs' tables of formats (docs/import.md, docs/export.md) list exactly the formats the registries hold, in
// their order, with their extensions and media types: a format added to a registry without its line in the docs,
// or a line left for a format that is gone, fails here.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READERS } from './import/formats';
import { WRITERS } from './export/formats';
import type { WriterFormat } from './export/writer-format';

const DOCS = resolve(import.meta.dirname, '../../docs');

/** The rows (cells, trimmed) of the first Markdown table in `file` whose header's first cell is `first`. */
function table(file: string, first: string): string[][] {
  const lines = readFileSync(resolve(DOCS, file), 'utf8').split('\n');
  const cells = (line: string) =>
    line
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/)
      .map((c) => c.trim());
  const start = lines.findIndex((l) => l.startsWith('|') && cells(l)[0] === first);
  expect(start, `${file} has a table headed "${first}"`).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The `code` spans of a cell. */
const codes = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchors(file: string): Set<string> {
  const text = readFileSync(resolve(DOCS, file), 'utf8');
  return new Set(
    [...text.matchAll(/^#+ (.+)$/gm)].map((m) =>
      m[1]!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('docs/import.md', () => {
  const rows = table('import.md', 'format');

  it('lists every reader of the registry, in its order, and nothing else', () => {
    expect(rows.map((r) => codes(r[0]).join())).toEqual(READERS.map((r) => r.id));
  });

  it.each(READERS.map((r) => [r.id, r] as const))('gives %s its extensions and media types', (_, reader) => {
    const row = rows.find((r) => codes(r[0])[0] === reader.id)!;
    expect(codes(row[1])).toEqual(
      [...reader.extensions, ...(reader.archive?.extensions ?? [])].map((e) => `.${e}`),
    );
    expect(codes(row[2])).toEqual([reader.mediaType, ...(reader.archive ? [reader.archive.mediaType] : [])]);
    const link = /\]\(#([^)]+)\)/.exec(row[3] ?? '')?.[1];
    expect(anchors('import.md')).toContain(link);
  });
});

describe('docs/export.md', () => {
  const rows = table('export.md', 'format');

  it('lists every writer of the registry, in its order, and nothing else', () => {
    expect(rows.map((r) => codes(r[0]).join())).toEqual(WRITERS.map((w) => w.id));
  });

  it.each(WRITERS.map((w) => [w.id, w as WriterFormat] as const))(
    'names the files %s writes',
    (_, writer) => {
      const row = rows.find((r) => codes(r[0])[0] === writer.id)!;
      const files = codes(row[1]);
      for (const extension of [writer.extension, ...(writer.variants ?? []).map((v) => v.extension)])
        expect(files.some((f) => f.endsWith(`.${extension}`))).toBe(true);
      expect(
        files.every((f) =>
          [writer.extension, ...(writer.variants ?? []).map((v) => v.extension)].some((e) =>
            f.endsWith(`.${e}`),
          ),
        ),
      ).toBe(true);
    },
  );
});
