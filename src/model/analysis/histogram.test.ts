// The activity histogram: events in every bucket they meet, lasting relations where they start, one column per
// tone, buckets cut at the range's end, the filter, and bad ranges refused.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { DAY_MS } from '../time/view';
import { histogram } from './histogram';

const model = buildModel(
  datasetOf([
    { id: 'month', type: 'clash', source: 'a', target: 'b', when: '2020-01' },
    { id: 'day', type: 'mediation', source: 'q', target: ['a', 'b'], when: '2020-01-15' },
    { id: 'pact', type: 'alliance', source: 'a', target: 'c', when: '2019-12-20/..' },
    {
      id: 'backing',
      type: 'support',
      source: 'c',
      target: 'b',
      when: '2020-01-25/2020-08-01',
      status: 'alleged',
    },
    { id: 'talk', type: 'talks', source: 'a', target: 'b', when: '2020-02-03' },
  ]),
);

describe('histogram', () => {
  const from = ms('2020-01-01');
  const to = ms('2020-02-05');

  it('counts an event in each bucket it meets and a lasting relation in the bucket it starts', () => {
    const buckets = histogram(model, from, to, 10 * DAY_MS);
    expect(buckets.map((b) => [b.cooperative, b.hostile, b.mediation])).toEqual([
      [0, 1, 0], // Jan 1–10: the January clash
      [0, 1, 2], // Jan 11–20: the clash, the mediation with two parties
      [1, 1, 0], // Jan 21–30: the clash, the support starting on the 25th
      [1, 1, 0], // Jan 31–Feb 5: the clash on its last day, the talks
    ]);
  });

  it('says how many events of each bucket are imprecise: the month-dated clash, not the day-dated mediation', () => {
    const buckets = histogram(model, from, to, 10 * DAY_MS);
    expect(buckets.map((b) => [b.imprecise.cooperative, b.imprecise.hostile, b.imprecise.mediation])).toEqual(
      [
        [0, 1, 0],
        [0, 1, 0],
        [0, 1, 0],
        [0, 1, 0],
      ],
    );
    // At a memory of a whole year, a month is still coarse: the clash stays imprecise.
    expect(histogram(model, from, to, 40 * DAY_MS, undefined, 365 * DAY_MS)[0]!.imprecise.hostile).toBe(1);
  });

  it('bounds each bucket by its first and last ms, the last cut at `to`', () => {
    const buckets = histogram(model, from, to, 10 * DAY_MS);
    expect(buckets[0]).toMatchObject({ start: from, end: from + 10 * DAY_MS - 1 });
    expect(buckets[3]).toMatchObject({ start: from + 30 * DAY_MS, end: to });
  });

  it('applies the filter', () => {
    const buckets = histogram(model, from, to, 40 * DAY_MS, (e) => e.status === 'reported');
    expect(buckets).toEqual([
      {
        start: from,
        end: to,
        cooperative: 1,
        hostile: 1,
        mediation: 2,
        imprecise: { cooperative: 0, hostile: 1, mediation: 0 },
      },
    ]);
  });

  it.each([
    ['a range that ends before it starts', to, from, DAY_MS],
    ['an open range', from, Infinity, DAY_MS],
    ['a zero bucket size', from, to, 0],
    ['a bucket size that makes too many buckets', from, to, 1],
  ])('refuses %s', (_, a, b, size) => {
    expect(() => histogram(model, a, b, size)).toThrow(RangeError);
  });
});
