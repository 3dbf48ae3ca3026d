// projectionBetweenness: equal to graphology-metrics' betweenness on the undirected projection (property, the
// package as oracle), independent of edge order, and a sampled estimate that is exact when every actor is sampled
// and close on a large random graph.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, type RelationLine } from '../graph/fixtures';
import { datasetArb } from '../time/arbitrary';
import { projectionBetweenness } from './betweenness';
import { undirectedProjection } from './subgraph';

const expectClose = (actual: ReadonlyMap<string, number>, expected: Record<string, number>): void => {
  expect([...actual.keys()].sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of actual) expect(value).toBeCloseTo(expected[id]!, 9);
};

describe('projectionBetweenness', () => {
  it('agrees with graphology-metrics on the projection (property)', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const model = buildModel(dataset);
        const keys = model.edges.map((e) => e.key);
        const projection = undirectedProjection(model, keys);
        const expected =
          projection.order > 0 ? betweennessCentrality(projection, { getEdgeWeight: null }) : {};
        const b = projectionBetweenness(model, keys);
        expect(b.sources).toBe(b.actors);
        expectClose(b.values, expected);
        expect(projectionBetweenness(model, [...keys].reverse()).values).toEqual(b.values);
      }),
      { numRuns: 300, seed: 1503 },
    );
  });

  it('counts a star’s centre on every path between two leaves', () => {
    const lines: RelationLine[] = ['a', 'b', 'c', 'd'].map((x) => ({
      id: x,
      type: 'talks',
      source: 'hub',
      target: x,
      when: '2020',
    }));
    const model = buildModel(
      datasetOf([...lines, { id: 'loop', type: 'talks', source: 'e', target: 'e', when: '2020' }]),
    );
    const b = projectionBetweenness(
      model,
      model.edges.map((e) => e.key),
    );
    // Five leaves and a hub would give the hub 1; the lone loop actor is a node with no link (n = 6).
    expect(b.values.get('hub')).toBeCloseTo(6 / ((5 * 4) / 2));
    expect(b.values.get('e')).toBe(0);
  });

  it('samples sources above the work budget: exact with all of them, close with a fifth', () => {
    // A random graph of 200 actors and 1,000 relations, made the same each run.
    let seed = 7;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    const lines: RelationLine[] = Array.from({ length: 1000 }, (_, i) => {
      const a = next() % 200;
      let b = next() % 200;
      if (b === a) b = (b + 1) % 200;
      return { id: `r${i}`, type: 'talks', source: `n${a}`, target: `n${b}`, when: '2020' };
    });
    const model = buildModel(datasetOf(lines));
    const keys = lines.map((l) => l.id);
    const perSource = 200 + 2 * undirectedProjection(model, keys).size;
    const exact = projectionBetweenness(model, keys);
    expect(exact.actors).toBe(200);
    const all = projectionBetweenness(model, keys, { maxWork: 200 * perSource });
    expect(all.sources).toBe(200);
    expect(all.values).toEqual(exact.values);
    const sampled = projectionBetweenness(model, keys, { maxWork: 40 * perSource });
    expect(sampled.sources).toBe(40);
    const reversed = projectionBetweenness(model, [...keys].reverse(), { maxWork: 40 * perSource });
    expect(reversed.values).toEqual(sampled.values);
    const top = (b: typeof exact): string[] =>
      [...b.values]
        .sort((x, y) => y[1] - x[1])
        .slice(0, 10)
        .map(([id]) => id);
    // The estimate keeps most of the ten most central actors and the total within a tenth.
    expect(top(sampled).filter((id) => top(exact).includes(id)).length).toBeGreaterThanOrEqual(6);
    const sum = (b: typeof exact): number => [...b.values.values()].reduce((s, v) => s + v, 0);
    expect(Math.abs(sum(sampled) - sum(exact)) / sum(exact)).toBeLessThan(0.1);
  });
});
