// Play and pause: `speed` steps of the chosen unit per second through the play range (playback.ts). The clock
// counts steps from when play began, so a late timer catches up in one update instead of slowing the speed. The
// first change pushes a history entry and the rest replace it, so back returns to where playing started.
import { useEffect, useRef, useState } from 'react';
import type { HistoryMode, ViewStore } from '../state/store';
import type { ViewState } from '../state/viewState';
import { playRangeOf, playStart, playStep, type PlayRange, type Speed } from './playback';
import type { Period } from '../state/timeActions';
import type { StepUnit } from '../state/timeScale';

/** A window sweep paused midway resumes where it stopped rather than starting the window again. */
function resumes(r: PlayRange | null, s: ViewState): r is PlayRange {
  return r !== null && r.window && s.mode === 'window' && s.window?.from === r.from && s.window.to < r.to;
}

export function usePlayer(store: ViewStore, period: Period, unit: StepUnit, loop: boolean, speed: Speed) {
  const [playing, setPlaying] = useState(false);
  const range = useRef<PlayRange | null>(null);
  useEffect(() => {
    if (!playing) return;
    let history: HistoryMode = 'push';
    const commit = (next: ViewState) => {
      if (next === store.get()) return;
      store.update(() => next, history);
      history = 'replace';
    };
    let r = range.current;
    if (!resumes(r, store.get())) {
      r = playRangeOf(store.get(), period);
      commit(playStart(store.get(), r, period));
    }
    range.current = r;
    const interval = 1000 / speed;
    const t0 = performance.now();
    let done = 0;
    let timer = 0;
    const tick = () => {
      const due = Math.floor((performance.now() - t0) / interval);
      if (due > done) {
        const current = store.get();
        // The mode changed under the player: play through the new mode's range.
        if (r!.window !== (current.mode === 'window')) r = range.current = playRangeOf(current, period);
        const next = playStep(current, r!, unit, due - done, loop, period);
        done = due;
        if (next === null) {
          range.current = null;
          setPlaying(false);
          return;
        }
        commit(next);
      }
      timer = window.setTimeout(tick, Math.max(0, t0 + (done + 1) * interval - performance.now()));
    };
    timer = window.setTimeout(tick, interval);
    return () => window.clearTimeout(timer);
  }, [playing, store, period, unit, loop, speed]);
  return { playing, setPlaying, toggle: () => setPlaying((p) => !p) };
}
