// balanceSeries: a tension that forms and fades, the series against one census per snapshot scanned in full
// (property), and bad ranges refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { datasetArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import { DAY_MS } from '../time/view';
import { balanceSeries } from './balance-series';
import { signedNetwork } from './signed';
import { triadCensus } from './triads';

describe('balanceSeries', () => {
  const model = buildModel(
    datasetOf([
      { id: 'ab', type: 'alliance', source: 'a', target: 'b', when: '2020-01-01/..' },
      { id: 'ac', type: 'alliance', source: 'a', target: 'c', when: '2020-01-01/..' },
      { id: 'bc', type: 'clash', source: 'b', target: 'c', when: '2020-02-10' },
    ]),
  );

  it('shows a tension while the clash is remembered', () => {
    const series = balanceSeries(model, ms('2020-02-01'), ms('2020-04-01'), 20 * DAY_MS);
    expect(
      series.map((p) => [new Date(p.at).toISOString().slice(0, 10), p.unbalanced, p.balanceRatio]),
    ).toEqual([
      ['2020-02-01', 0, null],
      ['2020-02-21', 1, 0],
      ['2020-03-12', 0, null],
      ['2020-04-01', 0, null],
    ]);
    expect(
      balanceSeries(model, ms('2020-03-12'), ms('2020-03-12'), DAY_MS, { memory: 60 * DAY_MS })[0]!
        .unbalanced,
    ).toBe(1);
  });

  it('equals a census of each snapshot scanned in full (property)', () => {
    fc.assert(
      fc.property(
        datasetArb,
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 90 }),
        fc.boolean(),
        (dataset, day, stepDays, includeAlleged) => {
          const model = buildModel(dataset);
          const from = Date.UTC(2020, 0, 1) + day * DAY_MS;
          const keep = (key: string): boolean => !key.startsWith('r2');
          const series = balanceSeries(model, from, from + 8 * stepDays * DAY_MS, stepDays * DAY_MS, {
            includeAlleged,
            keep: (e) => keep(e.key),
          });
          expect(series.length).toBe(9);
          for (const point of series) {
            const keys = linearScan(model.edges, {
              mode: 'snapshot',
              at: point.at,
              memory: 30 * DAY_MS,
            }).filter(keep);
            const census = triadCensus(signedNetwork(model, keys, { includeAlleged }));
            expect(point.counts).toEqual(census.counts);
            expect(point.balanceRatio).toBe(census.balanceRatio);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it.each([
    ['a range that ends before it starts', 10, 0, 1],
    ['a zero step', 0, 10, 0],
    ['too many points', 0, 1e9, 1],
  ])('refuses %s', (_, from, to, step) => {
    expect(() => balanceSeries(model, from, to, step)).toThrow(RangeError);
  });
});
