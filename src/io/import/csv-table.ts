// One delimited table read into records of named fields with their places: the header row names the fields,
// each later row is a record. Cells past the header's width are kept under "column N" with a warning; a name the header
// repeats is read under a new name, with a warning.
import type { Problem } from '../../model';
import { detectDelimiter, parseCsv, type CsvRow, type Delimiter } from './csv-parse';
import type { Place } from './draft';
import type { Field } from './fields';
import { errorIn, warningIn, fileErrorIn } from '../problem';
import type { ByteOffsetOf } from './byte-offsets';
import { unguardedCell } from '../export';

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
    const line = this.row.lines[this.j];
    const column = this.row.columns[this.j];
    if (line === undefined || column === undefined)
      return { line: this.row.line, column: 1, path: this.name };
    const byte = this.row.byteAt?.(line, column);
    return { line, column, ...(byte !== undefined && { byte }), path: this.name };
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

/**
 * The header's names with every repeat renamed (`Name (2)`, `Name (3)`, …), told through `repeated` with 1-based
 * column numbers: a table read by name would otherwise keep only one of the two columns.
 */
export function distinctNames(
  names: readonly string[],
  repeated: (name: string, first: number, again: number, as: string) => void,
): string[] {
  const firstAt = new Map<string, number>();
  const taken = new Set(names);
  return names.map((name, j) => {
    const first = firstAt.get(name);
    if (first === undefined) {
      firstAt.set(name, j + 1);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    const as = `${name} (${n})`;
    taken.add(as);
    repeated(name, first, j + 1, as);
    return as;
  });
}

/** Where the header's `n`th (1-based) cell starts. */
function headerPlace(head: CsvRow, n: number): Place {
  const line = head.lines[n - 1] ?? head.line;
  const column = head.columns[n - 1] ?? n;
  const byte = head.columns[n - 1] === undefined ? undefined : head.byteAt?.(line, column);
  return { line, column, ...(byte !== undefined && { byte }) };
}

/** The table with the apostrophe Faultline's CSV export puts before formula-like text taken off every cell. */
export function withoutFormulaGuard(table: Table): Table {
  return {
    ...table,
    records: table.records.map((r) => ({
      line: r.line,
      values: r.values,
      fields: r.fields.map((f): Field => {
        const value = typeof f.value === 'string' ? unguardedCell(f.value) : f.value;
        return value === f.value
          ? f
          : {
              name: f.name,
              value,
              get place() {
                return f.place;
              },
            };
      }),
    })),
  };
}

/** The table in `text`; with `byteOffset` (the text was decoded from the file's bytes) cells know their byte. */
export function readTable(text: string, file: string, byteOffset?: ByteOffsetOf): TableResult {
  const delimiter = detectDelimiter(text);
  const parsed = parseCsv(text, delimiter, byteOffset);
  if (parsed.error) {
    const { line, column, byte, message } = parsed.error;
    return {
      ok: false,
      problems: [errorIn(file, message, { line, column, ...(byte !== undefined && { byte }) })],
    };
  }
  const [head, ...rows] = parsed.rows;
  if (!head) return { ok: false, problems: [fileErrorIn(file, 'the table is empty')] };
  const warnings: Problem[] = [];
  const header = distinctNames(
    head.cells.map((c, j) => c.trim() || `column ${j + 1}`),
    (name, first, again, as) =>
      warnings.push(
        warningIn(
          file,
          `the header names "${name}" twice (columns ${first} and ${again}); the second is read as "${as}", so neither is lost`,
          headerPlace(head, again),
        ),
      ),
  );
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
