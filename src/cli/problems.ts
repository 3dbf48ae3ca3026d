// How the command line says what is wrong with a file: one line per problem, `error: file:line:column: …` or
// `warning: …`, errors first, long lists cut short; or, for scripts, each problem as JSON with its place as fields.
// Every command writes its input's problems through here.
import { formatProblem, type Problem } from '../model';
import type { CommandIo } from './args';

/** Problems shown before the rest are counted, unless the command is asked for all (`--all`). */
export const SHOWN_PROBLEMS = 50;

/** The same sentence about many records (100k relations without a quote) is shown this often, then counted. */
const SAME_MESSAGE = 3;

/** One problem as a line (without its newline): its severity, then the file, the place and what is wrong. */
export function problemLine(p: Problem): string {
  return `${p.severity}: ${formatProblem(p)}`;
}

/** Problems one per line, errors first; past `limit`, or past a few of one message, a count of the rest. */
export function printProblems(
  io: Pick<CommandIo, 'err'>,
  problems: readonly Problem[],
  limit = SHOWN_PROBLEMS,
): void {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const seen = new Map<string, number>();
  let shown = 0;
  for (const p of sorted) {
    const n = (seen.get(p.message) ?? 0) + 1;
    seen.set(p.message, n);
    if (shown >= limit || (limit !== Infinity && n > SAME_MESSAGE)) continue;
    io.err(`${problemLine(p)}\n`);
    shown++;
  }
  if (sorted.length > shown) {
    const common = [...seen].filter(([, n]) => n > SAME_MESSAGE).map(([m, n]) => `${n} × "${m}"`);
    const detail = common.length > 0 ? `, among them ${common.join(', ')}` : '';
    io.err(`… and ${sorted.length - shown} more${detail} (--all lists every one)\n`);
  }
}

/** A problem as JSON for scripts: its severity, every part of its place that it has, and its sentence. */
export interface ProblemJson {
  readonly severity: Problem['severity'];
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly byte?: number;
  readonly path?: string;
  readonly record?: Problem['record'];
  readonly scope?: Problem['scope'];
  readonly message: string;
}

/** The same fields in the same order for every problem, the absent ones left out. */
export function problemJson(p: Problem): ProblemJson {
  return {
    severity: p.severity,
    ...(p.file !== undefined && { file: p.file }),
    ...(p.line !== undefined && { line: p.line }),
    ...(p.column !== undefined && { column: p.column }),
    ...(p.byte !== undefined && { byte: p.byte }),
    ...(p.path !== undefined && { path: p.path }),
    ...(p.record !== undefined && { record: p.record }),
    ...(p.scope !== undefined && { scope: p.scope }),
    message: p.message,
  };
}
