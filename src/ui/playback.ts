// What play does to the view state, pure: the range it plays through (the period, or in window mode the chosen
// window, swept from its first day to its last), where it starts, and each step; the caller (usePlayer.ts)
// supplies the clock. Play stops at the end of its range, or starts again at its beginning when looping.
import { DAY_MS } from '../model';
import type { ViewState } from '../state/viewState';
import { withDate, type Period } from '../state/timeActions';
import { stepDay, type StepUnit } from '../state/timeScale';

/** Steps per second the player offers; 4 is the old fixed 250 ms tick. */
export const SPEEDS = [1, 2, 4, 8, 16] as const;
export type Speed = (typeof SPEEDS)[number];
export const DEFAULT_SPEED: Speed = 4;

export interface PlayRange {
  readonly from: number;
  readonly to: number;
  /** In window mode the window's end sweeps from `from` to `to`, its start held at `from`. */
  readonly window: boolean;
}

export function playRangeOf(s: ViewState, p: Period): PlayRange {
  if (s.mode === 'window' && s.window) return { from: s.window.from, to: s.window.to, window: true };
  return { from: p.first, to: p.last, window: false };
}

/** The range's first view: the window's first two days, or the period's first day. */
function atStart(s: ViewState, r: PlayRange, p: Period): ViewState {
  if (!r.window) return withDate(s, r.from, p);
  const to = Math.min(r.from + DAY_MS, r.to);
  return { ...s, window: { from: r.from, to }, date: to };
}

/** Where playing starts: in window mode from the window's start; otherwise where the date is, or the period's
 *  first day when the date is already at its end. */
export function playStart(s: ViewState, r: PlayRange, p: Period): ViewState {
  if (s.date === null) return s;
  if (r.window || s.date >= r.to) return atStart(s, r, p);
  return s;
}

/** `n` steps of `unit` further (a late timer catches up in one update); null when play should stop. */
export function playStep(
  s: ViewState,
  r: PlayRange,
  unit: StepUnit,
  n: number,
  loop: boolean,
  p: Period,
): ViewState | null {
  if (s.date === null) return null;
  const cursor = r.window && s.window ? s.window.to : s.date;
  if (cursor >= r.to) return loop ? atStart(s, r, p) : null;
  const next = Math.min(stepDay(cursor, unit, n), r.to);
  if (!r.window) return withDate(s, next, p);
  return { ...s, window: { from: r.from, to: next }, date: next };
}
