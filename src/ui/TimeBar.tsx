// The time bar: an overview strip of the whole period, the detail axis with its activity histogram, zoom and
// pan, presets (last year, five years, all, fit to data), the date (or window) handles, the mode switch, event
// memory, play / pause with speed and loop, steps and jumps between events.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { DAY_MS, type EdgeRecord, type Model } from '../model';
import { histogram, type HistogramBucket } from '../model';
import { formatDateLong, formatInstant } from '../model';
import { parseIsoDay } from '../state/url';
import type { ViewStore } from '../state/store';
import { MODES, type Mode, type ViewState } from '../state/viewState';
import { eventDays, nextEventDay, previousEventDay } from './events';
import { HEAVY_RELATIONS, useHeavy } from './useHeavy';
import { AnalysisSeries } from './AnalysisSeries';
import { TimeAxis } from './TimeAxis';
import { TimeOverview } from './TimeOverview';
import { presetDomain, startDays, type AxisPreset } from './axisRanges';
import { stepped, windowOf, withDate, withMode, type Period } from '../state/timeActions';
import { WindowFields } from './WindowFields';
import {
  bucketRange,
  bucketSize,
  centreOn,
  clampDomain,
  zoomAt,
  type Domain,
  type StepUnit,
} from '../state/timeScale';
import { usePlayer } from './usePlayer';
import { DEFAULT_SPEED, SPEEDS, type Speed } from './playback';

const NO_BUCKETS: readonly HistogramBucket[] = [];
const NO_DAYS: readonly number[] = [];

const MEMORY_CHOICES = [0, 7, 14, 30, 90, 180, 365];
const MODE_TITLES: Readonly<Record<Mode, string>> = {
  snapshot: 'Snapshot',
  window: 'Window',
  cumulative: 'Cumulative',
};
const UNITS: readonly StepUnit[] = ['day', 'week', 'month'];
const PRESETS: readonly (readonly [AxisPreset, string, string])[] = [
  ['all', 'All', 'The whole period'],
  ['year', 'Last year', 'The last year of the period'],
  ['five-years', '5 years', 'The last five years of the period'],
  ['data', 'Fit to data', 'The shortest stretch holding nine in ten of the relations shown'],
];

export interface TimeBarProps {
  readonly model: Model;
  readonly state: ViewState & { date: number };
  readonly store: ViewStore;
  readonly period: Period;
  /** The stretch of time the dataset opens on (its `opening.window`), shown first when it holds the date. */
  readonly opening?: { readonly from: number; readonly to: number } | null;
  readonly keep: (e: EdgeRecord) => boolean;
  /** The analysis series (balance, hostile and cooperative counts) under the axis: while the analysis panel is open. */
  readonly series?: boolean;
}

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = ref.current!;
    const ro = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth)));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}

/** The axis around a window: the window with room on both sides, so its two handles stand apart. */
function aroundWindow(w: { from: number; to: number }, bounds: Domain): Domain {
  const room = Math.max(45 * DAY_MS, 3 * (w.to - w.from));
  return clampDomain({ from: w.from - room, to: w.to + room }, bounds);
}

export function TimeBar({ model, state, store, period, opening = null, keep, series = false }: TimeBarProps) {
  const bounds = useMemo<Domain>(
    () => ({ from: period.first - 15 * DAY_MS, to: period.last + 16 * DAY_MS }),
    [period],
  );
  // A window of days is lost at the scale of decades: open zoomed around it, with room on both sides.
  const [chosen, setChosen] = useState<Domain>(() =>
    state.mode === 'window' && state.window
      ? aroundWindow(state.window, bounds)
      : opening && state.date >= opening.from && state.date <= opening.to
        ? clampDomain({ from: opening.from, to: opening.to + DAY_MS }, bounds)
        : bounds,
  );
  // The date the axis was last set at: a preset or the overview may show a stretch without the date, and the
  // axis stays there until the date moves.
  const [chosenAt, setChosenAt] = useState(state.date);
  // The axis follows the date when it leaves the visible span (playing, jumping) without changing the zoom.
  const domain =
    state.date === chosenAt || (state.date >= chosen.from && state.date <= chosen.to)
      ? chosen
      : centreOn(chosen, state.date, bounds);
  const setDomain = (d: Domain) => {
    setChosen(clampDomain(d, bounds));
    setChosenAt(state.date);
  };
  const [unit, setUnit] = useState<StepUnit>('day');
  const [loop, setLoop] = useState(false);
  const [speed, setSpeed] = useState<Speed>(DEFAULT_SPEED);
  const player = usePlayer(store, period, unit, loop, speed);
  const [trackRef, width] = useWidth();

  const size = bucketSize(domain, width);
  // Dataset-wide passes over every relation: after paint for a large dataset (useHeavy.ts).
  const heavy = model.edges.length > HEAVY_RELATIONS;
  const bucketsOf = useMemo(() => {
    const r = bucketRange(domain, size);
    return () => histogram(model, r.from, r.to, size.ms, keep, state.memory * DAY_MS);
  }, [model, domain, size, keep, state.memory]);
  const buckets = useHeavy(bucketsOf, heavy, NO_BUCKETS, 'faultline:histogram');
  const overviewOf = useMemo(() => {
    const r = bucketRange(bounds, bucketSize(bounds, width));
    return () => histogram(model, r.from, r.to, bucketSize(bounds, width).ms, keep, state.memory * DAY_MS);
  }, [model, bounds, width, keep, state.memory]);
  const overview = useHeavy(overviewOf, heavy, NO_BUCKETS, 'faultline:histogram');
  const eventsOf = useMemo(() => () => eventDays(model, keep), [model, keep]);
  const events = useHeavy(eventsOf, heavy, NO_DAYS);
  const next = nextEventDay(events, state.date);
  const previous = previousEventDay(events, state.date);

  const push = (change: (s: ViewState) => ViewState) => store.update(change, 'push');
  const jump = (day: number | null) => day !== null && push((s) => withDate(s, day, period));
  const memoryChoices = MEMORY_CHOICES.includes(state.memory)
    ? MEMORY_CHOICES
    : [...MEMORY_CHOICES, state.memory].sort((a, b) => a - b);

  return (
    <section className="time-bar" aria-label="Time">
      <div className="time-controls">
        <span role="group" aria-label="Time mode" className="segmented">
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={state.mode === m}
              onClick={() => {
                push((s) => withMode(s, m));
                // Choosing the window mode zooms the axis to the window, where its handles can be told apart.
                if (m === 'window' && state.mode !== 'window')
                  setDomain(aroundWindow(windowOf(state), bounds));
              }}
            >
              {MODE_TITLES[m]}
            </button>
          ))}
        </span>
        {state.mode === 'window' ? (
          <WindowFields window={windowOf(state)} period={period} store={store} />
        ) : (
          <label className="date-field">
            <span className="visually-hidden">Go to date</span>
            <input
              type="date"
              value={formatInstant(state.date)}
              min={formatInstant(period.first)}
              max={formatInstant(period.last)}
              onChange={(e) => {
                const day = parseIsoDay(e.target.value);
                if (day !== null) jump(day);
              }}
            />
          </label>
        )}
        <output className="date-words" aria-live="off">
          {state.mode === 'window' && state.window
            ? `${formatDateLong(state.window.from)} – ${formatDateLong(state.window.to)}`
            : state.mode === 'cumulative'
              ? `everything up to ${formatDateLong(state.date)}`
              : formatDateLong(state.date)}
        </output>
        {state.mode === 'snapshot' && (
          <label>
            Memory{' '}
            <select
              value={state.memory}
              onChange={(e) => push((s) => ({ ...s, memory: Number(e.target.value) }))}
            >
              {memoryChoices.map((d) => (
                <option key={d} value={d}>
                  {d === 0 ? 'same day' : `${d} days`}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="spacer" />
        <span role="group" aria-label="Playback" className="buttons">
          <button
            type="button"
            onClick={() => jump(previous)}
            disabled={previous === null}
            aria-label="Previous event"
            title="Previous event"
          >
            ◀ Event
          </button>
          <button
            type="button"
            onClick={() => push((s) => stepped(s, unit, -1, period))}
            aria-label={`Step back one ${unit}`}
            title={`Step back one ${unit}`}
          >
            ◀
          </button>
          <button
            type="button"
            className="play"
            onClick={player.toggle}
            aria-pressed={player.playing}
            title={
              state.mode === 'window'
                ? 'Play through the window, from its start to its end'
                : 'Play from the date to the end of the period'
            }
          >
            {player.playing ? 'Pause' : 'Play'}
          </button>
          <button
            type="button"
            onClick={() => push((s) => stepped(s, unit, 1, period))}
            aria-label={`Step forward one ${unit}`}
            title={`Step forward one ${unit}`}
          >
            ▶
          </button>
          <button
            type="button"
            onClick={() => jump(next)}
            disabled={next === null}
            aria-label="Next event"
            title="Next event"
          >
            Event ▶
          </button>
          <button
            type="button"
            aria-pressed={loop}
            onClick={() => setLoop((l) => !l)}
            title={
              state.mode === 'window'
                ? 'Start the window again from its start when play reaches its end'
                : 'Start again at the beginning when play reaches the end'
            }
          >
            Loop
          </button>
        </span>
        <span className="step-speed">
          <label>
            Step{' '}
            <select value={unit} onChange={(e) => setUnit(e.target.value as StepUnit)}>
              {UNITS.map((u) => (
                <option key={u} value={u}>
                  a {u}
                </option>
              ))}
            </select>
          </label>
          <label title="Steps per second while playing">
            at{' '}
            <select
              aria-label="Speed"
              value={speed}
              onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
            >
              {SPEEDS.map((n) => (
                <option key={n} value={n}>
                  {n} / s
                </option>
              ))}
            </select>
          </label>
        </span>
      </div>
      <div className="time-axis-row">
        <div
          ref={trackRef}
          className="time-axis"
          title={`Bars: relations per ${size.label}; lighter: imprecisely dated events, spread over the span they may lie in`}
        >
          <TimeOverview
            bounds={bounds}
            domain={domain}
            setDomain={setDomain}
            date={state.date}
            width={width}
            buckets={overview}
            theme={state.theme}
          />
          <TimeAxis
            state={state}
            store={store}
            period={period}
            bounds={bounds}
            domain={domain}
            setDomain={setDomain}
            width={width}
            buckets={buckets}
            theme={state.theme}
            unit={unit}
            onTogglePlay={player.toggle}
          />
          {series && (
            <AnalysisSeries
              model={model}
              period={period}
              memory={state.memory}
              keep={keep}
              domain={domain}
              width={width}
              theme={state.theme}
            />
          )}
        </div>
        <span role="group" aria-label="Zoom the time axis" className="zoom-buttons">
          <button
            type="button"
            aria-label="Zoom in"
            title="Zoom in (or use the mouse wheel)"
            onClick={() => setDomain(zoomAt(domain, 0.5, state.date, bounds))}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out"
            title="Zoom out"
            onClick={() => setDomain(zoomAt(domain, 2, state.date, bounds))}
          >
            −
          </button>
          {PRESETS.map(([preset, label, title]) => (
            <button
              key={preset}
              type="button"
              title={title}
              onClick={() => setDomain(presetDomain(preset, period, bounds, startDays(model, keep)))}
            >
              {label}
            </button>
          ))}
        </span>
      </div>
    </section>
  );
}
