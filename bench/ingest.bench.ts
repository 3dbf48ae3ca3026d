// Benchmark of event data in: `faultline ingest` (DuckDB, one SQL query) on generated ACLED- and GDELT-shaped files
// of 10^5 and 10^6 rows (10^7 with FAULTLINE_BENCH_INGEST_MAX=7), folded per month, beside the in-app importer
// (the TypeScript readers and aggregation) where the file fits it (up to 200 MB, and time to wait). Each run is
// its own process, so the peak memory is the run's: wall time, peak resident memory, rows per second, relations.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_IMPORT_BYTES } from '../src/io/import';
import { acledCsv, gdeltTsv } from '../src/io/ingest/generate';
import type { Benchmark, BenchOptions } from './registry';

const CHUNK = 100_000;

async function generate(file: string, rows: number, make: typeof acledCsv): Promise<void> {
  const out = createWriteStream(file);
  for (let offset = 0; offset < rows; offset += CHUNK) {
    const text = make({ rows: Math.min(CHUNK, rows - offset), seed: 5 + offset, badEvery: 1000, offset });
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

interface Run {
  readonly status: number;
  readonly ms: number;
  readonly relations: number;
  readonly split: { readonly query: number; readonly dataset: number } | null;
  readonly maxRssKiB: number;
}

function child(args: readonly string[]): Run {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/ingest-child.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('{')) throw new Error(`ingest child failed: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(line) as Run;
}

interface Row {
  readonly shape: string;
  readonly rows: number;
  readonly bytes: number;
  readonly engine: string;
  readonly run: Run | null;
  readonly why?: string;
}

const fmt = (n: number) => n.toLocaleString('en');

export const ingestBenchmark: Benchmark = {
  name: 'ingest',
  title: 'Event data ingest',
  async run(options: BenchOptions) {
    const max = Number(process.env.FAULTLINE_BENCH_INGEST_MAX ?? 6);
    const sizes = options.quick ? [10_000] : [100_000, 1_000_000, 10_000_000].filter((n) => n <= 10 ** max);
    const dir = mkdtempSync(join(tmpdir(), 'faultline-bench-ingest-'));
    const results: Row[] = [];
    try {
      for (const [shape, format, make] of [
        ['ACLED', 'acled', acledCsv],
        ['GDELT 2.0', 'gdelt', gdeltTsv],
      ] as const) {
        for (const rows of sizes) {
          const file = join(dir, `${format}-${rows}.${format === 'gdelt' ? 'export.csv' : 'csv'}`);
          options.log(`${shape} ${fmt(rows)} rows: generating`);
          await generate(file, rows, make);
          const bytes = statSync(file).size;
          options.log(`${shape} ${fmt(rows)} rows (${(bytes / 1e6).toFixed(0)} MB): faultline ingest`);
          results.push({
            shape,
            rows,
            bytes,
            engine: 'faultline ingest (DuckDB)',
            run: child(['duckdb', file, format, 'month', join(dir, 'out.json')]),
          });
          const fits = bytes <= MAX_IMPORT_BYTES;
          if (fits) options.log(`${shape} ${fmt(rows)} rows: in-app importer`);
          results.push({
            shape,
            rows,
            bytes,
            engine: 'in-app importer (TypeScript)',
            run: fits ? child(['app', file, format, 'month']) : null,
            ...(fits
              ? {}
              : {
                  why: bytes > MAX_IMPORT_BYTES ? 'over the 200 MB import limit' : 'not run: minutes per run',
                }),
          });
          rmSync(file);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const lines = results.map((r) =>
      r.run
        ? `| ${r.shape} | ${fmt(r.rows)} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.engine} | ${(r.run.ms / 1000).toFixed(1)} s | ${r.run.split ? `${r.run.split.query.toFixed(1)} s / ${r.run.split.dataset.toFixed(1)} s` : '—'} | ${fmt(Math.round(r.run.maxRssKiB / 1024))} MiB | ${fmt(Math.round(r.rows / (r.run.ms / 1000)))} | ${fmt(r.run.relations)} |`
        : `| ${r.shape} | ${fmt(r.rows)} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.engine} | — | — | — | — | ${r.why ?? ''} |`,
    );
    const markdown = [
      '| file | rows | size | engine | time (wall) | query / dataset | peak memory | rows per second | relations (per month) |',
      '| --- | --: | --: | --- | --: | --: | --: | --: | --: |',
      ...lines,
    ].join('\n');
    return { markdown, raw: results };
  },
};
