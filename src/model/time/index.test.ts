// The time index against the literal semantics (linear-scan.ts): every query, count and diff, on random datasets
// and random view sequences, for each diff strategy; plus hand-made cases for the boundaries docs/time.md names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import type { EdgeDiff, ViewSpec } from '../types';
import { datasetArb, viewArb, viewSequenceArb } from './arbitrary';
import { DAY_MS, DEFAULT_EVENT_MEMORY, LiveSet, TimeIndex, ViewSpecError } from './index';
import { linearScan } from './linear-scan';

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();
const oracleDiff = (before: string[], after: string[]): EdgeDiff => ({
  added: sorted(after.filter((k) => !before.includes(k))),
  removed: sorted(before.filter((k) => !after.includes(k))),
});
const normal = (d: EdgeDiff): EdgeDiff => ({ added: sorted(d.added), removed: sorted(d.removed) });

const strategies = ['auto', 'walk', 'rescan'] as const;

describe('TimeIndex against a linear scan (property)', () => {
  it('answers every view like the linear scan, and counts it', () => {
    fc.assert(
      fc.property(datasetArb, fc.array(viewArb, { minLength: 1, maxLength: 8 }), (dataset, views) => {
        const { edges, index } = buildModel(dataset);
        for (const view of views) {
          const expected = sorted(linearScan(edges, view));
          expect(sorted(index.query(view))).toEqual(expected);
          expect(index.count(view)).toBe(expected.length);
          for (const e of edges) expect(index.isLive(e.key, view)).toBe(expected.includes(e.key));
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each(strategies)('diffs every pair of views like a set difference of scans (%s)', (diffStrategy) => {
    fc.assert(
      fc.property(datasetArb, viewSequenceArb, (dataset, views) => {
        const { edges } = buildModel(dataset);
        const index = new TimeIndex(edges, { diffStrategy });
        for (let i = 1; i < views.length; i++) {
          const [a, b] = [views[i - 1]!, views[i]!];
          expect(normal(index.diff(a, b))).toEqual(oracleDiff(linearScan(edges, a), linearScan(edges, b)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(strategies)(
    'reaches the last view of a sequence by applying the diffs to the first (%s)',
    (diffStrategy) => {
      fc.assert(
        fc.property(datasetArb, viewSequenceArb, (dataset, views) => {
          const { edges } = buildModel(dataset);
          const live = new LiveSet(new TimeIndex(edges, { diffStrategy }), views[0]!);
          for (const view of views.slice(1)) live.moveTo(view);
          const last = views[views.length - 1]!;
          expect(sorted(live.keys)).toEqual(sorted(linearScan(edges, last)));
          expect(live.spec).toBe(last);
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('TimeIndex on hand-made spans', () => {
  const model = buildModel(
    datasetOf([
      { id: 'ally', type: 'alliance', source: 'a', target: 'b', when: '2020-01-10/2020-03-31' },
      { id: 'open', type: 'rivalry', source: 'a', target: 'c', when: '2020-02-01/..' },
      { id: 'strike', type: 'attack', source: 'b', target: 'c', when: '2020-02-15' },
      { id: 'year', type: 'talks', source: 'c', target: 'd', when: '2021' },
      { id: 'late-feb', type: 'clash', source: 'a', target: 'd', when: '2020-02-20/2020-02-28' },
      { id: 'joint', type: 'condemnation', source: 'd', target: ['a', 'b'], when: '2020-06-01' },
    ]),
  );
  const snap = (date: string, memory = DEFAULT_EVENT_MEMORY): ViewSpec => ({
    mode: 'snapshot',
    at: ms(date),
    memory,
  });

  it.each<[string, ViewSpec, string[]]>([
    ['a lasting relation on its first day', snap('2020-01-10'), ['ally']],
    [
      'the last ms of a lasting relation',
      { mode: 'snapshot', at: ms('2020-04-01') - 1, memory: 0 },
      ['ally', 'open'],
    ],
    ['the first ms after it', { mode: 'snapshot', at: ms('2020-04-01'), memory: 0 }, ['open']],
    ['an event on its day', snap('2020-02-15', 0), ['ally', 'open', 'strike']],
    ['an event within its memory', snap('2020-03-16'), ['ally', 'open', 'strike', 'late-feb']],
    [
      'an event just past its memory',
      { mode: 'snapshot', at: ms('2020-02-16') + 30 * DAY_MS, memory: 30 * DAY_MS },
      ['ally', 'open', 'late-feb'],
    ],
    ['an open end years later', snap('2029-01-01'), ['open']],
    ['a year-precision event in mid-year', snap('2021-07-01', 0), ['open', 'year']],
    ['one event with two targets', snap('2020-06-01', 0), ['open', 'joint~a', 'joint~b']],
    [
      'a window touching a span by one ms',
      { mode: 'window', from: ms('2020-02-29') - 1, to: ms('2020-03-01') },
      ['ally', 'open', 'late-feb'],
    ],
    ['a window before everything', { mode: 'window', from: ms('2019-01-01'), to: ms('2019-12-31') }, []],
    ['cumulative up to the strike', { mode: 'cumulative', at: ms('2020-02-15') }, ['ally', 'open', 'strike']],
    [
      'cumulative up to +∞',
      { mode: 'cumulative', at: Infinity },
      ['ally', 'joint~a', 'joint~b', 'late-feb', 'open', 'strike', 'year'],
    ],
  ])('%s', (_, view, expected) => {
    expect(sorted(model.index.query(view))).toEqual(sorted(expected));
    expect(model.index.count(view)).toBe(expected.length);
  });

  it('diffs a one-day step by the relations that start or end on it', () => {
    expect(normal(model.index.diff(snap('2020-02-14', 0), snap('2020-02-15', 0)))).toEqual({
      added: ['strike'],
      removed: [],
    });
    expect(normal(model.index.diff(snap('2020-03-31'), snap('2020-04-01')))).toEqual({
      added: [],
      removed: ['ally'],
    });
  });

  it('keeps a live set that reads as a set of keys', () => {
    const live = new LiveSet(model.index, snap('2020-02-15', 0));
    const diff = live.moveTo(snap('2020-06-01', 0));
    expect(normal(diff)).toEqual({ added: ['joint~a', 'joint~b'], removed: ['ally', 'strike'] });
    expect(live.size).toBe(3);
    expect([live.has('open'), live.has('ally'), live.has('no-such-edge')]).toEqual([true, false, false]);
    expect(live.keys.size).toBe(3);
    expect(sorted(live.keys.values())).toEqual(['joint~a', 'joint~b', 'open']);
    const seen: string[] = [];
    live.keys.forEach((k) => seen.push(k));
    expect(sorted(seen)).toEqual(sorted(live.keys));
    expect(new Set(live.keys).has('joint~a')).toBe(true);
  });

  it('names the live actors of a set of edges', () => {
    expect(sorted(model.index.liveActors(['joint~a', 'strike', 'no-such-edge']))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it.each<[string, ViewSpec]>([
    ['a window that ends before it starts', { mode: 'window', from: 2, to: 1 }],
    ['a negative memory', { mode: 'snapshot', at: 0, memory: -1 }],
    ['an instant that is not a number', { mode: 'cumulative', at: NaN }],
  ])('refuses %s', (_, view) => {
    expect(() => model.index.query(view)).toThrow(ViewSpecError);
  });
});
