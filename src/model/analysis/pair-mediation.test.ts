// mediationsOfPair: third parties' mediation between two actors, whichever order the pair is asked in.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/validate';
import { buildModel } from '../graph/build';
import { mediationsOfPair } from './pair-mediation';

const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
const AF_PAK = assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' });
const model = buildModel(AF_PAK);

describe('mediationsOfPair', () => {
  it('finds every third-party mediation between Pakistan and the Afghan Taliban government, in time order', () => {
    const found = mediationsOfPair(model, 'pakistan', 'taliban-government');
    const expected = AF_PAK.relations
      .filter(
        (r) =>
          r.type === 'mediation' &&
          Array.isArray(r.target) &&
          r.target.includes('pakistan') &&
          r.target.includes('taliban-government'),
      )
      .map((r) => r.id)
      .sort();
    expect(found.map((e) => e.relationId).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(5);
    expect(found.every((e) => e.target === 'pakistan')).toBe(true);
    const starts = found.map((e) => e.span.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(
      mediationsOfPair(model, 'taliban-government', 'pakistan')
        .map((e) => e.relationId)
        .sort(),
    ).toEqual(expected);
  });

  it('finds nothing for a pair no third party mediates between', () => {
    expect(mediationsOfPair(model, 'india', 'israel')).toEqual([]);
  });
});
