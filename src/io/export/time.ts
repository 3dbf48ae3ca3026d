// How the exports write time. Formats that want calendar dates (GEXF with timeformat="date", GraphML, CSV, Gephi's
// timeset) get the first and last day a span covers; open ends are left out. The EDTF string always travels
// beside them, so a Faultline re-import is exact even where a day is coarser or finer than the data.
import { isoDay } from '../../model';
import type { TimeSpan } from '../../model';

/** A closed interval of instants (ms, UTC); ±Infinity for an open end. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** First and last day of an interval, each undefined where the interval is open. */
export function dayRange(interval: Interval): { start: string | undefined; end: string | undefined } {
  return { start: isoDay(interval.start), end: isoDay(interval.end) };
}

/** The smallest interval holding all of `intervals`; null for none. */
export function hull(intervals: Iterable<Interval>): Interval | null {
  let start = Infinity;
  let end = -Infinity;
  let any = false;
  for (const i of intervals) {
    any = true;
    if (i.start < start) start = i.start;
    if (i.end > end) end = i.end;
  }
  return any ? { start, end } : null;
}

/** Gephi's interval-set notation, e.g. `<[2025-10-11,2025-10-15]>`; open ends as ±Infinity, which Gephi reads. */
export function gephiTimeset(interval: Interval | null): string {
  if (!interval) return '';
  const { start, end } = dayRange(interval);
  return `<[${start ?? '-Infinity'},${end ?? 'Infinity'}]>`;
}

export function intervalOf(span: TimeSpan): Interval {
  return { start: span.start, end: span.end };
}
