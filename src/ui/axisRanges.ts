// The time axis's presets, pure: the last year and the last five years of the period, all of it, and "fit to
// data": the shortest stretch holding nine in ten of the relations shown (by the day each begins), so a dataset
// whose relations crowd into its last two years is not drawn over thirty.
import { DAY_MS, type EdgeRecord, type Model } from '../model';
import type { Period } from '../state/timeActions';
import { stepDay, type Domain } from '../state/timeScale';

export type AxisPreset = 'year' | 'five-years' | 'all' | 'data';

/** The shortest [first, last] holding `share` of the sorted instants; null for none. */
export function denseRange(sorted: readonly number[], share = 0.9): Domain | null {
  if (sorted.length === 0) return null;
  const k = Math.max(1, Math.ceil(share * sorted.length));
  let best: Domain = { from: sorted[0]!, to: sorted[k - 1]! };
  for (let i = 1; i + k - 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + k - 1]!;
    if (to - from < best.to - best.from) best = { from, to };
  }
  return best;
}

/** The day each relation shown begins on (finite starts only), sorted. */
export function startDays(model: Model, keep: (e: EdgeRecord) => boolean): number[] {
  const out: number[] = [];
  for (const e of model.edges) if (Number.isFinite(e.span.start) && keep(e)) out.push(e.span.start);
  return out.sort((a, b) => a - b);
}

/** The axis domain of a preset (before clamping to the bounds); a month of room around "fit to data". */
export function presetDomain(
  preset: AxisPreset,
  p: Period,
  bounds: Domain,
  starts: readonly number[],
): Domain {
  const end = p.last + DAY_MS;
  switch (preset) {
    case 'year':
      return { from: stepDay(p.last, 'year', -1), to: end };
    case 'five-years':
      return { from: stepDay(p.last, 'year', -5), to: end };
    case 'all':
      return bounds;
    case 'data': {
      const dense = denseRange(starts);
      if (!dense) return bounds;
      return { from: dense.from - 30 * DAY_MS, to: dense.to + 31 * DAY_MS };
    }
  }
}
