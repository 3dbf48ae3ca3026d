// The CSV evidence and sources tables' warnings: each at the row it concerns (evidence for a relation the relations
// table lacks, at the first row citing it), and capped at a hundred a kind with a summary, as every reader's are.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlaced } from '../../model/dataset/problems';
import { readCsv } from './csv';

const relations = 'Id,Source,Target,Type,When\nr1,A,B,talks,2001-02-03\n';
const sources = 'Id,Title\npaper,The Paper\n';
const evidenceHeader = 'Relation id,Source id,Quote,Reliability\n';
const rows = (n: number, row: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => row(i)).join('\n');

function read(evidence: string, sourcesText = sources) {
  const r = readCsv(relations, {
    fileName: 'relations.csv',
    sourcesTable: { text: sourcesText, fileName: 'sources.csv' },
    evidenceTable: { text: evidence, fileName: 'evidence.csv' },
  });
  if (!r.ok) expect.fail(r.problems.map((p) => p.message).join('\n'));
  return r.warnings;
}

describe('the evidence table', () => {
  it('places evidence for a relation not in the relations table at the first row citing it', () => {
    const warnings = read(
      evidenceHeader +
        [
          'r1,paper,The parties met on Saturday.,B',
          'ghost,paper,A meeting nobody recorded.,B',
          'ghost,paper,Another line about it.,B',
        ].join('\n'),
    );
    const ghost = warnings.filter((w) => w.message.includes('"ghost"'));
    expect(ghost).toHaveLength(1);
    expect(ghost[0]).toMatchObject({ file: 'evidence.csv', line: 3, path: 'Relation id' });
  });

  it.each([
    [
      'a Reliability that is not a grade',
      evidenceHeader + rows(500, (i) => `r1,paper,Quote number ${i} of the series.,Z`),
      sources,
      /^"Z" is not one of/,
    ],
    [
      'evidence for relations the table lacks',
      evidenceHeader + rows(500, (i) => `missing-${i},paper,Quote number ${i} of the series.,B`),
      sources,
      /^evidence for "missing-\d+", a relation not in the relations table/,
    ],
    [
      'sources without a title',
      evidenceHeader + 'r1,paper,The parties met on Saturday.,B',
      'Id,Title\npaper,The Paper\n' + rows(500, (i) => `s${i},`),
      /^a source without an id or a title/,
    ],
  ])('caps %s at a hundred and says how many more', (_name, evidence, sourcesText, kind) => {
    const warnings = read(evidence, sourcesText);
    expect(warnings.filter((w) => kind.test(w.message))).toHaveLength(100);
    const summary = warnings.find((w) => w.message.startsWith('… and 400 more like this'));
    expect(summary?.scope).toBe('file');
    expect(warnings.every(isPlaced)).toBe(true);
  });
});

describe('evidence and sources tables built from broken rows (property)', () => {
  it('never throw, and place every problem they give', () => {
    const cell = fc.constantFrom(
      'r1',
      'ghost',
      'paper',
      'nowhere',
      '',
      'B',
      'Z',
      '9',
      'author',
      '"a, b"',
      '"x""y"',
      '"a\nb"',
      'ā',
    );
    const row = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(','));
    const table = (header: string) =>
      fc
        .array(fc.oneof(row, fc.constant(''), fc.constant(header)), { maxLength: 20 })
        .map((rs) => [header, ...rs].join('\n'));
    fc.assert(
      fc.property(
        table('Relation id,Source id,Quote,Reliability,Credibility,Claim by'),
        table('Id,Title,Published'),
        (evidence, sourcesText) => {
          const r = readCsv(relations, {
            fileName: 'relations.csv',
            sourcesTable: { text: sourcesText, fileName: 'sources.csv' },
            evidenceTable: { text: evidence, fileName: 'evidence.csv' },
          });
          const problems = r.ok ? r.warnings : r.problems;
          for (const p of problems) expect(isPlaced(p), p.message).toBe(true);
        },
      ),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
