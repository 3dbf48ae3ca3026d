// The geometry of a pair's stance strip, pure so it can be tested: every relation of the pair as a mark on one
// time axis — cooperative ones above the axis, hostile ones below, mediation of the pair on the axis itself —
// lasting relations as bars and events as ticks, each in the first free lane of its band so no two overlap.
// An event known only to a month, a year or a span of days is drawn as a pale band over all of that span, so an
// imprecise date looks imprecise; alleged relations are hatched. The pair's net stance runs as a step line.
import type { EdgeRecord, Extent, StanceSegment } from '../model';
import type { Tone } from '../model';
import { DAY_MS } from '../model';

export interface StripMark {
  readonly key: string;
  readonly relationId: string;
  readonly tone: Tone;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** `bar`: a lasting relation; `tick`: a day-precise event; `band`: an event dated less precisely than a day. */
  readonly shape: 'bar' | 'tick' | 'band';
  readonly alleged: boolean;
}

export interface StripLayout {
  readonly width: number;
  readonly height: number;
  /** y of the axis (mediation marks sit on it). */
  readonly axis: number;
  readonly marks: readonly StripMark[];
  /** The net stance as a step path (SVG `d`), above the axis when cooperative. */
  readonly stance: string;
  readonly domain: Extent;
  readonly x: (t: number) => number;
  /** The day at an x position (the inverse of `x`, to a day). */
  readonly dayAt: (px: number) => number;
}

export const LANE = 7;
const GAP = 2;
const MIN_BAND_LANES = 2;
const MAX_LANES = 10;
/** Events within this many ms of each other on screen share no lane (ticks are 2 px wide). */
const TICK_PX = 3;

/** The period the strip spans: the pair's relations (open ends cut at the dataset's extent) and the current date. */
export function stripDomain(edges: readonly EdgeRecord[], extent: Extent, date: number): Extent {
  let start = date;
  let end = date + DAY_MS - 1;
  for (const e of edges) {
    start = Math.min(start, Number.isFinite(e.span.start) ? e.span.start : extent.start);
    end = Math.max(end, Number.isFinite(e.span.end) ? e.span.end : extent.end);
  }
  const pad = Math.max(DAY_MS, (end - start) * 0.02);
  return { start: start - pad, end: end + pad };
}

function bandOf(tone: Tone): 'up' | 'down' | 'axis' {
  return tone === 'cooperative' ? 'up' : tone === 'hostile' ? 'down' : 'axis';
}

export function layoutStrip(
  edges: readonly EdgeRecord[],
  stance: readonly StanceSegment[],
  domain: Extent,
  width: number,
): StripLayout {
  const span = domain.end - domain.start || 1;
  const x = (t: number) => ((Math.min(Math.max(t, domain.start), domain.end) - domain.start) / span) * width;
  const dayAt = (px: number) =>
    Math.floor((domain.start + (Math.min(Math.max(px, 0), width) / width) * span) / DAY_MS) * DAY_MS;

  // Greedy lanes per band: each mark takes the first lane whose last mark ends before it starts (on screen).
  const placed: { e: EdgeRecord; band: 'up' | 'down' | 'axis'; lane: number; x1: number; x2: number }[] = [];
  const lanes = { up: [] as number[], down: [] as number[], axis: [] as number[] };
  const sorted = [...edges].sort((a, b) => a.span.start - b.span.start || a.key.localeCompare(b.key));
  for (const e of sorted) {
    const band = bandOf(e.info.tone);
    const x1 = x(e.span.start);
    const x2 = Math.max(x1 + 2, x(e.span.end));
    const ends = lanes[band];
    let lane = ends.findIndex((end) => end + TICK_PX <= x1);
    if (lane === -1) lane = ends.length < MAX_LANES ? ends.length : ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -Infinity, x2);
    placed.push({ e, band, lane, x1, x2 });
  }
  const up = Math.max(MIN_BAND_LANES, lanes.up.length);
  const down = Math.max(MIN_BAND_LANES, lanes.down.length);
  const axis = up * LANE + GAP + LANE / 2;
  const height = axis + LANE / 2 + GAP + down * LANE;

  const marks = placed.map(({ e, band, lane, x1, x2 }): StripMark => {
    const precise = e.span.end - e.span.start < DAY_MS;
    const shape = e.info.duration === 'lasting' ? 'bar' : precise ? 'tick' : 'band';
    const y =
      band === 'up'
        ? axis - LANE / 2 - GAP - (lane + 1) * LANE
        : band === 'down'
          ? axis + LANE / 2 + GAP + lane * LANE
          : axis - LANE / 2;
    return {
      key: e.key,
      relationId: e.relationId,
      tone: e.info.tone,
      x: shape === 'tick' ? x1 - 1 : x1,
      y,
      width: shape === 'tick' ? 2 : x2 - x1,
      height: LANE - 1,
      shape,
      alleged: e.status === 'alleged',
    };
  });

  // The net stance: above the axis when cooperative, below when hostile, scaled to the larger band.
  const peak = Math.max(1, ...stance.map((s) => Math.abs(s.net)));
  const room = Math.min(up, down) * LANE;
  const yOf = (net: number) => axis - (net / peak) * room;
  let d = '';
  for (const s of stance) {
    const x1 = x(Number.isFinite(s.start) ? s.start : domain.start);
    const x2 = x(Number.isFinite(s.end) ? s.end : domain.end);
    const y = yOf(s.net);
    d += d === '' ? `M${x1.toFixed(1)},${y.toFixed(1)}` : `V${y.toFixed(1)}`;
    d += `H${x2.toFixed(1)}`;
  }
  return { width, height, axis, marks, stance: d, domain, x, dayAt };
}
