// The time bar's arithmetic, pure: instant ↔ pixel, zoom around a point and pan within the dataset's period,
// tick marks and the histogram's bucket size for the visible span, and calendar steps (day, week, month).
// The axis must serve from the 1990s to 2026 down to a single week.
import { DAY_MS } from '../model';

export interface Domain {
  readonly from: number;
  readonly to: number;
}

export const MIN_SPAN = 7 * DAY_MS;
const YEAR_MS = 365.25 * DAY_MS;

export function xOf(t: number, d: Domain, width: number): number {
  return ((t - d.from) / (d.to - d.from)) * width;
}

export function tOf(x: number, d: Domain, width: number): number {
  return d.from + (x / width) * (d.to - d.from);
}

/** Keeps a domain inside `bounds` and no narrower than a week, moving it rather than squeezing it. */
export function clampDomain(d: Domain, bounds: Domain): Domain {
  const maxSpan = bounds.to - bounds.from;
  const span = Math.min(Math.max(d.to - d.from, Math.min(MIN_SPAN, maxSpan)), maxSpan);
  let from = d.from + (d.to - d.from - span) / 2;
  from = Math.min(Math.max(from, bounds.from), bounds.to - span);
  return { from, to: from + span };
}

/** Zooms by `factor` (< 1 zooms in) keeping the instant `anchor` under the same pixel. */
export function zoomAt(d: Domain, factor: number, anchor: number, bounds: Domain): Domain {
  const share = (anchor - d.from) / (d.to - d.from);
  const span = Math.min(Math.max((d.to - d.from) * factor, MIN_SPAN), bounds.to - bounds.from);
  const from = anchor - share * span;
  const zoomed = clampDomain({ from, to: from + span }, bounds);
  return zoomed;
}

export function panBy(d: Domain, deltaMs: number, bounds: Domain): Domain {
  return clampDomain({ from: d.from + deltaMs, to: d.to + deltaMs }, bounds);
}

/** A domain centred on `t` with the same span, within bounds. */
export function centreOn(d: Domain, t: number, bounds: Domain): Domain {
  const half = (d.to - d.from) / 2;
  return clampDomain({ from: t - half, to: t + half }, bounds);
}

export type StepUnit = 'day' | 'week' | 'month' | 'year';

/** Moves a day (ms at UTC midnight) by `n` calendar units; a month step keeps the day of month where it can. */
export function stepDay(day: number, unit: StepUnit, n: number): number {
  if (unit === 'day') return day + n * DAY_MS;
  if (unit === 'week') return day + 7 * n * DAY_MS;
  const d = new Date(day);
  const months = unit === 'month' ? n : 12 * n;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

export interface Tick {
  readonly t: number;
  readonly label: string;
  readonly major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface TickRule {
  readonly approx: number;
  /** Every tick instant in [from, to]. */
  readonly at: (from: number, to: number) => number[];
  readonly label: (t: number) => string;
  readonly major: (t: number) => boolean;
}

function yearsEvery(step: number): TickRule {
  return {
    approx: step * YEAR_MS,
    at: (from, to) => {
      const out: number[] = [];
      const first = Math.ceil(new Date(from).getUTCFullYear() / step) * step;
      for (let y = first; Date.UTC(y, 0, 1) <= to; y += step)
        if (Date.UTC(y, 0, 1) >= from) out.push(Date.UTC(y, 0, 1));
      return out;
    },
    label: (t) => String(new Date(t).getUTCFullYear()),
    major: (t) => new Date(t).getUTCFullYear() % (step * 5) === 0 || step === 1,
  };
}

function monthsEvery(step: number): TickRule {
  return {
    approx: step * (YEAR_MS / 12),
    at: (from, to) => {
      const out: number[] = [];
      const d = new Date(from);
      const y = d.getUTCFullYear();
      let m = Math.ceil(d.getUTCMonth() / step) * step;
      for (; Date.UTC(y, m, 1) <= to; m += step) if (Date.UTC(y, m, 1) >= from) out.push(Date.UTC(y, m, 1));
      return out;
    },
    label: (t) => {
      const d = new Date(t);
      return d.getUTCMonth() === 0 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()]!;
    },
    major: (t) => new Date(t).getUTCMonth() === 0,
  };
}

function daysEvery(step: number): TickRule {
  return {
    approx: step * DAY_MS,
    at: (from, to) => {
      const out: number[] = [];
      for (let t = Math.ceil(from / DAY_MS) * DAY_MS; t <= to; t += DAY_MS) {
        const dom = new Date(t).getUTCDate();
        if (dom === 1 || (step > 1 ? (dom - 1) % step === 0 && dom < 29 : true)) out.push(t);
      }
      return out;
    },
    label: (t) => {
      const d = new Date(t);
      return d.getUTCDate() === 1 ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!}` : String(d.getUTCDate());
    },
    major: (t) => new Date(t).getUTCDate() === 1,
  };
}

const TICK_RULES: readonly TickRule[] = [
  daysEvery(1),
  daysEvery(2),
  daysEvery(7),
  monthsEvery(1),
  monthsEvery(3),
  monthsEvery(6),
  yearsEvery(1),
  yearsEvery(2),
  yearsEvery(5),
  yearsEvery(10),
];

/** Ticks at calendar boundaries, spaced at least `minPx` apart. */
export function ticks(d: Domain, width: number, minPx = 56): Tick[] {
  const msPerPx = (d.to - d.from) / Math.max(width, 1);
  const rule = TICK_RULES.find((r) => r.approx / msPerPx >= minPx) ?? TICK_RULES[TICK_RULES.length - 1]!;
  return rule.at(d.from, d.to).map((t) => ({ t, label: rule.label(t), major: rule.major(t) }));
}

export interface BucketSize {
  readonly ms: number;
  readonly label: string;
}

const BUCKETS: readonly BucketSize[] = [
  { ms: DAY_MS, label: '1 day' },
  { ms: 7 * DAY_MS, label: '1 week' },
  { ms: 30 * DAY_MS, label: '30 days' },
  { ms: 91 * DAY_MS, label: '91 days' },
  { ms: 365 * DAY_MS, label: '365 days' },
];

/** The smallest histogram bucket that gets at least `minPx` pixels at this zoom. */
export function bucketSize(d: Domain, width: number, minPx = 4): BucketSize {
  const msPerPx = (d.to - d.from) / Math.max(width, 1);
  return BUCKETS.find((b) => b.ms / msPerPx >= minPx) ?? BUCKETS[BUCKETS.length - 1]!;
}

/** Buckets aligned to multiples of their size since the epoch, so panning does not shift them. */
export function bucketRange(d: Domain, size: BucketSize): Domain {
  return { from: Math.floor(d.from / size.ms) * size.ms, to: Math.ceil(d.to / size.ms) * size.ms - 1 };
}
