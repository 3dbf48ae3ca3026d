// Timing helpers shared by benchmark modules: time one call, summarise samples, format milliseconds.
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** A full garbage collection, so that one phase's garbage is not collected during the next phase's timings. */
export function collectGarbage(): void {
  gc();
}

export interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
}

/** Milliseconds one call takes. */
export function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Milliseconds of CPU (user + system) one call takes: on a shared machine, wall time also counts the time other
 * processes held the cores. Includes V8's helper threads (parallel garbage collection), so it can exceed wall time.
 */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Nearest-rank percentiles of the samples (ms). */
export function summarise(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new RangeError('no samples to summarise');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return { n: sorted.length, median: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1]!, mean };
}

/** Milliseconds with three significant digits, e.g. 0.0123 ms, 1.23 ms, 1230 ms. */
export function formatMs(ms: number): string {
  if (ms >= 100) return `${Math.round(ms)} ms`;
  return `${Number(ms.toPrecision(3))} ms`;
}
