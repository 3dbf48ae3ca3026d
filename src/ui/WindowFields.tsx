// Window mode's typed dates: the first and the last day of the window, each its own date field. A typed start
// moves the start alone; the ends never cross (withWindowEnd keeps them at least a day apart).
import { formatInstant } from '../model';
import type { ViewStore } from '../state/store';
import { parseIsoDay } from '../state/url';
import { withWindowEnd, type Period } from '../state/timeActions';

export function WindowFields({
  window: w,
  period,
  store,
}: {
  window: { readonly from: number; readonly to: number };
  period: Period;
  store: ViewStore;
}) {
  const field = (end: 'from' | 'to', label: string, value: number) => (
    <label className="date-field">
      <span className="visually-hidden">{label}</span>
      <input
        type="date"
        value={formatInstant(value)}
        min={formatInstant(period.first)}
        max={formatInstant(period.last)}
        onChange={(e) => {
          const day = parseIsoDay(e.target.value);
          if (day !== null) store.update((s) => withWindowEnd(s, end, day, period), 'push');
        }}
      />
    </label>
  );
  return (
    <span className="window-fields">
      {field('from', 'Window starts on', w.from)}
      <span aria-hidden="true">–</span>
      {field('to', 'Window ends on', w.to)}
    </span>
  );
}
