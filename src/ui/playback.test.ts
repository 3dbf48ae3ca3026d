// Tests of play: the range (period or window), the start (the window's first days; the period's start when the
// date is at its end), the steps (clamped at the end, several at once to catch up), stop and loop.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { playRangeOf, playStart, playStep } from './playback';
import type { Period } from '../state/timeActions';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number | null | undefined) => (t == null ? null : new Date(t).toISOString().slice(0, 10));
const P: Period = { first: day('2020-01-01'), last: day('2026-03-01') };
const snap: ViewState = { ...DEFAULT_VIEW, date: day('2026-02-20') };
const win: ViewState = {
  ...DEFAULT_VIEW,
  mode: 'window',
  date: day('2026-02-27'),
  window: { from: day('2026-02-10'), to: day('2026-02-27') },
};
const windowOf = (s: ViewState | null) => s && [iso(s.window!.from), iso(s.window!.to), iso(s.date)];

describe('play in snapshot mode', () => {
  const r = playRangeOf(snap, P);
  it('plays through the period from where the date is', () => {
    expect([iso(r.from), iso(r.to), r.window]).toEqual(['2020-01-01', '2026-03-01', false]);
    expect(playStart(snap, r, P)).toBe(snap);
    expect(iso(playStart({ ...snap, date: P.last }, r, P).date)).toBe('2020-01-01');
  });
  // prettier-ignore
  const steps: [string, number, 'day' | 'week', number, boolean, string | null][] = [
    ['one day', day('2026-02-20'), 'day', 1, false, '2026-02-21'],
    ['three days to catch up', day('2026-02-20'), 'day', 3, false, '2026-02-23'],
    ['a week, stopped at the end', day('2026-02-27'), 'week', 1, false, '2026-03-01'],
    ['at the end: stop', day('2026-03-01'), 'day', 1, false, null],
    ['at the end, looping: the start', day('2026-03-01'), 'day', 1, true, '2020-01-01'],
  ];
  it.each(steps)('%s', (_name, date, unit, n, loop, expected) => {
    const next = playStep({ ...snap, date }, r, unit, n, loop, P);
    expect(next && iso(next.date)).toBe(expected);
  });
});

describe('play in window mode', () => {
  const r = playRangeOf(win, P);
  it('sweeps the window from its first two days to its end, then stops or loops', () => {
    expect([iso(r.from), iso(r.to), r.window]).toEqual(['2026-02-10', '2026-02-27', true]);
    let s: ViewState | null = playStart(win, r, P);
    expect(windowOf(s)).toEqual(['2026-02-10', '2026-02-11', '2026-02-11']);
    s = playStep(s, r, 'week', 1, false, P);
    expect(windowOf(s)).toEqual(['2026-02-10', '2026-02-18', '2026-02-18']);
    s = playStep(s!, r, 'week', 2, false, P);
    expect(windowOf(s)).toEqual(['2026-02-10', '2026-02-27', '2026-02-27']);
    expect(playStep(s!, r, 'day', 1, false, P)).toBeNull();
    expect(windowOf(playStep(s!, r, 'day', 1, true, P))).toEqual(['2026-02-10', '2026-02-11', '2026-02-11']);
  });
});
