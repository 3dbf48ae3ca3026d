// The glide between two story steps, driven by a fake clock: the date passes through the days in between, one
// history-less update per day changed, and the whole step is applied once, when the date has arrived.
import { describe, expect, it } from 'vitest';
import { createViewStore, type HistoryMode } from '../state/store';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { glide, glideDay, type Frames } from './storyGlide';

const DAY = 86_400_000;

function fakeFrames() {
  let now = 0;
  const queue = new Map<number, () => void>();
  let next = 1;
  const frames: Frames = {
    now: () => now,
    request: (cb) => {
      queue.set(next, cb);
      return next++;
    },
    cancel: (h) => queue.delete(h),
  };
  /** Moves the clock by `ms` and runs the frames waiting. */
  const advance = (ms: number) => {
    now += ms;
    const waiting = [...queue.values()];
    queue.clear();
    for (const cb of waiting) cb();
  };
  return { frames, advance, pending: () => queue.size };
}

describe('glideDay', () => {
  it('starts and ends on the two days, in whole days, never overshooting', () => {
    const from = 100 * DAY;
    const to = 130 * DAY;
    expect(glideDay(from, to, 0)).toBe(from);
    expect(glideDay(from, to, 1)).toBe(to);
    let last = from;
    for (let t = 0; t <= 1; t += 0.01) {
      const d = glideDay(from, to, t);
      expect(d % DAY).toBe(0);
      expect(d).toBeGreaterThanOrEqual(last);
      expect(d).toBeLessThanOrEqual(to);
      last = d;
    }
    expect(glideDay(to, from, 0.5)).toBe(115 * DAY);
  });
});

describe('glide', () => {
  const start: ViewState = { ...DEFAULT_VIEW, date: 0 };
  const target = {
    date: 10 * DAY,
    finish: (s: ViewState): ViewState => ({ ...s, date: 10 * DAY, edgeMode: 'relations' }),
  };

  it('moves the date through the days between, then applies the step', () => {
    const store = createViewStore(start);
    const seen: [number | null, string, HistoryMode][] = [];
    store.onCommit((s, h) => seen.push([s.date, s.edgeMode, h]));
    const { frames, advance, pending } = fakeFrames();
    glide(store, target, 1000, frames);
    for (let i = 0; i < 12; i++) advance(100);
    expect(pending()).toBe(0);
    const dates = seen.map(([d]) => d!);
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
    expect(seen.every(([, , h]) => h === 'replace')).toBe(true);
    // Filters, mode and the rest switch only at the end.
    expect(seen.slice(0, -1).every(([, mode]) => mode === 'pairs')).toBe(true);
    expect(store.get()).toEqual({ ...start, date: 10 * DAY, edgeMode: 'relations' });
  });

  it('applies the step at once when asked for no motion or when the day is the same', () => {
    const store = createViewStore(start);
    glide(store, target, 0, fakeFrames().frames);
    expect(store.get().edgeMode).toBe('relations');
    const same = createViewStore({ ...start, date: 10 * DAY });
    glide(same, target, 1000, fakeFrames().frames);
    expect(same.get().edgeMode).toBe('relations');
  });

  it('stops where it is when cancelled', () => {
    const store = createViewStore(start);
    const { frames, advance, pending } = fakeFrames();
    const stop = glide(store, target, 1000, frames);
    advance(500);
    stop();
    expect(pending()).toBe(0);
    expect(store.get().edgeMode).toBe('pairs');
    expect(store.get().date).toBeGreaterThan(0);
    expect(store.get().date).toBeLessThan(10 * DAY);
  });
});
