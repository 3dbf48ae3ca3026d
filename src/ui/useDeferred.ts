// Runs a computation off the frame's path: after the next paint and once its inputs have held still for a short
// while, so scrubbing and playing never wait for it; a change of inputs cancels the run that was pending. The last
// answer stays on screen (marked pending) until the new one is ready.
import { useEffect, useState } from 'react';

/** How long the inputs must hold still before the computation runs (a play tick or a drag moves on sooner). */
export const SETTLE_MS = 120;

export function useDeferred<T>(compute: (() => T) | null): { value: T | null; pending: boolean } {
  const [done, setDone] = useState<{ from: () => T; value: T } | null>(null);
  useEffect(() => {
    if (!compute) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setDone({ from: compute, value: compute() }), SETTLE_MS);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [compute]);
  return { value: done?.value ?? null, pending: compute !== null && done?.from !== compute };
}
