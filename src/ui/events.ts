// Days on which events start, for the time bar's "previous / next event" buttons: a sorted list read by binary
// search. The list only names dates; which relations are live at a date is still the time index's answer.
import { DAY_MS, type EdgeRecord, type Model } from '../model';
import { dayOf } from '../state/viewState';

export function eventDays(model: Model, keep: (e: EdgeRecord) => boolean = () => true): number[] {
  const days = new Set<number>();
  for (const e of model.edges) {
    if (e.info.duration === 'event' && Number.isFinite(e.span.start) && keep(e))
      days.add(dayOf(e.span.start));
  }
  return [...days].sort((a, b) => a - b);
}

/** Index of the first day greater than `day`. */
function upperBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function nextEventDay(days: readonly number[], day: number): number | null {
  return days[upperBound(days, day)] ?? null;
}

export function previousEventDay(days: readonly number[], day: number): number | null {
  return days[upperBound(days, day - DAY_MS) - 1] ?? null;
}
