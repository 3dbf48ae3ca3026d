// Runs a computation off the frame's path: after the next paint and once its inputs have held still for a short
// while, so scrubbing and playing never wait for it; a change of inputs cancels the run that was pending. The last
// answer stays on screen (marked pending) until the new one is ready.
import { useEffect, useState } from 'react';

/** How long the inputs must hold still before the computation runs (a play tick or a drag moves on sooner). */
export const SETTLE_MS = 120;

/** `measure`: a name under which each run is recorded as a performance measure (the benchmark reads it). */
export function useDeferred<T>(
  compute: (() => T) | null,
  measure?: string,
): { value: T | null; pending: boolean } {
  const [done, setDone] = useState<{ from: () => T; value: T } | null>(null);
  useEffect(() => {
    if (!compute) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        const start = performance.now();
        const value = compute();
        if (measure) performance.measure(measure, { start, end: performance.now() });
        setDone({ from: compute, value });
      }, SETTLE_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [compute, measure]);
  return { value: done?.value ?? null, pending: compute !== null && done?.from !== compute };
}
