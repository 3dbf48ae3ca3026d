// Play and pause: a tick every TICK_MS moves the date (or the window) by the chosen unit. The first tick pushes
// a history entry and the rest replace it, so back returns to where playing started, not to every tick.
import { useEffect, useState } from 'react';
import type { ViewStore } from '../state/store';
import { stepped, withDate, type Period } from './timeActions';
import type { StepUnit } from './timeScale';

export const TICK_MS = 250;

export function usePlayer(store: ViewStore, period: Period, unit: StepUnit, loop: boolean) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    let first = true;
    const id = window.setInterval(() => {
      const s = store.get();
      if (s.date === null) return;
      const history = first ? 'push' : 'replace';
      first = false;
      if (s.date < period.last) store.update((v) => stepped(v, unit, 1, period), history);
      else if (loop) store.update((v) => withDate(v, period.first, period), history);
      else setPlaying(false);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [playing, store, period, unit, loop]);
  return { playing, setPlaying, toggle: () => setPlaying((p) => !p) };
}
