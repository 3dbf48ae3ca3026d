// Aggregation by example: windows, pairs either way round, precision of the relation's date, fatalities,
// evidence kept up to N, unmapped codes counted, one relation per event without aggregation.
import { describe, expect, it } from 'vitest';
import { aggregateEvents } from './aggregate';
import type { EventRecord } from './event';
import { parseWindow, windowKey } from './window';

const ev = (over: Partial<EventRecord> & { id: string; date: string }): EventRecord => ({
  source: 'A',
  target: 'B',
  precision: 'day',
  scheme: 'cameo',
  code: '190',
  directed: true,
  evidence: [{ outlet: `Outlet ${over.id}` }],
  ...over,
});

const month = { window: parseWindow('month') };

describe('aggregateEvents', () => {
  it('folds a pair and type per month, keeping count, fatalities, dates and ids', () => {
    const { relations } = aggregateEvents(
      [
        ev({ id: '1', date: '2018-06-03', fatalities: 2 }),
        ev({ id: '2', date: '2018-06-20', source: 'B', target: 'A' }),
        ev({ id: '3', date: '2018-07-01', fatalities: 1 }),
      ],
      month,
    );
    expect(relations.map((r) => [r.window, r.count, r.fatalities, r.when, r.eventIds])).toEqual([
      ['2018-06', 2, 2, '2018-06-03/2018-06-20', ['1', '2']],
      ['2018-07', 1, 1, '2018-07-01', ['3']],
    ]);
  });

  it('keeps direction for a directed type and matches either way round for an undirected one', () => {
    const directed = aggregateEvents(
      [
        ev({ id: '1', date: '2018-06-03', code: '180' }),
        ev({ id: '2', date: '2018-06-04', code: '183', source: 'B', target: 'A' }),
      ],
      month,
    );
    expect(directed.relations.map((r) => [r.source, r.target, r.type, r.count])).toEqual([
      ['A', 'B', 'attack', 1],
      ['B', 'A', 'attack', 1],
    ]);
    const undirectedEvents = aggregateEvents(
      [
        ev({ id: '1', date: '2018-06-03', code: '180', directed: false, source: 'Z', target: 'A' }),
        ev({ id: '2', date: '2018-06-04', code: '180', directed: false, source: 'A', target: 'Z' }),
      ],
      month,
    );
    expect(undirectedEvents.relations.map((r) => [r.source, r.target, r.directed, r.count])).toEqual([
      ['A', 'Z', false, 2],
    ]);
  });

  it.each([
    [['day', 'day'], '2018-06-03/2018-06-20'],
    [['day', 'week'], '2018-06-03~/2018-06-20~'],
    [['month', 'day'], '2018-06'],
    [['year', 'day'], '2018'],
  ] as const)('dates events of precisions %j no more precisely than the coarsest: %s', (precisions, when) => {
    const { relations } = aggregateEvents(
      [
        ev({ id: '1', date: '2018-06-03', precision: precisions[0] }),
        ev({ id: '2', date: '2018-06-20', precision: precisions[1] }),
      ],
      month,
    );
    expect(relations.map((r) => r.when)).toEqual([when]);
  });

  it('gives no fatalities when no event gives them, and keeps at most N evidence items, each once', () => {
    const events = [1, 2, 3, 3, 4, 5].map((i, j) =>
      ev({ id: String(j), date: `2018-06-0${i}`, evidence: [{ outlet: `Outlet ${i}` }] }),
    );
    const { relations } = aggregateEvents(events, { ...month, maxEvidence: 3 });
    expect(relations[0]?.fatalities).toBeUndefined();
    expect(relations[0]?.evidence).toEqual([
      { outlet: 'Outlet 1' },
      { outlet: 'Outlet 2' },
      { outlet: 'Outlet 3' },
    ]);
  });

  it('counts unmapped codes, self-pairs and impossible days, and leaves them out', () => {
    const result = aggregateEvents(
      [
        ev({ id: '1', date: '2018-06-03', code: '010' }),
        ev({ id: '2', date: '2018-06-03', code: '010' }),
        ev({ id: '3', date: '2018-06-03', target: 'A' }),
        ev({ id: '4', date: '2018-02-30' }),
      ],
      month,
    );
    expect(result.relations).toEqual([]);
    expect([...result.unmapped]).toEqual([['cameo:01', 2]]);
    expect(result.skipped).toEqual({ selfPairs: 1, badDates: 1 });
  });

  it('cuts runs where events are more than N days apart', () => {
    const dates = ['2018-06-01', '2018-06-04', '2018-06-08', '2018-06-20', '2018-06-21'];
    const { relations } = aggregateEvents(
      dates.map((date, i) => ev({ id: String(i), date })),
      { window: parseWindow('runs:4') },
    );
    expect(relations.map((r) => [r.window, r.count, r.when])).toEqual([
      ['2018-06-01', 3, '2018-06-01/2018-06-08'],
      ['2018-06-20', 2, '2018-06-20/2018-06-21'],
    ]);
  });

  it('keeps one relation per event with noAggregate', () => {
    const { relations } = aggregateEvents(
      [ev({ id: 'x', date: '2018-06-03' }), ev({ id: 'y', date: '2018-06-03' })],
      { ...month, noAggregate: true },
    );
    expect(relations.map((r) => [r.window, r.count, r.eventIds])).toEqual([
      ['x', 1, ['x']],
      ['y', 1, ['y']],
    ]);
  });
});

describe('windows', () => {
  it.each([
    ['2018-06-03', 'day', '2018-06-03'],
    ['2018-06-03', 'week', '2018-05-28'],
    ['2018-05-28', 'week', '2018-05-28'],
    ['1970-01-01', 'week', '1969-12-29'],
    ['2018-06-03', 'month', '2018-06'],
    ['2018-06-03', 'quarter', '2018-Q2'],
    ['2018-12-31', 'quarter', '2018-Q4'],
    ['2018-06-03', 'year', '2018'],
  ] as const)('puts %s in the %s window %s', (date, unit, key) => {
    expect(windowKey(date, unit)).toBe(key);
  });

  it('refuses a window that is not one, saying which are', () => {
    expect(() => parseWindow('fortnight')).toThrow(/day, week, month, quarter, year or runs:N/);
    expect(parseWindow('RUNS:7')).toEqual({ kind: 'runs', maxGapDays: 7 });
  });
});
