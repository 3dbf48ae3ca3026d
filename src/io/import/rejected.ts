// The rows an import left out, as a CSV the user can open in a spreadsheet, fix and import again: the columns
// of the input in their order, then the line the row was on and what was wrong with it.
import { formatProblem } from '../../model';
import type { RejectedRow } from './result';

/** Spreadsheet programs run a cell that starts like a formula; such cells get a leading apostrophe. */
function defused(cell: string): string {
  return /^[=+@\t\r]|^-[^\d\s.]/.test(cell) ? `'${cell}` : cell;
}

function quoted(cell: string): string {
  const s = defused(cell);
  return /[",\r\n;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function rejectedToCsv(rejected: readonly RejectedRow[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const r of rejected) {
    for (const k of r.values.keys()) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
  }
  const header = [...columns, 'line', 'problem'];
  const lines = [header.map(quoted).join(',')];
  for (const r of rejected) {
    const problem = r.problems
      .map((p) => formatProblem({ ...p, file: undefined, line: undefined }))
      .join('; ');
    const cells = [
      ...columns.map((c) => r.values.get(c) ?? ''),
      r.line === undefined ? '' : String(r.line),
      problem,
    ];
    lines.push(cells.map(quoted).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
