// The time extent of a model's edges: the earliest and latest finite instant they start or end at.
import type { EdgeRecord, Extent } from '../types';

/** Earliest and latest finite instant among the edges' starts and ends; null when there is none. */
export function extentOf(edges: readonly EdgeRecord[]): Extent | null {
  let start = Infinity;
  let end = -Infinity;
  for (const { span } of edges) {
    for (const t of [span.start, span.end]) {
      if (!Number.isFinite(t)) continue;
      if (t < start) start = t;
      if (t > end) end = t;
    }
  }
  return start <= end ? { start, end } : null;
}
