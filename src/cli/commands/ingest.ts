// `faultline ingest <files…> --format F [--window W] -o dataset.json`: event data too large for the app, parsed,
// mapped and folded into relations by one SQL query in DuckDB (src/io/ingest), with filters; bad rows counted and
// written aside; `--print-sql` prints the query for DuckDB, BigQuery or ClickHouse instead of running it.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { RELATION_TYPES } from '../../model';
import type { MappingOverride } from '../../model';
import { WindowError, parseWindow, type EventWindow } from '../../model';
import { parseIsoDay } from '../../model';
import {
  DIALECT,
  DIALECTS,
  INGEST_FORMATS,
  buildIngestSql,
  duckdbSource,
  eventDataset,
  gdeltColumns,
  newEventDraft,
  rejectedToCsv,
  isParquet,
  stageOf,
  writeAny,
  type DialectName,
  type IngestFilters,
  type IngestFormat,
} from '../../io';
import { CommandFailure, PROCESS_IO, UsageError, parse, runCommand, type CommandIo } from '../args';
import { printProblems } from '../problems';
import { parquetColumns, ROWS_TABLE, runIngest } from './ingest-duckdb';
import { columnsOf } from './ingest-files';
import { rejectedOf, relationOfRow } from './ingest-rows';
import { ProgressBar } from '../progress';

export const INGEST_USAGE = `Usage: faultline ingest <files…> --format ${INGEST_FORMATS.join('|')} -o dataset.json [options]
       faultline ingest [files…] --format F --print-sql [--dialect ${DIALECTS.join('|')}] [--table NAME]

Reads event files (ACLED, UCDP GED, GDELT, ICEWS, POLECAT; CSV or TSV as each ships, or Parquet by the .parquet
extension) with DuckDB and folds their events into relations
in one SQL query: the mapping and the aggregation of docs/event-data.md.

--window W          day, week, month (the default), quarter, year, or runs:N (events at most N days apart)
--no-aggregate      one relation per event
--max-evidence N    evidence items kept per relation (3)
--country C         only events in this country, as the file writes it (repeat, or C1,C2)
--actors NAME       only events with this actor on either side (repeat)
--from DAY, --to DAY  only events from / to this day (YYYY-MM-DD), both included
--min-events N      leave out relations of fewer events
--map FILE          a JSON object over the mapping: {"cameo:01": "talks", "acled:battles": null}
--keep-context C    keep POLECAT events of this context (hypothetical, negation), left out by default
--print-sql         print the query instead of running it; --dialect duckdb (the default), bigquery or
                    clickhouse; --table the table it reads for BigQuery and ClickHouse
-o, --output FILE   the dataset (Faultline JSON); bad rows go to FILE.rejected.csv

Exit status: 0 written, 1 a file cannot be read or nothing loads, 2 the command line is wrong.`;

const mapFileSchema = z.record(
  z.string().regex(/^(cameo|plover|acled|ucdp):.+$/, { message: 'keys are scheme:code, e.g. "cameo:01"' }),
  z.enum(RELATION_TYPES).nullable(),
);

async function mappingOf(file: string | undefined): Promise<MappingOverride | undefined> {
  if (file === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    if (e instanceof SyntaxError) throw new CommandFailure(`${file}: not JSON: ${e.message}`);
    throw e;
  }
  const parsed = mapFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CommandFailure(`${file}: ${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`);
  }
  return new Map(Object.entries(parsed.data).map(([k, v]) => [k.toLowerCase(), v]));
}

function dayArg(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (parseIsoDay(value) === null) throw new UsageError(`--${flag} wants a day, YYYY-MM-DD: "${value}"`);
  return value;
}

function countArg(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min)
    throw new UsageError(`--${flag} wants a whole number from ${min}: "${value}"`);
  return n;
}

interface Parsed {
  readonly format: IngestFormat;
  readonly window: EventWindow;
  readonly filters: IngestFilters;
}

function formatArg(value: string | undefined): IngestFormat {
  if (value === undefined) throw new UsageError(`give --format ${INGEST_FORMATS.join('|')}`);
  if (!(INGEST_FORMATS as readonly string[]).includes(value))
    throw new UsageError(`--format ${value}: the formats are ${INGEST_FORMATS.join(', ')}`);
  return value as IngestFormat;
}

export async function runIngestCommand(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runCommand(io, 'ingest', INGEST_USAGE, async () => {
    const { values, positionals: files } = parse(argv, {
      format: { type: 'string' },
      window: { type: 'string' },
      'no-aggregate': { type: 'boolean' },
      'max-evidence': { type: 'string' },
      country: { type: 'string', multiple: true },
      actors: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      'min-events': { type: 'string' },
      map: { type: 'string' },
      'keep-context': { type: 'string', multiple: true },
      'print-sql': { type: 'boolean' },
      dialect: { type: 'string' },
      table: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      io.out(`${INGEST_USAGE}\n`);
      return 0;
    }
    const format = formatArg(values.format);
    let window: EventWindow;
    try {
      window = parseWindow(values.window ?? 'month');
    } catch (e) {
      if (e instanceof WindowError) throw new UsageError(`--window: ${e.message}`);
      throw e;
    }
    const filters: IngestFilters = {
      countries: (values.country ?? [])
        .flatMap((c) => c.split(','))
        .map((c) => c.trim())
        .filter(Boolean),
      actors: values.actors ?? [],
      ...(values.from !== undefined ? { from: dayArg('from', values.from) } : {}),
      ...(values.to !== undefined ? { to: dayArg('to', values.to) } : {}),
      ...(values['min-events'] !== undefined
        ? { minEvents: countArg('min-events', values['min-events'], 1) }
        : {}),
    };
    const parsed: Parsed = { format, window, filters };
    const dialect = (values.dialect ?? 'duckdb') as DialectName;
    if (!(DIALECTS as readonly string[]).includes(dialect))
      throw new UsageError(`--dialect ${dialect}: the dialects are ${DIALECTS.join(', ')}`);
    const mapping = await mappingOf(values.map);
    const maxEvidence = countArg('max-evidence', values['max-evidence'], 0);
    const common = {
      format,
      window: parsed.window,
      filters: parsed.filters,
      ...(values['no-aggregate'] ? { noAggregate: true } : {}),
      ...(maxEvidence !== undefined ? { maxEvidence } : {}),
      ...(mapping ? { mapping } : {}),
      keepContexts: values['keep-context'] ?? [],
    };
    const stage = stageOf(format, DIALECT.duckdb);
    if (values['print-sql']) {
      const from =
        dialect === 'duckdb'
          ? duckdbSource(
              files.length > 0 ? files : [`events.${stage.tabSeparated ? 'tsv' : 'csv'}`],
              stage,
              format === 'gdelt' ? gdeltColumns(true, true) : undefined,
            )
          : (values.table ??
            (dialect === 'bigquery' && format === 'gdelt' ? '`gdelt-bq.gdeltv2.events`' : 'events'));
      io.out(
        `${buildIngestSql({ ...common, dialect, from, headerLines: format === 'gdelt' ? 0 : 1 }).relations};\n`,
      );
      return 0;
    }
    if (dialect !== 'duckdb') throw new UsageError('--dialect is for --print-sql: ingest runs DuckDB here');
    if (files.length === 0) throw new UsageError('give the event files to read');
    const output = values.output;
    if (output === undefined) throw new UsageError('give the dataset to write with -o FILE');
    const names = await columnsOf(
      format,
      files.filter((f) => !isParquet(f)),
    );
    await checkParquet(format, files.filter(isParquet));
    const sql = buildIngestSql({
      ...common,
      dialect: 'duckdb',
      from: ROWS_TABLE,
      headerLines: format === 'gdelt' ? 0 : 1,
    });
    const started = Date.now();
    const headerLines = format === 'gdelt' ? 0 : 1;
    const bar = new ProgressBar(io.progress);
    let inputBytes = 0;
    for (const f of files) inputBytes += (await stat(f)).size;
    let rows: Awaited<ReturnType<typeof runIngest>>;
    try {
      rows = await runIngest(
        duckdbSource(files, stage, names, headerLines),
        sql,
        (phase, fraction) => bar.update(phase, fraction),
        inputBytes,
      );
    } catch (e) {
      bar.done();
      // DuckDB's own refusals (out of memory, a file it cannot read) end the command with its words, not a trace.
      throw new CommandFailure(
        `${files.join(', ')}: DuckDB could not finish the ingest: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    }
    bar.done();
    const queried = Date.now();
    const counted: string[] = [];
    const unmapped = new Map<string, number>();
    let selfPairs = 0;
    let bad = 0;
    for (const c of rows.counts) {
      const n = Number(c.n);
      if (n === 0) continue;
      if (c.kind === 'skip')
        counted.push(`${n.toLocaleString('en')} ${n === 1 ? 'row' : 'rows'} left out: ${String(c.what)}`);
      else if (c.kind === 'unmapped') unmapped.set(String(c.what), n);
      else if (c.kind === 'self') selfPairs = n;
      else if (c.kind === 'bad') bad = n;
    }
    const relations = rows.relations.map(relationOfRow);
    const label = { acled: 'ACLED', ucdp: 'UCDP GED', gdelt: 'GDELT', icews: 'ICEWS', polecat: 'POLECAT' }[
      format
    ];
    const file =
      files.length === 1 ? basename(files[0]!) : `${basename(files[0]!)} and ${files.length - 1} more`;
    const result = eventDataset(
      newEventDraft(format, label, file),
      {
        label,
        relations,
        counted,
        unmapped,
        selfPairs,
        scheme: stage.scheme,
        noAggregate: values['no-aggregate'] ?? false,
      },
      { fileName: file },
    );
    const dataset = result.ok ? result.dataset : result.partial?.dataset;
    printProblems(io, result.ok ? result.warnings : result.problems, 10);
    if (!dataset) {
      io.err(`${file}: no relations could be made; nothing written\n`);
      return 1;
    }
    const rejected = rejectedOf(rows.rejected, rows.unreadable);
    if (rejected.length > 0) {
      printProblems(
        io,
        rejected.flatMap((r) => r.problems),
        10,
      );
      await writeFile(`${output}.rejected.csv`, rejectedToCsv(rejected));
      io.err(`${rejected.length} bad rows written to ${output}.rejected.csv\n`);
    }
    await writeFile(output, writeAny(dataset, 'json', { fileStem: dataset.id }).bytes);
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    const done = Date.now();
    io.err(
      `read ${relations.reduce((s, r) => s + r.count, 0).toLocaleString('en')} events into ${dataset.relations.length.toLocaleString('en')} relations between ${dataset.actors.length.toLocaleString('en')} actors in ${seconds(done - started)} s (query ${seconds(queried - started)} s, dataset ${seconds(done - queried)} s; ${(bad + rows.unreadable.length).toLocaleString('en')} bad rows); wrote ${output}\n`,
    );
    return 0;
  });
}

/** Refuses a Parquet file that lacks a column its format's query reads, naming the file and the columns. */
async function checkParquet(format: IngestFormat, files: readonly string[]): Promise<void> {
  const wanted = stageOf(format, DIALECT.duckdb).columns;
  for (const file of files) {
    const have = new Set(await parquetColumns(file));
    const missing = wanted.filter((c) => !have.has(c));
    if (missing.length > 0)
      throw new CommandFailure(
        `${file}: not a ${format} file: its columns lack ${missing.map((m) => `"${m}"`).join(', ')}`,
      );
  }
}

export const ingestCommand = {
  name: 'ingest',
  summary: 'fold event data (ACLED, UCDP GED, GDELT, ICEWS, POLECAT) into relations with DuckDB',
  usage: INGEST_USAGE,
  run: runIngestCommand,
} as const;
