// The live edges by tone over time: how many cooperative, hostile and mediation edges a snapshot shows at each
// step from `from` to `to`. Unlike the histogram (relations by when they happen), this is what the picture holds
// at each instant, lasting relations included. The live set moves by the time index's diffs and the counts by
// what enters and leaves, so a series costs its steps' changes, not a scan of every relation per point.
import type { Tone } from '../dataset/vocabulary';
import { LiveSet } from '../time/live-set';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { Model, ViewSpec } from '../types';
import { MAX_POINTS } from './balance-series';
import type { EdgeFilter } from './edges';

export interface TonePoint {
  readonly at: number;
  readonly cooperative: number;
  readonly hostile: number;
  readonly mediation: number;
}

export interface ToneSeriesOptions {
  /** Event memory of the snapshots, ms (default 30 days). */
  readonly memory?: number;
  readonly keep?: EdgeFilter;
}

export function toneSeries(
  model: Model,
  from: number,
  to: number,
  step: number,
  options: ToneSeriesOptions = {},
): TonePoint[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
    throw new RangeError(`tone series range must be finite with from <= to (from ${from}, to ${to})`);
  }
  if (!(step > 0) || !Number.isFinite(step))
    throw new RangeError(`step must be a positive number of ms (${step})`);
  const n = Math.floor((to - from) / step) + 1;
  if (n > MAX_POINTS) throw new RangeError(`${n} points is more than ${MAX_POINTS}; use a larger step`);

  const memory = options.memory ?? DEFAULT_EVENT_MEMORY;
  const view = (at: number): ViewSpec => ({ mode: 'snapshot', at, memory });
  const counts: Record<Tone, number> = { cooperative: 0, hostile: 0, mediation: 0 };
  const count = (keys: Iterable<string>, by: 1 | -1): void => {
    for (const key of keys) {
      const edge = model.edgeByKey.get(key)!;
      if (!options.keep || options.keep(edge)) counts[edge.info.tone] += by;
    }
  };
  const live = new LiveSet(model.index, view(from));
  count(live.keys, 1);
  const points: TonePoint[] = [];
  for (let i = 0; i < n; i++) {
    const at = from + i * step;
    if (i > 0) {
      const { added, removed } = live.moveTo(view(at));
      count(removed, -1);
      count(added, 1);
    }
    points.push({ at, ...counts });
  }
  return points;
}
