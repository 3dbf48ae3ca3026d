// Runs the ingest queries in DuckDB (@duckdb/node-api, in memory) and gives their rows as plain values: the
// relations, the counts of rows left out, the bad rows (value problems from the query, and rows DuckDB's CSV
// reader refused, from its reject_errors table). The only file that touches DuckDB; the browser never loads it.
import { DuckDBInstance } from '@duckdb/node-api';
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

/**
 * Reads `source` (duckdbSource's numbered rows) into a temporary table once, then runs the queries over it: one
 * scan of the files instead of three. `sql` must have been built with `from: ROWS_TABLE`.
 */
export async function runIngest(source: string, sql: IngestSql): Promise<IngestRows> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    const read = async (text: string) => (await con.runAndReadAll(text)).getRowObjectsJS() as Row[];
    await con.run(`CREATE TEMP TABLE ${ROWS_TABLE} AS SELECT * FROM ${source}`);
    const relations = await read(sql.relations);
    const counts = await read(sql.counts);
    const rejected = await read(sql.rejected);
    // DuckDB logs a refused row once per missing or extra cell: one row per file and line.
    const unreadable = await read(
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
