// The Faultline JSON reader: a valid dataset comes back as the validator gives it; a broken one gives problems by
// JSON path, and when only some records are wrong, the valid rest and the records left out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAny } from '../export';
import { readAnySync } from './index';
import { readDatasetJson } from './json';
import { errorsOf, expectProblem, loaded } from './test-support';

const dataset = {
  format: 'faultline-dataset/1',
  id: 'tiny',
  title: 'Tiny',
  description: 'Two invented actors.',
  sources: [{ id: 's', title: 'Invented source', published: '2020-01-01' }],
  actors: [
    { id: 'alpha', label: 'Alpha', kind: 'state', description: 'An invented state.' },
    { id: 'beta', label: 'Beta', kind: 'armed-group', description: 'An invented group.' },
  ],
  relations: [
    {
      id: 'r1',
      type: 'clash',
      source: 'alpha',
      target: 'beta',
      when: '2020-01-01',
      summary: 'They clash.',
      status: 'reported',
      evidence: [{ source: 's', quote: 'Alpha and Beta clashed at the border.' }],
    },
    {
      id: 'r2',
      type: 'talks',
      source: 'beta',
      target: 'alpha',
      when: '2020-02-01',
      summary: 'They talk.',
      status: 'reported',
      evidence: [{ source: 's', quote: 'Beta and Alpha held talks in February.' }],
    },
  ],
};

describe('the bundled dataset', () => {
  it('imported and exported as JSON gives the same bytes', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../../graph-data/af-pak.json'), 'utf8');
    const d = loaded(readAnySync(new TextEncoder().encode(text), 'af-pak.json', { requireEvidence: true }));
    expect(writeAny(d, 'json').bytes).toBe(text);
  });
});

describe('readDatasetJson', () => {
  it('reads a valid dataset as it is', () => {
    const result = readDatasetJson(JSON.stringify(dataset), { fileName: 'tiny.json' });
    expect(loaded(result)).toEqual(dataset);
    expect(result.ok && result.report.counts).toEqual({ actors: 2, relations: 2, sources: 1 });
  });

  it('places a syntax error by line and column', () => {
    expectProblem(errorsOf(readDatasetJson('{\n  "format": ,\n}', { fileName: 'x.json' })), {
      message: 'not valid JSON',
      line: 2,
      column: 13,
    });
  });

  it('leaves out a broken relation and offers the rest, with the record left out', () => {
    const broken = structuredClone(dataset);
    broken.relations[1]!.when = '2020-13-45';
    const result = readDatasetJson(JSON.stringify(broken), { fileName: 'x.json' });
    expectProblem(errorsOf(result), { message: '2020-13-45', path: 'relations[1].when', record: 'r2' });
    if (result.ok || !result.partial) return expect.fail('expected a partial result');
    expect(result.partial.dataset.relations.map((r) => r.id)).toEqual(['r1']);
    expect(result.partial.rejected.map((r) => [r.record?.id, r.values.get('when')])).toEqual([
      ['r2', '2020-13-45'],
    ]);
  });

  it('gives no partial result when the dataset itself is wrong', () => {
    const result = readDatasetJson(JSON.stringify({ ...dataset, format: 'other' }), { fileName: 'x.json' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.partial).toBeUndefined();
  });
});
