// How the time bar changes the view state: set the date, move the window, step both together. Each change says
// how history records it: deliberate moves push an entry (a burst of key presses pushes one), play ticks and
// drags in progress replace the current one. Pure functions on the state plus a small history policy.
import { DAY_MS, type Model } from '../model';
import type { Precision } from '../model';
import type { HistoryMode, ViewStore } from './store';
import { DEFAULT_WINDOW_DAYS, dayOf, type ViewState } from './viewState';
import { stepDay, type StepUnit } from './timeScale';

export interface Period {
  /** First and last day of the dataset (ms at UTC midnight). */
  readonly first: number;
  readonly last: number;
}

const clamp = (day: number, p: Period) => Math.min(Math.max(day, p.first), p.last);

export function windowOf(s: ViewState & { date: number }): { from: number; to: number } {
  return s.window ?? { from: s.date - DEFAULT_WINDOW_DAYS * DAY_MS, to: s.date };
}

/** Sets the date; in window mode the window moves with it, keeping its width and ending on the date. */
export function withDate(s: ViewState, day: number, p: Period): ViewState {
  const date = clamp(day, p);
  if (s.date === date) return s;
  if (s.mode !== 'window' || s.date === null) return { ...s, date };
  const w = windowOf({ ...s, date: s.date });
  return { ...s, date, window: { from: date - (w.to - w.from), to: date } };
}

export function stepped(s: ViewState, unit: StepUnit, n: number, p: Period): ViewState {
  return s.date === null ? s : withDate(s, stepDay(s.date, unit, n), p);
}

/**
 * Moves one end of the window; the ends never cross nor meet (a window holds at least two days, so its two
 * handles stay apart and each can be grabbed), and the date follows the window's end.
 */
export function withWindowEnd(s: ViewState, end: 'from' | 'to', day: number, p: Period): ViewState {
  if (s.date === null) return s;
  const w = windowOf({ ...s, date: s.date });
  const d = clamp(day, p);
  const next =
    end === 'from'
      ? { from: Math.min(d, w.to - DAY_MS), to: w.to }
      : { from: w.from, to: Math.max(d, w.from + DAY_MS) };
  if (next.from === w.from && next.to === w.to && s.window) return s;
  return { ...s, window: next, date: next.to };
}

export function withMode(s: ViewState, mode: ViewState['mode']): ViewState {
  if (s.mode === mode || s.date === null) return s;
  if (mode === 'window') return { ...s, mode, window: windowOf({ ...s, date: s.date }) };
  return { ...s, mode };
}

/** Pushes a history entry for the first of a burst of changes, replaces it for the rest of the burst. */
export function burstHistory(quietMs = 800): (now: number) => HistoryMode {
  let last = -Infinity;
  return (now) => {
    const mode: HistoryMode = now - last > quietMs ? 'push' : 'replace';
    last = now;
    return mode;
  };
}

/** Applies changes to the store at most once per animation frame (for pointer drags on the axis). */
export function frameCoalescer(
  store: ViewStore,
): (change: (s: ViewState) => ViewState, history: HistoryMode) => void {
  let pending: { change: (s: ViewState) => ViewState; history: HistoryMode } | null = null;
  return (change, history) => {
    const scheduled = pending !== null;
    pending = { change, history };
    if (scheduled) return;
    requestAnimationFrame(() => {
      const p = pending!;
      pending = null;
      store.update(p.change, p.history);
    });
  };
}

/**
 * The days the time bar covers: from the earliest known instant to the latest start, or the latest end known to
 * the month or better. An end as vague as "202X" (up to 2029-12-31) says when the data's knowledge runs out, not
 * when something happened, so it does not stretch the bar years past the last event.
 */
export function periodOf(model: Model): Period | null {
  // A pass over every edge: worked out once per model (a model never changes), not on each caller's render.
  let known = periods.get(model);
  if (known === undefined) periods.set(model, (known = computePeriod(model)));
  return known;
}

const periods = new WeakMap<Model, Period | null>();

function computePeriod(model: Model): Period | null {
  if (!model.extent) return null;
  let last = -Infinity;
  for (const { span } of model.edges) {
    if (Number.isFinite(span.start)) last = Math.max(last, span.start);
    if (Number.isFinite(span.end) && FINE.has(span.endPrecision)) last = Math.max(last, span.end);
  }
  return { first: dayOf(model.extent.start), last: dayOf(Number.isFinite(last) ? last : model.extent.end) };
}

const FINE: ReadonlySet<Precision> = new Set<Precision>(['time', 'day', 'month']);
