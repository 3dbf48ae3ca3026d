// The edge table: rows in model order, actors numbered in id order, one number per unordered pair, rowsOf taking
// each known key once, and the scratch arrays left clear by the analyses that borrow them.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf } from '../graph/fixtures';
import { projectionBetweenness } from './betweenness';
import { edgeTable, rowsOf } from './edge-table';
import { signedNetwork } from './signed';

const model = buildModel(
  datasetOf([
    { id: 'x', type: 'alliance', source: 'c', target: 'a', when: '2020' },
    { id: 'y', type: 'clash', source: 'a', target: 'c', when: '2020' },
    { id: 'z', type: 'mediation', source: 'b', target: ['a', 'c'], when: '2020' },
  ]),
);

describe('edgeTable', () => {
  const table = edgeTable(model);

  it('numbers actors in id order and pairs by first appearance, once per model', () => {
    expect(table.actorIds).toEqual(['a', 'b', 'c']);
    expect(table.records.map((e) => e.key)).toEqual(['x', 'y', 'z~a', 'z~c']);
    expect([...table.source]).toEqual([2, 0, 1, 1]);
    expect([...table.target]).toEqual([0, 2, 0, 2]);
    expect([...table.pair]).toEqual([0, 0, 1, 2]);
    expect(table.pairKeys).toEqual(['a\nc', 'a\nb', 'b\nc']);
    expect([...table.pairA]).toEqual([0, 0, 1]);
    expect([...table.pairB]).toEqual([2, 1, 2]);
    expect(edgeTable(model)).toBe(table);
  });

  it('resolves keys to rows once each, skipping unknown keys', () => {
    expect([...rowsOf(table, ['z~c', 'x', 'nope', 'z~c', 'y'])]).toEqual([3, 0, 1]);
  });

  it('is left with clear scratch arrays after the analyses', () => {
    signedNetwork(model, ['x', 'y', 'z~a', 'z~a']);
    projectionBetweenness(model, ['x', 'z~a', 'z~c']);
    expect(table.pairScratch.every((v) => v === 0)).toBe(true);
    expect(table.rowScratch.every((v) => v === 0)).toBe(true);
    expect(signedNetwork(model, ['x', 'y']).ties.size).toBe(0);
  });
});
