// Delimited text to rows, with the line and column where every cell starts, so each problem in a table can
// point at its cell. RFC 4180 quoting ("" inside quotes, line breaks inside quoted cells), any of \r\n, \n, \r
// as line ends; a stray quote inside an unquoted cell is kept as text, as spreadsheet programs do. The delimiter
// is detected from the first lines (comma, semicolon, tab, pipe; space only when none of those appears).

import type { ByteOffsetOf } from './byte-offsets';

export const DELIMITERS = [',', ';', '\t', '|', ' '] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRow {
  readonly cells: string[];
  /** 1-based line where the row starts. */
  readonly line: number;
  /** 1-based line and column where each cell starts (a quoted cell may span lines). */
  readonly lines: number[];
  readonly columns: number[];
  /** The byte offset in the file of a line and column of this table, when the file's bytes are known. */
  readonly byteAt?: ByteAt;
}

export type ByteAt = (line: number, column: number) => number;

export interface CsvError {
  readonly line: number;
  readonly column: number;
  readonly byte?: number;
  readonly message: string;
}

export interface CsvParsed {
  readonly rows: CsvRow[];
  readonly error?: CsvError;
}

/** Counts of each delimiter outside quotes, in each of the first `maxLines` lines. */
function countsPerLine(text: string, maxLines: number): Map<string, number>[] {
  const lines: Map<string, number>[] = [new Map<string, number>()];
  let quoted = false;
  for (let i = 0; i < text.length && lines.length <= maxLines; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      lines.push(new Map());
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) {
      const m = lines[lines.length - 1]!;
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  }
  return lines.filter((m, i) => i === 0 || m.size > 0);
}

export function detectDelimiter(text: string): Delimiter {
  const lines = countsPerLine(text, 6);
  const header = lines[0]!;
  let best: Delimiter | undefined;
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const n = header.get(d) ?? 0;
    if (n === 0 || (d === ' ' && best !== undefined)) continue;
    const consistent = lines.slice(1).filter((m) => (m.get(d) ?? 0) === n).length;
    const score = consistent * 1000 + n;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best ?? ',';
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * The rows of a table. With `byteOffset` (the text was decoded from bytes), every row can tell the byte offset of
 * a line and column of the table: from where each line started as this parse counted lines, so it is exact for
 * the places this parse gives, quoted cells over several lines included.
 */
export function parseCsv(text: string, delimiter: Delimiter, byteOffset?: ByteOffsetOf): CsvParsed {
  const rows: CsvRow[] = [];
  const d = delimiter.charCodeAt(0);
  const collapse = delimiter === ' ';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const lineStarts = [0];
  const byteAt: ByteAt | undefined = byteOffset && ((l, c) => byteOffset((lineStarts[l - 1] ?? 0) + c - 1));
  const n = text.length;
  while (i < n) {
    const cells: string[] = [];
    const columns: number[] = [];
    const lines: number[] = [];
    const rowLine = line;
    if (collapse) while (i < n && text.charCodeAt(i) === d) i++;
    for (;;) {
      columns.push(i - lineStart + 1);
      lines.push(line);
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        const openLine = line;
        const openColumn = i - lineStart + 1;
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            const message = `a quoted cell opened here is never closed (a " is missing)`;
            const byte = byteAt?.(openLine, openColumn);
            return { rows, error: { line: openLine, column: openColumn, byte, message } };
          }
          const chunk = text.slice(i, q);
          for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) {
            line++;
            lineStart = i + k + 1;
            lineStarts.push(lineStart);
          }
          cell += chunk;
          i = q + 1;
          if (text.charCodeAt(i) === QUOTE) {
            cell += '"';
            i++;
          } else break;
        }
      }
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      cell += text.slice(start, i);
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === d) {
        i++;
        if (collapse) while (i < n && text.charCodeAt(i) === d) i++;
        if (collapse && (i >= n || text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) break;
        continue;
      }
      break;
    }
    if (text.charCodeAt(i) === CR) i++;
    if (text.charCodeAt(i) === LF) i++;
    line++;
    lineStart = i;
    lineStarts.push(lineStart);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ cells, line: rowLine, lines, columns, byteAt });
  }
  return { rows };
}
