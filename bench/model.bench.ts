// Benchmark of the model's time index on synthetic datasets of 10k, 100k and 1M relations over 30 years: a full
// snapshot query, a one-day and a 30-day slider step by diff (LiveSet.moveTo), and a random jump, each beside the
// brute-force linear scan of the same run (a filter over every edge, src/model/time/linear-scan.ts: what a
// rescan without the index costs), plus building the model (dates parsed). Checks the targets.
import {
  buildModel,
  DAY_MS,
  DEFAULT_EVENT_MEMORY,
  LiveSet,
  linearScan,
  type Model,
  type ViewSpec,
} from '../src/model';
import type { Benchmark, BenchOptions } from './registry';
import { collectGarbage, cpuMs, formatMs, summarise, timeMs, type Stats } from './stats';
import { seededRandom } from '../src/model/random';
import { syntheticDataset } from './synthetic';

interface SizeResult {
  readonly relations: number;
  readonly edges: number;
  readonly meanLive: number;
  readonly build: Stats;
  /** CPU time of the same builds. */
  readonly buildCpu: Stats;
  readonly query: Stats;
  readonly step1: Stats;
  readonly step30: Stats;
  readonly jump: Stats;
  readonly linear: Stats;
  readonly meanChange: { readonly step1: number; readonly step30: number; readonly jump: number };
}

const snapshot = (at: number): ViewSpec => ({ mode: 'snapshot', at, memory: DEFAULT_EVENT_MEMORY });

/**
 * From each start, moves a live set `steps` times by `next`, timing each move; returns the times and the mean
 * number of edges changed. The first start's moves are run once untimed, so the timed ones run compiled code.
 */
function timeMoves(model: Model, starts: readonly number[], next: (at: number) => number, steps: number) {
  const warm = new LiveSet(model.index, snapshot(starts[0]!));
  for (let i = 0, at = starts[0]!; i < steps; i++) warm.moveTo(snapshot((at = next(at))));
  collectGarbage();
  const samples: number[] = [];
  let changed = 0;
  for (const start of starts) {
    const live = new LiveSet(model.index, snapshot(start));
    let at = start;
    for (let i = 0; i < steps; i++) {
      at = next(at);
      const view = snapshot(at);
      let size = 0;
      samples.push(
        timeMs(() => {
          const d = live.moveTo(view);
          size = d.added.length + d.removed.length;
        }),
      );
      changed += size;
    }
  }
  return { samples, meanChange: changed / samples.length };
}

function measureSize(relations: number, options: BenchOptions): SizeResult {
  const { quick, log } = options;
  const big = relations >= 1_000_000;
  log(`${relations} relations: generating`);
  const dataset = syntheticDataset({ relations, seed: 20260301 });
  const buildSamples: number[] = [];
  const buildCpu: number[] = [];
  let model: Model | null = null;
  for (let i = 0; i < (big || quick ? 1 : 5); i++)
    buildCpu.push(cpuMs(() => buildSamples.push(timeMs(() => (model = buildModel(dataset))))));
  const m = model!;
  log(`${relations} relations: built ${m.edges.length} edges in ${formatMs(buildSamples[0]!)}`);

  const random = seededRandom(relations);
  const { start, end } = m.extent!;
  const randomInstant = (): number => start + random() * (end - start);
  const instants = (n: number): number[] => Array.from({ length: n }, randomInstant);

  // Warm-up, and a check that the index answers what the scan answers, so fast figures are right figures.
  for (const t of instants(20)) {
    const [a, b] = [m.index.query(snapshot(t)).sort(), linearScan(m.edges, snapshot(t)).sort()];
    if (a.length !== b.length || a.some((k, i) => k !== b[i]))
      throw new Error(`index and scan disagree at ${t}`);
  }

  collectGarbage();
  const linearRuns = quick ? 10 : big ? 40 : 200;
  const linear = instants(linearRuns).map((t) => timeMs(() => linearScan(m.edges, snapshot(t))));
  log(`${relations} relations: linear scan done`);
  collectGarbage();
  let live = 0;
  const queryTimes = instants(quick ? 100 : 1000).map((t) =>
    timeMs(() => {
      live += m.index.query(snapshot(t)).length;
    }),
  );
  const starts = instants(quick ? 3 : 20);
  const step1 = timeMoves(m, starts, (at) => at + DAY_MS, quick ? 30 : 100);
  const step30 = timeMoves(m, starts, (at) => at + 30 * DAY_MS, quick ? 10 : 30);
  const jump = timeMoves(m, starts.slice(0, 1), () => randomInstant(), quick ? 50 : 500);
  log(`${relations} relations: index done`);

  return {
    relations,
    edges: m.edges.length,
    meanLive: live / queryTimes.length,
    build: summarise(buildSamples),
    buildCpu: summarise(buildCpu),
    query: summarise(queryTimes),
    step1: summarise(step1.samples),
    step30: summarise(step30.samples),
    jump: summarise(jump.samples),
    linear: summarise(linear),
    meanChange: { step1: step1.meanChange, step30: step30.meanChange, jump: jump.meanChange },
  };
}

const compact = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : `${n}`);
const ratio = (linear: Stats, index: Stats): string => `${Math.round(linear.median / index.median)}×`;

function table(results: readonly SizeResult[]): string {
  const lines = [
    '| relations (edges) | operation | index median | index p95 | linear scan median | linear scan p95 | linear ÷ index |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const size = `${compact(r.relations)} (${r.edges})`;
    const row = (op: string, s: Stats): string =>
      `| ${size} | ${op} | ${formatMs(s.median)} | ${formatMs(s.p95)} | ${formatMs(r.linear.median)} | ${formatMs(r.linear.p95)} | ${ratio(r.linear, s)} |`;
    lines.push(
      `| ${size} | build model, dates parsed (n=${r.build.n}; CPU time median ${formatMs(r.buildCpu.median)}) | ${formatMs(r.build.median)} | ${formatMs(r.build.p95)} | | | |`,
    );
    lines.push(row(`full snapshot query (${Math.round(r.meanLive)} live on average)`, r.query));
    lines.push(row(`one-day step by diff (${r.meanChange.step1.toFixed(1)} edges change)`, r.step1));
    lines.push(row(`30-day step by diff (${r.meanChange.step30.toFixed(0)} edges change)`, r.step30));
    lines.push(row(`random jump (${r.meanChange.jump.toFixed(0)} edges change)`, r.jump));
  }
  return lines.join('\n');
}

function targets(results: readonly SizeResult[]): string {
  const at = (n: number): SizeResult | undefined => results.find((r) => r.relations === n);
  const checks: string[] = [];
  const check = (ok: boolean, text: string): void =>
    void checks.push(`- ${ok ? 'met' : '**missed**'}: ${text}`);
  const m1 = at(1_000_000);
  if (m1) {
    check(
      m1.step1.median <= 0.2,
      `one-day step at 1M ≤ 0.2 ms (median ${formatMs(m1.step1.median)}, p95 ${formatMs(m1.step1.p95)})`,
    );
    check(
      m1.linear.median / m1.step1.median >= 30,
      `one-day step at 1M ≥ 30× faster than the linear scan (${ratio(m1.linear, m1.step1)})`,
    );
  }
  for (const r of results) {
    // p95, not the maximum: a collection of the whole heap can land in any one sample, scans included.
    check(
      r.jump.p95 <= r.linear.median,
      `random jump at ${compact(r.relations)} not slower than a rescan (p95 ${formatMs(r.jump.p95)}, linear scan median ${formatMs(r.linear.median)}; slowest jump ${formatMs(r.jump.max)})`,
    );
  }
  const k100 = at(100_000);
  if (k100) {
    check(
      k100.query.median <= 0.3,
      `full query at 100k ≤ 0.3 ms (median ${formatMs(k100.query.median)}, p95 ${formatMs(k100.query.p95)})`,
    );
    check(
      k100.build.median <= 1500,
      `building the model from 100k relations ≤ 1.5 s (median ${formatMs(k100.build.median)}, CPU time ${formatMs(k100.buildCpu.median)})`,
    );
  }
  return checks.join('\n');
}

export const modelBenchmark: Benchmark = {
  name: 'model',
  title: 'Model (time index)',
  run(options) {
    const sizes = options.quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
    const results = sizes.map((n) => measureSize(n, options));
    const markdown = `${table(results)}\n\nTargets:\n${targets(results)}`;
    return Promise.resolve({ markdown, raw: results });
  },
};
