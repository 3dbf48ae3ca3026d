// Warnings of one kind are built up to the cap and then counted, with one summary per kind; errors are never
// capped. Checked on the cap itself and on the validator (src/io/import/capped.test.ts: through a reader).
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate';
import { WARNINGS_PER_KIND, WarningCap, warningKind } from './warning-cap';

describe('WarningCap', () => {
  it('admits a kind up to its limit, then counts it, and sums up each kind past the limit', () => {
    const cap = new WarningCap(2);
    const admitted = ['"a" is odd', '"b" is odd', '"c" is odd', '"d" is odd', 'lone'].map((m) =>
      cap.admit(m),
    );
    expect(admitted).toEqual([true, true, false, false, true]);
    expect(cap.counted).toBe(2);
    expect(cap.summaries('f.csv')).toEqual([
      { file: 'f.csv', scope: 'file', message: '… and 2 more like this: "a" is odd', severity: 'warning' },
    ]);
  });

  it.each([
    ['"x" is not a integer; kept as text', '"…" is not a integer; kept as text'],
    ['"2001-05" begins after 3 March 2020: …', '"…" begins after # March #: …'],
    ['has no evidence: it will be shown as unsourced', 'has no evidence: it will be shown as unsourced'],
  ])('tells the kind of %s', (message, kind) => {
    expect(warningKind(message)).toBe(kind);
  });
});

const lone = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    label: `A${i}`,
    kind: 'state',
    description: 'Invented.',
  }));

describe('capped warnings in the validator', () => {
  it('builds a hundred warnings of a kind and one summary for the rest', () => {
    const result = validateDataset(
      {
        format: 'faultline-dataset/1',
        id: 'd',
        title: 'D',
        description: 'Invented.',
        sources: [],
        actors: [...lone(250), { id: 'b', label: 'B', kind: 'state', description: 'Invented.' }],
        relations: [
          {
            id: 'r',
            type: 'clash',
            source: 'a0',
            target: 'b',
            when: '2020-01-01',
            summary: 'A clash.',
            status: 'reported',
            evidence: [],
          },
        ],
      },
      { requireEvidence: false, file: 'd.json' },
    );
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const alone = result.warnings.filter((w) => w.message.startsWith('no relation mentions this actor'));
    expect(alone).toHaveLength(WARNINGS_PER_KIND);
    expect(result.warnings.map((w) => w.message)).toContain(
      '… and 149 more like this: no relation mentions this actor; it will stand alone in the graph',
    );
  });
});
