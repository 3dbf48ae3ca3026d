// The shared core of the event-data readers: a delimited table with a header row (or, for GDELT, the format's
// own column list), split into rows whose cells keep their line and column, so a bad value is placed exactly.
// Comma-separated files are read with RFC 4180 quoting (csv-parse.ts); tab-separated event files carry no
// quoting (a " is text), so they are split on tabs alone, line by line.
import type { Problem } from '../../../model';
import { detectDelimiter, parseCsv, type CsvRow } from '../csv-parse';
import { errorIn, fileErrorIn } from '../../problem';

export interface TablePlace {
  readonly line: number;
  readonly column: number;
  readonly path: string;
}

/** One row, its cells by the header's names. */
export class EventRow {
  constructor(
    private readonly row: CsvRow,
    private readonly index: ReadonlyMap<string, number>,
    readonly header: readonly string[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** The cell under `name`, trimmed; '' when the row is short or the column absent. */
  get(name: string): string {
    const j = this.index.get(name);
    return j === undefined ? '' : (this.row.cells[j] ?? '').trim();
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** Where the cell under `name` starts (the row's start when the column is absent). */
  place(name: string): TablePlace {
    const j = this.index.get(name);
    const at = j === undefined ? -1 : j;
    return {
      line: this.row.lines[at] ?? this.row.line,
      column: this.row.columns[at] ?? 1,
      path: name,
    };
  }

  get width(): number {
    return this.row.cells.length;
  }

  /** The row as written, by column name, for the rejected-rows download. */
  values(): Map<string, string> {
    return new Map(this.row.cells.map((c, j) => [this.header[j] ?? `column ${j + 1}`, c]));
  }
}

/** Tab-separated text without quoting: each line a row, each tab a cell boundary. */
function splitTabs(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const l = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (l === '') continue;
    const cells = l.split('\t');
    const columns: number[] = [];
    let col = 1;
    for (const c of cells) {
      columns.push(col);
      col += c.length + 1;
    }
    rows.push({ cells, line, lines: cells.map(() => line), columns });
  }
  return rows;
}

export interface TableSpec {
  /** The format's columns for a file without a header row, by the row's width (GDELT 1.0 and 2.0). */
  readonly headerless?: (width: number) => readonly string[] | undefined;
  /** Columns a row cannot be read without; their absence refuses the file. */
  readonly required: readonly string[];
  /** The format's name, in the messages. */
  readonly label: string;
}

export type EventTable =
  | { readonly ok: true; readonly header: readonly string[]; readonly rows: EventRow[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** The first line of a text, for telling a format by its header. */
export function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return (end < 0 ? text : text.slice(0, end)).replace(/^\uFEFF/, '');
}

export function readEventTable(text: string, file: string, spec: TableSpec): EventTable {
  const head = firstLine(text);
  const tabbed = head.includes('\t');
  let rows: CsvRow[];
  if (tabbed) rows = splitTabs(text);
  else {
    const parsed = parseCsv(text, detectDelimiter(text));
    if (parsed.error) {
      const { line, column, message } = parsed.error;
      return { ok: false, problems: [errorIn(file, message, { line, column })] };
    }
    rows = parsed.rows;
  }
  const first = rows[0];
  if (!first) return { ok: false, problems: [fileErrorIn(file, `the file is empty: no ${spec.label} rows`)] };
  const fixed = spec.headerless?.(first.cells.length);
  const header = fixed ?? first.cells.map((c, j) => c.trim() || `column ${j + 1}`);
  const missing = spec.required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        errorIn(
          file,
          `this is not a ${spec.label} table: it lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')}`,
          { line: 1 },
        ),
      ],
    };
  }
  const index = new Map<string, number>();
  header.forEach((h, j) => {
    if (!index.has(h)) index.set(h, j);
  });
  const body = fixed ? rows : rows.slice(1);
  return { ok: true, header, rows: body.map((r) => new EventRow(r, index, header)) };
}
