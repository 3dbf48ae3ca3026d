// Structural balance as a series over time: the triangle census of the signed network in a snapshot at each
// step from `from` to `to`. The live set moves from one snapshot to the next by the time index's diff, so a
// series costs its steps' changes plus one census per point, not a scan of every relation per point.
import { LiveSet } from '../time/live-set';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { Model, ViewSpec } from '../types';
import type { EdgeFilter, SignOptions } from './edges';
import { signedNetwork } from './signed';
import { triadCensus, type TriadKind } from './triads';

export interface BalancePoint {
  readonly at: number;
  readonly counts: Readonly<Record<TriadKind, number>>;
  readonly total: number;
  readonly balanced: number;
  readonly unbalanced: number;
  readonly balanceRatio: number | null;
}

export interface BalanceOptions extends SignOptions {
  /** Event memory of the snapshots, ms (default 30 days). */
  readonly memory?: number;
  readonly keep?: EdgeFilter;
}

/** A guard against a step that would compute millions of censuses by mistake. */
export const MAX_POINTS = 10_000;

export function balanceSeries(
  model: Model,
  from: number,
  to: number,
  step: number,
  options: BalanceOptions = {},
): BalancePoint[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
    throw new RangeError(`balance series range must be finite with from <= to (from ${from}, to ${to})`);
  }
  if (!(step > 0) || !Number.isFinite(step))
    throw new RangeError(`step must be a positive number of ms (${step})`);
  const n = Math.floor((to - from) / step) + 1;
  if (n > MAX_POINTS) throw new RangeError(`${n} points is more than ${MAX_POINTS}; use a larger step`);

  const memory = options.memory ?? DEFAULT_EVENT_MEMORY;
  const view = (at: number): ViewSpec => ({ mode: 'snapshot', at, memory });
  const live = new LiveSet(model.index, view(from));
  const points: BalancePoint[] = [];
  for (let i = 0; i < n; i++) {
    const at = from + i * step;
    if (i > 0) live.moveTo(view(at));
    const keys = options.keep
      ? [...live.keys].filter((k) => options.keep!(model.edgeByKey.get(k)!))
      : live.keys;
    const { counts, total, balanced, unbalanced, balanceRatio } = triadCensus(
      signedNetwork(model, keys, options),
    );
    points.push({ at, counts, total, balanced, unbalanced, balanceRatio });
  }
  return points;
}
