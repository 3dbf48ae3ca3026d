// Benchmark of the importers on synthetic datasets of 10k and 100k relations written by the exporters: readAny
// on the CSV tables (relations with an actors table), on the zip of all four tables, on the dynamic GEXF as
// Faultline writes it, and on the same GEXF as another tool's file (no Faultline creator: time from the edges'
// start/end days, the EDTF `when` kept as an attribute). Each figure is the whole import: decoding, parsing,
// type mapping, building and validating the dataset.
import type { Dataset } from '../src/model/dataset/schema';
import { csvTables, writeCsvZip } from '../src/io/export/csv';
import { writeGexf } from '../src/io/export/gexf';
import { readAnySync, type ImportResult } from '../src/io/import';
import type { Benchmark, BenchOptions } from './registry';
import { collectGarbage, cpuMs, formatMs, summarise, timeMs, type Stats } from './stats';
import { syntheticDataset } from './synthetic';

interface Case {
  readonly name: string;
  readonly bytes: number;
  readonly read: () => ImportResult;
}

interface CaseResult {
  readonly relations: number;
  readonly input: string;
  readonly bytes: number;
  readonly time: Stats;
  /** CPU time: on a shared machine, wall time also counts other processes' turns on the cores. */
  readonly cpu: Stats;
  readonly relationsRead: number;
  readonly rejected: number;
}

const ZIP_DATE = new Date('2000-01-01T00:00:00Z');

function cases(dataset: Dataset): Case[] {
  const tables = csvTables(dataset);
  const relationsCsv = tables['relations.csv'];
  const actors = { text: tables['actors.csv'], fileName: 'actors.csv' };
  const zip = writeCsvZip(dataset, { mtime: ZIP_DATE });
  const gexf = writeGexf(dataset);
  const foreignGexf = gexf.replace('<creator>Faultline</creator>', '<creator>Another tool</creator>');
  const size = (s: string) => Buffer.byteLength(s, 'utf8');
  return [
    {
      name: 'CSV (relations + actors tables)',
      bytes: size(relationsCsv) + size(actors.text),
      read: () => readAnySync(relationsCsv, 'relations.csv', { actorsTable: actors }),
    },
    { name: 'CSV zip (all four tables)', bytes: zip.byteLength, read: () => readAnySync(zip, 'export.zip') },
    { name: 'GEXF 1.3 dynamic (Faultline)', bytes: size(gexf), read: () => readAnySync(gexf, 'export.gexf') },
    {
      name: 'GEXF 1.3 dynamic (other tool)',
      bytes: size(foreignGexf),
      read: () => readAnySync(foreignGexf, 'other.gexf'),
    },
  ];
}

function measure(relations: number, options: BenchOptions): CaseResult[] {
  const dataset = syntheticDataset({ relations, seed: 11 });
  const runs = options.quick ? 1 : relations >= 100_000 ? 3 : 5;
  return cases(dataset).map((c) => {
    options.log(`${relations} relations: ${c.name}`);
    const first = c.read();
    // Another tool's file may hold relations the format refuses (an event over a whole year): those are the
    // rejected rows, and the valid part is what is read.
    const read = first.ok ? first.report : first.partial?.report;
    if (!read)
      throw new Error(`${c.name} did not load: ${first.ok ? '' : (first.problems[0]?.message ?? '')}`);
    collectGarbage();
    const samples = Array.from({ length: runs }, () => {
      let wall = 0;
      const cpu = cpuMs(() => (wall = timeMs(c.read)));
      return { wall, cpu };
    });
    const time = summarise(samples.map((x) => x.wall));
    const cpu = summarise(samples.map((x) => x.cpu));
    return {
      relations,
      input: c.name,
      bytes: c.bytes,
      time,
      cpu,
      relationsRead: read.counts.relations,
      rejected: first.ok ? 0 : (first.partial?.rejected.length ?? 0),
    };
  });
}

function table(results: readonly CaseResult[]): string {
  const head =
    '| relations | input | size | import, wall (median) | import, CPU (median) | relations read | rejected |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: |';
  const rows = results.map(
    (r) =>
      `| ${r.relations.toLocaleString('en')} | ${r.input} | ${(r.bytes / 1e6).toFixed(1)} MB | ${formatMs(r.time.median)} | ${formatMs(r.cpu.median)} | ${r.relationsRead.toLocaleString('en')} | ${r.rejected.toLocaleString('en')} |`,
  );
  return [head, ...rows].join('\n');
}

export const importBenchmark: Benchmark = {
  name: 'import',
  title: 'Data import (readAny on CSV, a CSV zip and dynamic GEXF)',
  run(options) {
    const sizes = options.quick ? [10_000] : [10_000, 100_000];
    const results = sizes.flatMap((n) => measure(n, options));
    return Promise.resolve({ markdown: table(results), raw: results });
  },
};
