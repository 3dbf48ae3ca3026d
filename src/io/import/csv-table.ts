// One delimited table read into records of named fields with their places: the header row names the fields,
// each later row is a record. Cells past the header's width are kept under "column N" with a warning.
import type { Problem } from '../../model/dataset/problems';
import { detectDelimiter, parseCsv, type CsvRow, type Delimiter } from './csv-parse';
import type { Place } from './draft';
import type { Field } from './fields';
import { errorIn, warningIn } from '../problem';

export interface TableRecord {
  readonly line: number;
  readonly fields: Field[];
  /** The row as written, by column name, for the rejected-rows download. */
  readonly values: ReadonlyMap<string, string>;
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

/** One cell as a field; its place is made only when a problem asks for it (a table has millions of cells). */
class Cell implements Field {
  constructor(
    readonly name: string,
    readonly value: string,
    private readonly row: CsvRow,
    private readonly j: number,
  ) {}

  get place(): Place {
    return {
      line: this.row.lines[this.j] ?? this.row.line,
      column: this.row.columns[this.j] ?? 1,
      path: this.name,
    };
  }
}

/** A row; its values by column name are made only for a rejected row's download. */
class Row implements TableRecord {
  readonly line: number;
  readonly fields: Field[];

  constructor(row: CsvRow, header: readonly string[]) {
    this.line = row.line;
    this.fields = row.cells.map((cell, j) => new Cell(header[j] ?? `column ${j + 1}`, cell, row, j));
  }

  get values(): Map<string, string> {
    return new Map(this.fields.map((f) => [f.name, String(f.value)]));
  }
}

export function readTable(text: string, file: string): TableResult {
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  if (parsed.error) {
    const { line, column, message } = parsed.error;
    return { ok: false, problems: [errorIn(file, message, { line, column })] };
  }
  const [head, ...rows] = parsed.rows;
  if (!head) return { ok: false, problems: [errorIn(file, 'the table is empty')] };
  const header = head.cells.map((c, j) => c.trim() || `column ${j + 1}`);
  const warnings: Problem[] = [];
  const records = rows.map((row): TableRecord => {
    if (row.cells.length > header.length && row.cells.slice(header.length).some((c) => c.trim() !== '')) {
      warnings.push(
        warningIn(
          file,
          `the row has ${row.cells.length} cells but the header names ${header.length} columns; the extra cells are kept as "column N"`,
          { line: row.line },
        ),
      );
    }
    return new Row(row, header);
  });
  return { ok: true, table: { file, delimiter, header, records }, warnings };
}
