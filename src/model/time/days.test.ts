// Days as text and back: against the engine's own ISO strings where they agree (years 0 to 9999), and the cases
// they do not cover (years before the common era, open ends, month overflow).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isoDay, isoInstant, parseIsoDay, yearText } from './days';

const YEAR_0 = new Date(0).setUTCFullYear(0, 0, 1);
const YEAR_10000 = new Date(0).setUTCFullYear(10000, 0, 1);

describe('isoDay and parseIsoDay', () => {
  it('agree with toISOString for every instant from year 0 to 9999, and read their own days back', () => {
    fc.assert(
      fc.property(fc.integer({ min: YEAR_0, max: YEAR_10000 - 1 }), (ms) => {
        const day = isoDay(ms)!;
        expect(day).toBe(new Date(ms).toISOString().slice(0, 10));
        const midnight = ms - (((ms % 86_400_000) + 86_400_000) % 86_400_000);
        if (Number(day.slice(0, 4)) >= 100) expect(parseIsoDay(day)).toBe(midnight);
      }),
    );
  });

  it.each([
    [Infinity, undefined],
    [-Infinity, undefined],
    [8.65e15, undefined],
    [new Date(0).setUTCFullYear(-44, 2, 15), '-0044-03-15'],
  ])('isoDay(%d) is %s', (ms, day) => {
    expect(isoDay(ms)).toBe(day);
  });

  it.each(['2023-02-29', '2024-13-01', '2024-1-01', '24-01-01', '', null])('parseIsoDay(%j) is null', (s) => {
    expect(parseIsoDay(s)).toBeNull();
  });

  it('reads a leap day', () => {
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('daysInMonth, yearText, isoInstant', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2025, 4, 30],
    [2025, 13, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([
    [2025, '2025'],
    [33, '0033'],
    [-44, '-0044'],
  ])('year %i is %s', (year, text) => {
    expect(yearText(year)).toBe(text);
  });

  it.each([
    [Date.UTC(2025, 9, 12), '2025-10-12'],
    [Date.UTC(2025, 9, 12, 23, 59, 59, 999), '2025-10-12'],
    [Date.UTC(2025, 9, 12, 8, 30), '2025-10-12T08:30:00Z'],
  ])('isoInstant(%d) is %s', (ms, text) => {
    expect(isoInstant(ms)).toBe(text);
  });
});
