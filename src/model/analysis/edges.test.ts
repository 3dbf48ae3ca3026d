// The per-actor edge index against graphology's own answer (the model's graph, built on demand) on random datasets,
// and a loop counted once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf } from '../graph/fixtures';
import { datasetArb } from '../time/arbitrary';
import { edgesOfActors } from './edges';

describe('edgesOfActors', () => {
  it('lists each actor’s edges as the graph does, in model order', () => {
    fc.assert(
      fc.property(datasetArb, (dataset) => {
        const model = buildModel(dataset);
        const index = edgesOfActors(model);
        const order = new Map(model.edges.map((e, i) => [e.key, i]));
        for (const actor of model.actors.keys()) {
          const want = model.graph.edges(actor).sort((x, y) => order.get(x)! - order.get(y)!);
          expect((index.get(actor) ?? []).map((e) => e.key)).toEqual(want);
        }
      }),
      { numRuns: 60, seed: 20261207 },
    );
  });

  it('holds a loop once, and is made once per model', () => {
    const model = buildModel(
      datasetOf([
        { id: 'self', type: 'talks', source: 'a', target: 'a', when: '2020-01-01' },
        { id: 'pact', type: 'alliance', source: 'a', target: 'b', when: '2020-01-02' },
      ]),
    );
    expect(
      edgesOfActors(model)
        .get('a')!
        .map((e) => e.key),
    ).toEqual(['self', 'pact']);
    expect(
      edgesOfActors(model)
        .get('b')!
        .map((e) => e.key),
    ).toEqual(['pact']);
    expect(edgesOfActors(model)).toBe(edgesOfActors(model));
  });
});
