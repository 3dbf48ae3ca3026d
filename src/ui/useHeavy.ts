// A value computed over every relation of the dataset (the time bar's histograms and event days): at once for a
// dataset of ordinary size, but for a large one after the first paint, off the frame's path (useDeferred), so
// opening 200,000 relations does not hold the page in one long first render. Until then the value is `fallback`.
import { useMemo } from 'react';
import { useDeferred } from './useDeferred';

/** Above this many relations the dataset-wide values of the time bar are computed after paint. */
export const HEAVY_RELATIONS = 20_000;

export function useHeavy<T>(compute: () => T, deferred: boolean, fallback: T, measure?: string): T {
  const now = useMemo(() => (deferred ? null : compute()), [compute, deferred]);
  const later = useDeferred(deferred ? compute : null, measure);
  return deferred ? (later.value ?? fallback) : (now as T);
}
