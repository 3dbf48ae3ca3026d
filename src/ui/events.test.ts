// Jumping between event days on the fixture: strictly after or before the current day, null at the ends.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { FIXTURE } from '../model/dataset/test-fixture';
import { eventDays, nextEventDay, previousEventDay } from './events';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const days = eventDays(buildModel(FIXTURE));

describe('event days', () => {
  it('lists the start day of each event once, in order', () => {
    expect(days.map(iso)).toEqual(['2025-10-19', '2026-02-20', '2026-02-22']);
  });

  it('leaves out events a filter hides', () => {
    expect(eventDays(buildModel(FIXTURE), (e) => e.type !== 'attack').map(iso)).toEqual([
      '2025-10-19',
      '2026-02-20',
    ]);
  });

  it.each([
    ['2025-01-01', '2025-10-19', null],
    ['2025-10-19', '2026-02-20', null],
    ['2026-02-21', '2026-02-22', '2026-02-20'],
    ['2026-02-22', null, '2026-02-20'],
    ['2027-01-01', null, '2026-02-22'],
  ])('from %s: next %s, previous %s', (from, next, previous) => {
    expect(iso(nextEventDay(days, day(from)))).toBe(next);
    expect(iso(previousEventDay(days, day(from)))).toBe(previous);
  });
});
