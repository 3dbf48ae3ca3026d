// One ingest measured in its own process, so its peak memory (DuckDB's native memory included) is its own:
// `node --import tsx bench/ingest-child.ts duckdb|app <file> <format> <window> <output>`; prints one JSON line.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { main } from '../src/cli/main';
import { readAnySync } from '../src/io/import';
import { parseWindow } from '../src/model/events/window';

const [mode, file = '', format = '', window = 'month', output = ''] = process.argv.slice(2);
const started = performance.now();
let relations = 0;
let status = 0;
/** Seconds in DuckDB's query and in building and writing the dataset, as ingest reports them. */
let split: { query: number; dataset: number } | null = null;
if (mode === 'duckdb') {
  let err = '';
  status = await main(['ingest', file, '--format', format, '--window', window, '-o', output], {
    out: () => undefined,
    err: (t) => (err += t),
  });
  const m = /into ([\d,]+) relations/.exec(err);
  relations = m ? Number(m[1]!.replace(/,/g, '')) : -1;
  const t = /query ([\d.]+) s, dataset ([\d.]+) s/.exec(err);
  if (t) split = { query: Number(t[1]), dataset: Number(t[2]) };
  if (status !== 0) process.stderr.write(err);
} else {
  const result = readAnySync(readFileSync(file), basename(file), { events: { window: parseWindow(window) } });
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  relations = dataset?.relations.length ?? -1;
  if (!dataset) status = 1;
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ status, ms, relations, split, maxRssKiB: process.resourceUsage().maxRSS })}\n`,
);
