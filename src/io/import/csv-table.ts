// One delimited table read into records of named fields with their places: the header row names the fields,
// each later row is a record. Cells past the header's width are kept under "column N" with a warning.
import type { Problem } from '../../model/dataset/problems';
import { detectDelimiter, parseCsv, type Delimiter } from './csv-parse';
import type { Field } from './fields';

export interface TableRecord {
  readonly line: number;
  readonly fields: Field[];
  /** The row as written, by column name, for the rejected-rows download. */
  readonly values: Map<string, string>;
}

export interface Table {
  readonly file: string;
  readonly delimiter: Delimiter;
  readonly header: readonly string[];
  readonly records: TableRecord[];
}

export type TableResult =
  | { readonly ok: true; readonly table: Table; readonly warnings: Problem[] }
  | {
      readonly ok: false;
      readonly problems: Problem[];
    };

export function readTable(text: string, file: string): TableResult {
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (parsed.error) {
    const { line, column, message } = parsed.error;
    return { ok: false, problems: [{ file, line, column, message, severity: 'error' }] };
  }
  const [head, ...rows] = parsed.rows;
  if (!head) return { ok: false, problems: [{ file, message: 'the table is empty', severity: 'error' }] };
  const header = head.cells.map((c, j) => c.trim() || `column ${j + 1}`);
  const warnings: Problem[] = [];
  const records = rows.map((row): TableRecord => {
    const fields: Field[] = [];
    const values = new Map<string, string>();
    row.cells.forEach((cell, j) => {
      const name = header[j] ?? `column ${j + 1}`;
      const place = { line: row.lines[j] ?? row.line, column: row.columns[j] ?? 1, path: name };
      fields.push({ name, value: cell, place });
      values.set(name, cell);
    });
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c.trim() !== '')) {
      warnings.push({
        file,
        line: row.line,
        message: `the row has ${row.cells.length} cells but the header names ${header.length} columns; the extra cells are kept as "column N"`,
        severity: 'warning',
      });
    }
    return { line: row.line, fields, values };
  });
  return { ok: true, table: { file, delimiter, header, records }, warnings };
}
