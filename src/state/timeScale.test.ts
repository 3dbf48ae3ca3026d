// The time bar's arithmetic: zoom and pan stay usable from three decades down to one week, ticks sit on
// calendar boundaries at a readable spacing, buckets follow the zoom, and calendar steps land on real days.
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model';
import {
  MIN_SPAN,
  bucketSize,
  clampDomain,
  panBy,
  stepDay,
  tOf,
  ticks,
  xOf,
  zoomAt,
  type Domain,
} from './timeScale';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const PERIOD: Domain = { from: day('1990-01-01'), to: day('2026-03-31') };

describe('zoom and pan', () => {
  it('keeps the instant under the pointer in place', () => {
    const anchor = day('2021-08-15');
    const before = xOf(anchor, PERIOD, 1000);
    const z = zoomAt(PERIOD, 0.5, anchor, PERIOD);
    expect(xOf(anchor, z, 1000)).toBeCloseTo(before, 6);
    expect(z.to - z.from).toBeCloseTo((PERIOD.to - PERIOD.from) / 2, -3);
  });

  it('zooms in no further than a week, and out no further than the period', () => {
    let d = PERIOD;
    for (let i = 0; i < 60; i++) d = zoomAt(d, 0.5, day('2026-02-24'), PERIOD);
    expect(d.to - d.from).toBe(MIN_SPAN);
    expect(d.from <= day('2026-02-24') && day('2026-02-24') <= d.to).toBe(true);
    for (let i = 0; i < 60; i++) d = zoomAt(d, 2, day('2026-02-24'), PERIOD);
    expect(d).toEqual(PERIOD);
  });

  it('pans within the period without changing the span', () => {
    const week = { from: day('2026-02-21'), to: day('2026-02-28') };
    expect(panBy(week, 3 * DAY_MS, PERIOD)).toEqual({ from: day('2026-02-24'), to: day('2026-03-03') });
    expect(panBy(week, 400 * DAY_MS, PERIOD)).toEqual({ from: PERIOD.to - 7 * DAY_MS, to: PERIOD.to });
    expect(clampDomain({ from: 0, to: 10 }, PERIOD).to - clampDomain({ from: 0, to: 10 }, PERIOD).from).toBe(
      MIN_SPAN,
    );
  });

  it('maps pixels back to instants', () => {
    expect(tOf(xOf(day('2001-09-11'), PERIOD, 777), PERIOD, 777)).toBeCloseTo(day('2001-09-11'), -1);
  });
});

describe('ticks', () => {
  const cases: [string, Domain, string, string][] = [
    ['three decades', PERIOD, '1990-01-01', '2025-01-01'],
    ['two years', { from: day('2024-03-10'), to: day('2026-03-10') }, '2024-04-01', '2026-01-01'],
    ['one week', { from: day('2026-02-21'), to: day('2026-02-28') }, '2026-02-21', '2026-02-28'],
  ];
  it.each(cases)('%s: calendar boundaries, readable spacing', (_n, d, first, last) => {
    const ts = ticks(d, 1000);
    expect(iso(ts[0]!.t)).toBe(first);
    expect(iso(ts[ts.length - 1]!.t)).toBe(last);
    for (let i = 1; i < ts.length; i++)
      expect(xOf(ts[i]!.t, d, 1000) - xOf(ts[i - 1]!.t, d, 1000)).toBeGreaterThan(40);
  });

  it('labels years, months and days', () => {
    expect(ticks({ from: day('2026-02-21'), to: day('2026-03-02') }, 1000).map((t) => t.label)).toContain(
      '1 Mar',
    );
    expect(ticks(PERIOD, 1000).map((t) => t.label)).toContain('2000');
  });
});

describe('bucketSize', () => {
  it.each([
    [PERIOD, '91 days'],
    [{ from: day('2026-01-01'), to: day('2026-03-01') }, '1 day'],
    [{ from: day('2025-01-01'), to: day('2026-03-01') }, '1 week'],
    [{ from: day('2016-01-01'), to: day('2026-03-01') }, '30 days'],
  ])('follows the zoom (%#)', (d, label) => {
    expect(bucketSize(d, 1000).label).toBe(label);
  });
});

describe('stepDay', () => {
  it.each([
    ['2026-02-27', 'day', 1, '2026-02-28'],
    ['2026-02-28', 'day', 1, '2026-03-01'],
    ['2026-02-27', 'week', -1, '2026-02-20'],
    ['2026-01-31', 'month', 1, '2026-02-28'],
    ['2024-03-31', 'month', -1, '2024-02-29'],
    ['2025-12-15', 'month', 1, '2026-01-15'],
    ['2024-02-29', 'year', 1, '2025-02-28'],
  ] as const)('%s %s × %d → %s', (from, unit, n, to) => {
    expect(iso(stepDay(day(from), unit, n))).toBe(to);
  });
});
