// toneSeries: a conflict that heats up and a mediation that follows, the series against a full scan of each
// snapshot (property), and bad ranges refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { datasetArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import { DAY_MS } from '../time/view';
import { toneSeries } from './tone-series';

describe('toneSeries', () => {
  const model = buildModel(
    datasetOf([
      { id: 'pact', type: 'alliance', source: 'a', target: 'b', when: '2020-01-01/..' },
      { id: 'raid', type: 'attack', source: 'b', target: 'c', when: '2020-02-10' },
      { id: 'clash', type: 'clash', source: 'c', target: 'b', when: '2020-02-15' },
      { id: 'talks', type: 'mediation', source: 'd', target: ['b', 'c'], when: '2020-03-01' },
    ]),
  );
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

  it('counts what each snapshot holds, events for as long as they are remembered', () => {
    const series = toneSeries(model, ms('2020-02-01'), ms('2020-04-01'), 15 * DAY_MS);
    expect(series.map((p) => [iso(p.at), p.cooperative, p.hostile, p.mediation])).toEqual([
      ['2020-02-01', 1, 0, 0],
      ['2020-02-16', 1, 2, 0],
      ['2020-03-02', 1, 2, 2],
      ['2020-03-17', 1, 0, 2],
      ['2020-04-01', 1, 0, 0],
    ]);
  });

  it('takes another memory and the filter', () => {
    const [point] = toneSeries(model, ms('2020-04-01'), ms('2020-04-01'), DAY_MS, {
      memory: 60 * DAY_MS,
      keep: (e) => e.type !== 'clash',
    });
    expect(point).toEqual({ at: ms('2020-04-01'), cooperative: 1, hostile: 1, mediation: 2 });
  });

  it('equals a count over each snapshot scanned in full (property)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.integer({ min: -30, max: 700 }),
        fc.integer({ min: 1, max: 90 }),
        fc.integer({ min: 0, max: 120 }),
        (dataset, day, stepDays, memoryDays) => {
          const model = buildModel(dataset);
          const from = Date.UTC(2020, 0, 1) + day * DAY_MS;
          const memory = memoryDays * DAY_MS;
          const keep = (key: string): boolean => !key.startsWith('r2');
          const series = toneSeries(model, from, from + 8 * stepDays * DAY_MS, stepDays * DAY_MS, {
            memory,
            keep: (e) => keep(e.key),
          });
          expect(series.length).toBe(9);
          for (const point of series) {
            const counts = { at: point.at, cooperative: 0, hostile: 0, mediation: 0 };
            for (const key of linearScan(model.edges, { mode: 'snapshot', at: point.at, memory }))
              if (keep(key)) counts[model.edgeByKey.get(key)!.info.tone]++;
            expect(point).toEqual(counts);
          }
        },
      ),
      { numRuns: 200, seed: 1508 },
    );
  });

  it.each([
    ['a range that ends before it starts', 10, 0, 1],
    ['an infinite range', 0, Infinity, 1],
    ['a zero step', 0, 10, 0],
    ['too many points', 0, 1e9, 1],
  ])('refuses %s', (_, from, to, step) => {
    expect(() => toneSeries(model, from, to, step)).toThrow(RangeError);
  });
});
