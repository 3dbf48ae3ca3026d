// The benchmarks `npm run bench` runs, in order. A module measures one concern and returns a markdown table
// for BENCHMARKS.md plus raw figures for bench/results/<name>-<date>.json. Add new modules here.
import { explorerBenchmark } from './explorer.bench';
import { exportBenchmark } from './export.bench';
import { imageExportBenchmark } from './image-export.bench';
import { importBenchmark } from './import.bench';
import { ingestBenchmark } from './ingest.bench';
import { modelBenchmark } from './model.bench';
import { openBenchmark } from './open.bench';
import { scaleBenchmark } from './scale.bench';

export interface BenchOptions {
  /** Smaller sizes and fewer repetitions: a smoke run, not figures to publish. */
  readonly quick: boolean;
  /** Progress lines go here (stderr), so stdout holds only the tables. */
  readonly log: (line: string) => void;
}

export interface BenchReport {
  readonly markdown: string;
  readonly raw: unknown;
}

export interface Benchmark {
  readonly name: string;
  readonly title: string;
  run(options: BenchOptions): Promise<BenchReport>;
}

export const BENCHMARKS: readonly Benchmark[] = [
  modelBenchmark,
  exportBenchmark,
  importBenchmark,
  explorerBenchmark,
  scaleBenchmark,
  imageExportBenchmark,
  ingestBenchmark,
  openBenchmark,
];
