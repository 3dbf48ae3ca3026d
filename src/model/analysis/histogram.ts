// The activity histogram under the time bar: relations per bucket by tone (cooperative, hostile, mediation).
// An event counts in every bucket its span meets, so a year-precision event shows across the year it may have
// happened in; a lasting relation counts once, in the bucket where it starts, so a long alliance marks its
// beginning rather than filling every bucket it spans. Buckets are [from + i·size, from + (i+1)·size − 1], the
// last one cut at `to`. Each bucket also says how many of its events are imprecise (a month or coarser, or wider
// than the event memory: see time/precision.ts), which the time bar draws lighter. O(n + buckets): events add to
// a difference array.
import { TONES } from '../dataset/vocabulary';
import type { HistogramBucket, Model } from '../types';
import { isImprecise } from '../time/precision';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { EdgeFilter } from './edges';

/** A guard against a bucket size that would allocate millions of buckets by mistake. */
export const MAX_BUCKETS = 100_000;

export function histogram(
  model: Model,
  from: number,
  to: number,
  bucketMs: number,
  keep?: EdgeFilter,
  memoryMs: number = DEFAULT_EVENT_MEMORY,
): HistogramBucket[] {
  if (!Number.isFinite(from) || !Number.isFinite(to) || from > to) {
    throw new RangeError(`histogram range must be finite with from <= to (from ${from}, to ${to})`);
  }
  if (!(bucketMs > 0) || !Number.isFinite(bucketMs))
    throw new RangeError(`bucket size must be a positive number of ms (${bucketMs})`);
  const n = Math.floor((to - from) / bucketMs) + 1;
  if (n > MAX_BUCKETS)
    throw new RangeError(`${n} buckets is more than ${MAX_BUCKETS}; use a larger bucket size`);

  const bucketOf = (t: number): number => Math.floor((t - from) / bucketMs);
  const bump = (column: Float64Array, i: number, by: number): void => {
    column[i] = column[i]! + by;
  };
  const counts = new Map(TONES.map((tone) => [tone, new Float64Array(n)]));
  const spans = new Map(TONES.map((tone) => [tone, new Float64Array(n + 1)]));
  const vague = new Map(TONES.map((tone) => [tone, new Float64Array(n + 1)]));
  for (const edge of model.edges) {
    if (keep && !keep(edge)) continue;
    const { start, end } = edge.span;
    if (edge.info.duration === 'lasting') {
      if (start >= from && start <= to) bump(counts.get(edge.info.tone)!, bucketOf(start), 1);
    } else if (start <= to && end >= from) {
      for (const diff of isImprecise(edge, memoryMs)
        ? [spans.get(edge.info.tone)!, vague.get(edge.info.tone)!]
        : [spans.get(edge.info.tone)!]) {
        bump(diff, Math.max(0, bucketOf(start)), 1);
        bump(diff, Math.min(n - 1, bucketOf(end)) + 1, -1);
      }
    }
  }
  const imprecise = new Map(TONES.map((tone) => [tone, new Float64Array(n)]));
  for (const tone of TONES) {
    for (const [diff, c] of [
      [spans.get(tone)!, counts.get(tone)!],
      [vague.get(tone)!, imprecise.get(tone)!],
    ] as const) {
      for (let i = 0, running = 0; i < n; i++) {
        running += diff[i]!;
        bump(c, i, running);
      }
    }
  }
  return Array.from({ length: n }, (_, i) => ({
    start: from + i * bucketMs,
    end: Math.min(from + (i + 1) * bucketMs - 1, to),
    cooperative: counts.get('cooperative')![i]!,
    hostile: counts.get('hostile')![i]!,
    mediation: counts.get('mediation')![i]!,
    imprecise: {
      cooperative: imprecise.get('cooperative')![i]!,
      hostile: imprecise.get('hostile')![i]!,
      mediation: imprecise.get('mediation')![i]!,
    },
  }));
}
