// The windows events are folded in: calendar day, ISO week (Monday to Sunday), month, quarter, year, or runs of
// events no more than N days apart. A calendar window is a key of the day alone; runs depend on the other events
// of the same pair and type, so aggregate.ts cuts them.
import { parseIsoDay } from '../time/days';

export const CALENDAR_WINDOWS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type CalendarWindow = (typeof CALENDAR_WINDOWS)[number];
export type EventWindow =
  | { readonly kind: 'calendar'; readonly unit: CalendarWindow }
  | { readonly kind: 'runs'; readonly maxGapDays: number };

const DAY_MS = 86_400_000;

/** A typed error for a window the user wrote that is not one. */
export class WindowError extends Error {
  override readonly name = 'WindowError';
}

/** `day`, `week`, `month`, `quarter`, `year`, or `runs:N` (N whole days, 0 or more). */
export function parseWindow(text: string): EventWindow {
  const t = text.trim().toLowerCase();
  if ((CALENDAR_WINDOWS as readonly string[]).includes(t))
    return { kind: 'calendar', unit: t as CalendarWindow };
  const m = /^runs:(\d{1,5})$/.exec(t);
  if (m) return { kind: 'runs', maxGapDays: Number(m[1]) };
  throw new WindowError(
    `"${text}" is not a window: give day, week, month, quarter, year or runs:N (N days at most between events)`,
  );
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; NaN when it is not a calendar day. */
export function dayNumber(date: string): number {
  const ms = parseIsoDay(date);
  return ms === null ? NaN : Math.round(ms / DAY_MS);
}

/** The calendar window holding a day, as a key that also reads as its name: `2018-W22` is written `2018-05-28`. */
export function windowKey(date: string, unit: CalendarWindow): string {
  switch (unit) {
    case 'day':
      return date;
    case 'week': {
      const n = dayNumber(date);
      // 1970-01-01 was a Thursday: day 4 of an ISO week that began on Monday 1969-12-29.
      const monday = n - ((n + 3) % 7);
      return new Date(monday * DAY_MS).toISOString().slice(0, 10);
    }
    case 'month':
      return date.slice(0, 7);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return date.slice(0, 4);
  }
}
