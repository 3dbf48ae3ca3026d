// actorExists and viewEdges: a government formed mid-year and a relation dated by the year, every view kind, the
// filter, and a property test against a full scan with the existence rule read independently (an actor exists
// in a view when a lasting relation spanning its `when` would be live in it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { datasetWithActorSpansArb, viewArb } from '../time/arbitrary';
import { isLiveLinear, linearScan } from '../time/linear-scan';
import type { EdgeRecord, Model, ViewSpec } from '../types';
import { actorExists, viewEdges } from './view-edges';

const withWhen = (model: Model, whens: Record<string, string>): Model => {
  const dataset = model.dataset;
  return buildModel({
    ...dataset,
    actors: dataset.actors.map((a) => (whens[a.id] ? { ...a, when: whens[a.id] } : a)),
  });
};

describe('actorExists and viewEdges', () => {
  const model = withWhen(
    buildModel(
      datasetOf([
        { id: 'endorse', type: 'endorsement', source: 'p', target: 'gov', when: '2021' },
        { id: 'rebels', type: 'support', source: 'p', target: 'ins', when: '2010/2021-08-15' },
        { id: 'old', type: 'rivalry', source: 'ins', target: 'rep', when: '2001/2021-08-15' },
      ]),
    ),
    { gov: '2021-08-15/..', ins: '1994/2021-08-15', rep: '2001/2021-08-15' },
  );
  const snap = (date: string, memory = 0): ViewSpec => ({ mode: 'snapshot', at: ms(date), memory });

  it.each<[string, ViewSpec, Record<string, boolean>, string[]]>([
    [
      'a snapshot before the government exists',
      snap('2021-06-01'),
      { p: true, gov: false, ins: true, rep: true, nobody: false },
      ['old', 'rebels'],
    ],
    [
      'a snapshot after it formed',
      snap('2021-09-01'),
      { p: true, gov: true, ins: false, rep: false },
      ['endorse'],
    ],
    [
      'a snapshot on the day of the change (both end and start include it)',
      snap('2021-08-15'),
      { gov: true, ins: true },
      ['endorse', 'old', 'rebels'],
    ],
    [
      'a window that meets both',
      { mode: 'window', from: ms('2021-08-01'), to: ms('2021-09-01') },
      { gov: true, ins: true },
      ['endorse', 'old', 'rebels'],
    ],
    [
      'a cumulative view before the government',
      { mode: 'cumulative', at: ms('2021-03-01') },
      { gov: false, ins: true },
      ['old', 'rebels'],
    ],
  ])('%s', (_, spec, exists, drawn) => {
    for (const [id, yes] of Object.entries(exists)) expect(actorExists(model, id, spec)).toBe(yes);
    expect(viewEdges(model, spec)).toEqual(drawn);
  });

  it('applies the filter', () => {
    expect(viewEdges(model, snap('2021-08-15'), (e) => e.info.polarity === 'cooperative')).toEqual([
      'endorse',
      'rebels',
    ]);
  });

  it('agrees with a full scan and the existence rule read as a lasting relation (property)', () => {
    fc.assert(
      fc.property(datasetWithActorSpansArb, viewArb, fc.boolean(), (dataset, spec, filtered) => {
        const model = buildModel(dataset);
        const keep = filtered ? (e: EdgeRecord): boolean => e.status === 'reported' : undefined;
        const exists = (id: string): boolean => {
          const span = model.actors.get(id)!.span;
          if (!span) return true;
          const asLasting = { span, info: { duration: 'lasting' } } as unknown as EdgeRecord;
          return isLiveLinear(asLasting, spec);
        };
        for (const id of model.actors.keys()) expect(actorExists(model, id, spec)).toBe(exists(id));
        const expected = linearScan(model.edges, spec)
          .map((k) => model.edgeByKey.get(k)!)
          .filter((e) => (!keep || keep(e)) && exists(e.source) && exists(e.target))
          .map((e) => e.key)
          .sort();
        expect(viewEdges(model, spec, keep)).toEqual(expected);
      }),
      { numRuns: 300, seed: 1501 },
    );
  });
});
