// Runs the ingest queries in DuckDB (@duckdb/node-api, in memory) and gives their rows as plain values: the
// relations, the counts of rows left out, the bad rows (value problems from the query, and rows DuckDB's CSV
// reader refused, from its reject_errors table). The only file that touches DuckDB; the browser never loads it.
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

/** What the ingest is doing, and how far (0 to 1; null while DuckDB cannot say). */
export type OnIngestProgress = (phase: string, fraction: number | null) => void;

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
 * Reads `source` (duckdbSource's numbered rows) into a temporary table once, then runs the queries over it: one
 * scan of the files instead of three. `sql` must have been built with `from: ROWS_TABLE`.
 */
export async function runIngest(
  source: string,
  sql: IngestSql,
  onProgress?: OnIngestProgress,
): Promise<IngestRows> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const read = (phase: string, text: string) =>
      watched(con, phase, onProgress, async () => (await con.runAndReadAll(text)).getRowObjectsJS() as Row[]);
    await watched(con, 'reading the files', onProgress, () =>
      con.run(`CREATE TEMP TABLE ${ROWS_TABLE} AS SELECT * FROM ${source}`),
    );
    const relations = await read('folding events into relations', sql.relations);
    const counts = await read('counting what was left out', sql.counts);
    const rejected = await read('collecting bad rows', sql.rejected);
    // DuckDB logs a refused row once per missing or extra cell: one row per file and line.
    const unreadable = await read(
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
  }
}
