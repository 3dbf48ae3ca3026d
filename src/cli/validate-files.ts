// Validates dataset files and says what it found, one line per problem and a summary per file, with the exit
// code the command gives. Shared by `npm run validate-data` and the `faultline validate` command.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../model';
import { parseDatasetJson } from '../model';
import { problemLine } from './problems';

export interface ValidateFilesOptions {
  /** False for data imported from formats without quotes: a relation without evidence is only a warning. */
  readonly requireEvidence?: boolean;
}

export interface ValidateFilesResult {
  readonly lines: readonly string[];
  /** 0 when every file is valid (warnings allowed), 1 when any file has an error. */
  readonly exitCode: 0 | 1;
}

/** The bundled datasets: graph-data/*.json of this project, in name order. */
export const GRAPH_DATA_DIR = fileURLToPath(new URL('../../graph-data/', import.meta.url));

export function bundledDataFiles(dir: string = GRAPH_DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** A path as the person at the terminal would type it: relative to where they are, when it is below it. */
export function shownPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Errors as the problem alone (each file's summary counts them); warnings marked as such. */
function lineOf(p: Problem): string {
  return p.severity === 'warning' ? problemLine(p) : formatProblem(p);
}

function validateFile(path: string, options: ValidateFilesOptions): { lines: string[]; ok: boolean } {
  const file = shownPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const reason = e instanceof Error && 'code' in e ? String(e.code) : String(e);
    return { lines: [`${file}: cannot be read (${reason})`], ok: false };
  }
  const result = parseDatasetJson(text, { file, ...options });
  if (!result.ok) {
    const errors = result.problems.filter((p) => p.severity === 'error').length;
    const warnings = result.problems.length - errors;
    const summary = [count(errors, 'error'), ...(warnings ? [count(warnings, 'warning')] : [])].join(', ');
    return { lines: [...result.problems.map(lineOf), `${file}: ${summary}`], ok: false };
  }
  const d = result.value;
  const counts = `${count(d.actors.length, 'actor')}, ${count(d.relations.length, 'relation')}, ${count(
    d.sources.length,
    'source',
  )}`;
  const warnings = result.warnings.length ? ` (${count(result.warnings.length, 'warning')})` : '';
  return { lines: [...result.warnings.map(lineOf), `${file}: ${counts}: ok${warnings}`], ok: true };
}

/** Validates each file in turn; every problem of every file is listed, not only the first. */
export function validateFiles(
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): ValidateFilesResult {
  const lines: string[] = [];
  let ok = true;
  for (const path of paths) {
    const report = validateFile(path, options);
    lines.push(...report.lines);
    ok &&= report.ok;
  }
  return { lines, exitCode: ok ? 0 : 1 };
}
