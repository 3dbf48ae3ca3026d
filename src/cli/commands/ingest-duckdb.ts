// Runs the ingest queries in DuckDB (@duckdb/node-api, in memory) and gives their rows as plain values: the
// relations, the counts of rows left out, the bad rows (value problems from the query, and rows DuckDB's CSV
// reader refused, from its reject_errors table). The only file that touches DuckDB; the browser never loads it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { IngestSql } from '../../io/ingest';

export type Row = Record<string, unknown>;

export interface IngestRows {
  readonly relations: Row[];
  readonly counts: Row[];
  readonly rejected: Row[];
  /** Rows the CSV reader itself refused (wrong number of cells, an unclosed quote). */
  readonly unreadable: Row[];
}

/** The table the files are read into once, for the three queries to share. */
export const ROWS_TABLE = 'ingest_rows';

/** The column names of a Parquet file, from its schema (nothing of its rows is read). */
export async function parquetColumns(file: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const described = await con.runAndReadAll(
      `DESCRIBE SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`,
    );
    return described.getColumnsObjectJS().column_name?.map((name) => `${name as string}`) ?? [];
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}

/** What the ingest is doing, and how far (0 to 1; null while DuckDB cannot say). */
export type OnIngestProgress = (phase: string, fraction: number | null) => void;

/** Inputs larger than this are folded on one thread (see runIngest). */
export const ONE_THREAD_ABOVE_BYTES = 1024 ** 3;

/** How often DuckDB is asked how far the running query is. */
const POLL_MS = 100;

/**
 * Runs one statement while asking DuckDB, from the event loop, how far it is: the query itself runs on DuckDB's
 * threads, so the polling costs it nothing.
 */
async function watched<T>(
  con: DuckDBConnection,
  phase: string,
  onProgress: OnIngestProgress | undefined,
  run: () => Promise<T>,
): Promise<T> {
  onProgress?.(phase, null);
  if (!onProgress) return run();
  const timer = setInterval(() => {
    const p = con.progress.percentage;
    onProgress(phase, p >= 0 ? p / 100 : null);
  }, POLL_MS);
  try {
    return await run();
  } finally {
    clearInterval(timer);
  }
}

/**
 * Reads `source` (duckdbSource's numbered rows) into a table once, then runs the queries over it: one scan of the
 * files instead of three. `sql` must have been built with `from: ROWS_TABLE`. The table lives in a database file
 * in a temporary folder, and the queries may spill there: ten million ACLED rows (2.4 GB of CSV) held in memory
 * ran DuckDB out of its 80% of this machine's 24 GiB.
 */
export async function runIngest(
  source: string,
  sql: IngestSql,
  onProgress?: OnIngestProgress,
  inputBytes = 0,
): Promise<IngestRows> {
  const scratch = await mkdtemp(join(tmpdir(), 'faultline-ingest-'));
  const instance = await DuckDBInstance.create(join(scratch, 'ingest.duckdb'), {
    temp_directory: join(scratch, 'spill'),
    // The queries order what they give; the table's own order does not matter, and keeping it costs memory.
    preserve_insertion_order: 'false',
    // The query's ordered lists (event ids, evidence) cannot spill, and each thread keeps its own: ten million
    // ACLED rows ran out of 18.8 GiB on two threads and took 6 GiB on one (BENCHMARKS.md, event data ingest).
    ...(inputBytes > ONE_THREAD_ABOVE_BYTES && { threads: '1' }),
  });
  const con = await instance.connect();
  try {
    const read = (phase: string, text: string) =>
      watched(con, phase, onProgress, async () => (await con.runAndReadAll(text)).getRowObjectsJS() as Row[]);
    await watched(con, 'reading the files', onProgress, () =>
      con.run(`CREATE TABLE ${ROWS_TABLE} AS SELECT * FROM ${source}`),
    );
    const relations = await read('folding events into relations', sql.relations);
    const counts = await read('counting what was left out', sql.counts);
    const rejected = await read('collecting bad rows', sql.rejected);
    // DuckDB logs a refused row once per missing or extra cell: one row per file and line. Only read_csv keeps
    // the table: a run over Parquet files alone has none.
    const rejects = await con.runAndReadAll(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'reject_errors'`,
    );
    const csvRead = Number(rejects.getRowObjectsJS()[0]?.n ?? 0) > 0;
    const unreadable = !csvRead
      ? []
      : await read(
          'collecting unreadable rows',
          `SELECT s.file_path AS file, e.line AS line, min(e.column_idx) + 1 AS column_no,
         arg_min(e.column_name, e.column_idx) AS column_name, arg_min(e.error_message, e.column_idx) AS message,
         any_value(e.csv_line) AS csv_line
       FROM reject_errors AS e JOIN reject_scans AS s ON s.scan_id = e.scan_id AND s.file_id = e.file_id
       GROUP BY s.file_path, e.line ORDER BY s.file_path, e.line`,
        );
    return { relations, counts, rejected, unreadable };
  } finally {
    con.closeSync();
    instance.closeSync();
    await rm(scratch, { recursive: true, force: true });
  }
}
