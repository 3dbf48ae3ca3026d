// The move between two story steps: the date glides from the old step's day to the new one's over about a second,
// through the store (replace: no history entry per frame), so the graph changes as the time index's diffs while
// the layout holds still; the rest of the step (mode, filters, focus, selection) switches when the date arrives.
import type { ViewStore } from '../state/store';
import type { ViewState } from '../state/viewState';

export const GLIDE_MS = 1000;
const DAY_MS = 86_400_000;

/** The day shown at `t` (0 to 1) of a glide from `from` to `to`: eased in and out, whole days. */
export function glideDay(from: number, to: number, t: number): number {
  const u = Math.min(Math.max(t, 0), 1);
  const eased = u < 0.5 ? 2 * u * u : 1 - (-2 * u + 2) ** 2 / 2;
  return from + Math.round(((to - from) / DAY_MS) * eased) * DAY_MS;
}

export interface GlideTarget {
  /** The day the glide ends on. */
  readonly date: number;
  /** The whole step, applied to the state as it is when the date has arrived. */
  readonly finish: (s: ViewState) => ViewState;
}

export interface Frames {
  readonly now: () => number;
  readonly request: (callback: () => void) => number;
  readonly cancel: (handle: number) => void;
}

const browserFrames: Frames = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

/** Glides the store to `target`; returns a function that stops the glide where it is. */
export function glide(
  store: ViewStore,
  target: GlideTarget,
  duration = GLIDE_MS,
  frames: Frames = browserFrames,
): () => void {
  const from = store.get().date;
  const finish = () => store.update(target.finish, 'replace');
  if (from === null || from === target.date || duration <= 0) {
    finish();
    return () => {};
  }
  const start = frames.now();
  let handle: number | null = null;
  let last = from;
  const tick = () => {
    const t = (frames.now() - start) / duration;
    if (t >= 1) {
      handle = null;
      finish();
      return;
    }
    const day = glideDay(from, target.date, t);
    if (day !== last) {
      const delta = day - last;
      last = day;
      // A window travels with the date, so window mode glides too.
      store.update(
        (s) => ({
          ...s,
          date: day,
          window: s.window && { from: s.window.from + delta, to: s.window.to + delta },
        }),
        'replace',
      );
    }
    handle = frames.request(tick);
  };
  handle = frames.request(tick);
  return () => {
    if (handle !== null) frames.cancel(handle);
    handle = null;
  };
}

/** True when the reader asked the system for less motion: steps then switch at once. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
