// CSV text as spreadsheets and Kumu read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark (so Excel
// does not read the file as a legacy code page), and protection against formula injection: a cell that starts
// with = + - @ (or a tab or carriage return) is written with a leading apostrophe, which spreadsheets show as
// text instead of running it. Plain numbers such as -3 are left alone: they cannot be formulas.

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Whether `csvCell` puts an apostrophe before this text: a formula's start, after any apostrophes of the text's
 * own (so that taking one off on import gives back exactly the text, apostrophes and all).
 */
function guarded(s: string): boolean {
  const rest = s.replace(/^'+/, '');
  return FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest);
}

/** A cell of Faultline's own CSV as it was before `csvCell` made it inert: the apostrophe it added taken off. */
export function unguardedCell(s: string): string {
  return s.startsWith("'") && guarded(s) ? s.slice(1) : s;
}

/** One cell: made inert for spreadsheets, then quoted when it holds a delimiter, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === undefined || value === null) return '';
  let s = String(value);
  if (guarded(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole table with its header row, BOM first. */
export function csvTable(
  header: readonly string[],
  rows: Iterable<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
