// Benchmark of the data exports on synthetic datasets of 1k, 10k and 100k relations: the time `writeAny` takes
// for each format, the size of what it writes, and the GEXF 1.3 rules checker over the GEXF it wrote. A view
// export (the snapshot at one date) is timed beside the whole-dataset export, as the explorer's menu runs both.
import { buildModel, DEFAULT_EVENT_MEMORY } from '../src/model';
import type { Dataset } from '../src/model/dataset/schema';
import { checkGexf } from '../src/io/export/gexf-rules';
import { EXPORT_FORMATS, writeAny, type ExportFormatId, type WriteOptions } from '../src/io/export';
import type { Benchmark, BenchOptions } from './registry';
import { collectGarbage, formatMs, summarise, timeMs, type Stats } from './stats';
import { syntheticDataset } from './synthetic';

interface FormatResult {
  readonly format: ExportFormatId;
  readonly whole: Stats;
  readonly view: Stats;
  readonly bytes: number;
  readonly viewEdges: number;
}

interface SizeResult {
  readonly relations: number;
  readonly formats: readonly FormatResult[];
  readonly gexfCheck: Stats;
}

/** A fixed file date for the zips (a zip can only hold 1980 to 2099). */
const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

const sizeOf = (bytes: Uint8Array | string): number =>
  typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.byteLength;

function repeat(runs: number, fn: () => unknown): Stats {
  collectGarbage();
  return summarise(Array.from({ length: runs }, () => timeMs(fn)));
}

function measureSize(relations: number, options: BenchOptions): SizeResult {
  const dataset: Dataset = syntheticDataset({ relations, seed: 7 });
  const runs = options.quick || relations >= 100_000 ? 2 : 5;
  // The view at the middle of the data, as the explorer would ask for it.
  const at = Date.UTC(2011, 5, 30);
  const edgeKeys = buildModel(dataset).index.query({ mode: 'snapshot', at, memory: DEFAULT_EVENT_MEMORY });
  const view: WriteOptions = { edgeKeys, mtime: ZIP_DATE };
  const formats = EXPORT_FORMATS.map((f): FormatResult => {
    options.log(`${relations} relations: ${f.id}`);
    const bytes = sizeOf(writeAny(dataset, f.id, { mtime: ZIP_DATE }).bytes);
    return {
      format: f.id,
      whole: repeat(runs, () => writeAny(dataset, f.id, { mtime: ZIP_DATE })),
      view: repeat(runs, () => writeAny(dataset, f.id, view)),
      bytes,
      viewEdges: edgeKeys.length,
    };
  });
  const gexf = writeAny(dataset, 'gexf').bytes as string;
  const gexfCheck = repeat(runs, () => checkGexf(gexf));
  return { relations, formats, gexfCheck };
}

function table(results: readonly SizeResult[]): string {
  const head =
    '| relations | format | whole dataset (median) | view (median) | size |\n| ---: | --- | ---: | ---: | ---: |';
  const rows = results.flatMap((r) => [
    ...r.formats.map(
      (f) =>
        `| ${r.relations.toLocaleString('en')} | ${f.format} | ${formatMs(f.whole.median)} | ${formatMs(f.view.median)} (${f.viewEdges} edges) | ${(f.bytes / 1e6).toFixed(2)} MB |`,
    ),
    `| ${r.relations.toLocaleString('en')} | GEXF rules check | ${formatMs(r.gexfCheck.median)} | | |`,
  ]);
  return [head, ...rows].join('\n');
}

export const exportBenchmark: Benchmark = {
  name: 'export',
  title: 'Data export (writeAny per format, GEXF rules check)',
  run(options) {
    const sizes = options.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
    const results = sizes.map((n) => measureSize(n, options));
    return Promise.resolve({ markdown: table(results), raw: results });
  },
};
