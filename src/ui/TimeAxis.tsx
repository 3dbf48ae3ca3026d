// The time bar's axis: the activity histogram (cooperative, mediation and hostile relations stacked per bucket),
// calendar ticks, the window band and the handles. Wheel zooms around the pointer (Shift+wheel pans), dragging
// the background pans, a click sets the date, dragging a handle scrubs (one update per animation frame).
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import type { HistogramBucket } from '../model';
import { formatDateLong } from '../model';
import type { ViewStore } from '../state/store';
import { dayOf, type Theme, type ViewState } from '../state/viewState';
import { AXIS_H, HIST_H, HistogramAxis } from './HistogramAxis';
import {
  burstHistory,
  frameCoalescer,
  withDate,
  withWindowEnd,
  windowOf,
  type Period,
} from '../state/timeActions';
import { panBy, tOf, xOf, zoomAt, type Domain, type StepUnit } from '../state/timeScale';
import { stepDay } from '../state/timeScale';

const HALF_DAY = 43_200_000;

export interface TimeAxisProps {
  readonly state: ViewState & { date: number };
  readonly store: ViewStore;
  readonly period: Period;
  readonly bounds: Domain;
  readonly domain: Domain;
  readonly setDomain: (d: Domain) => void;
  readonly width: number;
  readonly buckets: readonly HistogramBucket[];
  readonly theme: Theme;
  readonly unit: StepUnit;
  readonly onTogglePlay: () => void;
}

type Drag = { kind: 'date' | 'from' | 'to' } | { kind: 'pan'; x0: number; d0: Domain; moved: boolean };

/** Arrow keys step by the chosen unit, Shift+arrows by a month, Page keys by a year, Home/End to the ends. */
function keyTarget(e: KeyboardEvent, day: number, unit: StepUnit, p: Period): number | null {
  const dir =
    e.key === 'ArrowRight' || e.key === 'ArrowUp'
      ? 1
      : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
        ? -1
        : 0;
  if (dir) return stepDay(day, e.shiftKey ? 'month' : unit, dir);
  if (e.key === 'PageUp') return stepDay(day, 'year', 1);
  if (e.key === 'PageDown') return stepDay(day, 'year', -1);
  if (e.key === 'Home') return p.first;
  if (e.key === 'End') return p.last;
  return null;
}

export function TimeAxis(props: TimeAxisProps) {
  const { state, store, period, bounds, domain, setDomain, width, buckets, theme, unit, onTogglePlay } =
    props;
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const coalesce = useMemo(() => frameCoalescer(store), [store]);
  const keyHistory = useMemo(() => burstHistory(), []);
  const x = (t: number) => xOf(t, domain, width);
  const dayAt = (clientX: number) =>
    dayOf(tOf(clientX - track.current!.getBoundingClientRect().left, domain, width));

  const live = useRef({ domain, bounds, setDomain, width });
  useLayoutEffect(() => {
    live.current = { domain, bounds, setDomain, width };
  });
  useEffect(() => {
    const el = track.current!;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { domain: d, bounds: b, setDomain: set, width: w } = live.current;
      if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        const px = e.shiftKey ? e.deltaY || e.deltaX : e.deltaX;
        set(panBy(d, (px / w) * (d.to - d.from), b));
      } else {
        const anchor = tOf(e.clientX - el.getBoundingClientRect().left, d, w);
        set(zoomAt(d, e.deltaY > 0 ? 1.25 : 0.8, anchor, b));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, []);

  const apply = (kind: 'date' | 'from' | 'to', day: number, history: 'push' | 'replace') => {
    const change = (s: ViewState) =>
      kind === 'date' ? withDate(s, day, period) : withWindowEnd(s, kind, day, period);
    if (history === 'push') store.update(change, 'push');
    else coalesce(change, 'replace');
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>, kind?: 'date' | 'from' | 'to') => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.stopPropagation();
    drag.current = kind ? { kind } : { kind: 'pan', x0: e.clientX, d0: domain, moved: false };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.kind === 'pan') {
      if (Math.abs(e.clientX - d.x0) > 3) d.moved = true;
      if (d.moved) setDomain(panBy(d.d0, ((d.x0 - e.clientX) / width) * (d.d0.to - d.d0.from), bounds));
    } else apply(d.kind, dayAt(e.clientX), 'replace');
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (!d) return;
    if (d.kind === 'pan') {
      if (!d.moved) apply(state.mode === 'window' ? 'to' : 'date', dayAt(e.clientX), 'push');
    } else apply(d.kind, dayAt(e.clientX), 'push');
  };

  const onKey = (kind: 'date' | 'from' | 'to', current: number) => (e: KeyboardEvent) => {
    if (e.key === ' ') {
      e.preventDefault();
      onTogglePlay();
      return;
    }
    const target = keyTarget(e, current, unit, period);
    if (target === null) return;
    e.preventDefault();
    const history = keyHistory(performance.now());
    store.update(
      (s) => (kind === 'date' ? withDate(s, target, period) : withWindowEnd(s, kind, target, period)),
      history,
    );
  };

  const w = state.mode === 'window' ? windowOf(state) : null;
  const handle = (kind: 'date' | 'from' | 'to', day: number, label: string) => (
    <div
      key={kind}
      className={`time-handle handle-${kind}`}
      // The window's handles stand outside its band (the start's to the left of its first day, the end's to the
      // right of its last), so however narrow the window at this zoom they never cover each other.
      style={{ left: `${x(kind === 'from' ? day : kind === 'to' ? day + 2 * HALF_DAY : day + HALF_DAY)}px` }}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={period.first}
      aria-valuemax={period.last}
      aria-valuenow={day}
      aria-valuetext={formatDateLong(day)}
      aria-orientation="horizontal"
      onKeyDown={onKey(kind, day)}
      onPointerDown={(e) => onPointerDown(e, kind)}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    />
  );

  return (
    <div
      ref={track}
      className="time-track"
      style={{ height: HIST_H + AXIS_H }}
      onPointerDown={(e) => onPointerDown(e)}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
    >
      <svg width={width} height={HIST_H + AXIS_H} aria-hidden="true">
        {w && (
          <rect
            className="window-band"
            x={x(w.from)}
            width={Math.max(2, x(w.to + 2 * HALF_DAY) - x(w.from))}
            y={0}
            height={HIST_H}
          />
        )}
        <HistogramAxis buckets={buckets} domain={domain} width={width} theme={theme} />
      </svg>
      {w
        ? [handle('from', w.from, 'Window start'), handle('to', w.to, 'Window end')]
        : handle('date', state.date, 'Date')}
    </div>
  );
}
