// `faultline validate <file> [--actors FILE] [--strict] [--all]`: reads a dataset or a foreign file (CSV, GEXF,
// GraphML, Cytoscape) through the importers and says whether it loads: every problem with its place, then a
// summary. Exit 0 when it loads (warnings allowed), 1 when it does not, 2 on a usage error. Also the shared way
// the info and convert commands read their input.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem, type Problem } from '../../model/dataset/problems';
import { readAnySync, type ImportOptions, type ImportResult } from '../../io/import';
import type { CommandIo } from './export';

export const PROCESS_IO: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Wrong arguments: said with the usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The options every reading command takes. */
export const INPUT_OPTIONS = {
  actors: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export const INPUT_HELP = `--actors FILE  the actors table that goes with a CSV relations table
--strict       a relation without a quote is an error, not a warning (curated datasets)`;

async function readOrUsage(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code || String(e)})`,
    );
  }
}

/** Reads a user's file (and its actors table) through readAny. */
export async function readInput(
  path: string,
  values: { actors?: string | undefined; strict?: boolean | undefined },
  extra: ImportOptions = {},
): Promise<ImportResult> {
  const bytes = await readOrUsage(path);
  const options: ImportOptions = { ...extra, requireEvidence: values.strict ?? false };
  if (values.actors !== undefined) {
    const actors = new TextDecoder().decode(await readOrUsage(values.actors));
    return readAnySync(bytes, basename(path), {
      ...options,
      actorsTable: { text: actors, fileName: basename(values.actors) },
    });
  }
  return readAnySync(bytes, basename(path), options);
}

const SHOWN = 50;

/** The same sentence about many records (100k relations without a quote) is shown this often, then counted. */
const SAME_MESSAGE = 3;

/** Problems one per line, errors first; past `limit`, or past a few of one message, a count of the rest. */
export function printProblems(io: CommandIo, problems: readonly Problem[], limit = SHOWN): void {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const seen = new Map<string, number>();
  let shown = 0;
  for (const p of sorted) {
    const n = (seen.get(p.message) ?? 0) + 1;
    seen.set(p.message, n);
    if (shown >= limit || (limit !== Infinity && n > SAME_MESSAGE)) continue;
    io.err(`${p.severity}: ${formatProblem(p)}\n`);
    shown++;
  }
  if (sorted.length > shown) {
    const common = [...seen].filter(([, n]) => n > SAME_MESSAGE).map(([m, n]) => `${n} × "${m}"`);
    const detail = common.length > 0 ? `, among them ${common.join(', ')}` : '';
    io.err(`… and ${sorted.length - shown} more${detail} (--all lists every one)\n`);
  }
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** Runs a command body; usage errors print the usage and give 2. */
export async function withUsage(
  io: CommandIo,
  command: string,
  usage: string,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`faultline ${command}: ${e.message}\n\n${usage}\n`);
    return 2;
  }
}

/** Parses a command's arguments; a parse failure is a UsageError. */
export function parse<O extends ParseArgsConfig['options']>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

export const VALIDATE_USAGE = `Usage: faultline validate <file> [--actors FILE] [--strict] [--all]

Reads a Faultline dataset (.json) or a file from another tool (.csv, .zip of CSV tables, .gexf, .graphml,
.cyjs) and tells whether it loads, listing every problem with its place.
${INPUT_HELP}
--all          list every problem (by default the first ${SHOWN})

Exit status: 0 it loads (warnings allowed), 1 it does not, 2 the command line is wrong.`;

export async function runValidate(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return withUsage(io, 'validate', VALIDATE_USAGE, async () => {
    const { values, positionals } = parse(argv, { ...INPUT_OPTIONS, all: { type: 'boolean' } });
    if (values.help) {
      io.out(`${VALIDATE_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one file');
    const file = positionals[0]!;
    const result = await readInput(file, values);
    const limit = values.all ? Infinity : SHOWN;
    if (!result.ok) {
      printProblems(io, result.problems, limit);
      const errors = result.problems.filter((p) => p.severity === 'error').length;
      const valid = result.partial
        ? `; the valid part has ${count(result.partial.dataset.actors.length, 'actor')} and ${count(result.partial.dataset.relations.length, 'relation')} (${count(result.partial.rejected.length, 'record')} left out)`
        : '';
      io.out(`${basename(file)}: does not load: ${count(errors, 'error')}${valid}\n`);
      return 1;
    }
    printProblems(io, result.warnings, limit);
    const { actors, relations, sources } = result.report.counts;
    const warnings = result.warnings.length > 0 ? ` (${count(result.warnings.length, 'warning')})` : '';
    io.out(
      `${basename(file)}: ok: ${result.report.format}, ${count(actors, 'actor')}, ${count(relations, 'relation')}, ${count(sources, 'source')}${warnings}\n`,
    );
    return 0;
  });
}

export const validateCommand = {
  name: 'validate',
  summary:
    'check that a dataset or a CSV, GEXF, GraphML or Cytoscape file loads, with every problem and its place',
  usage: VALIDATE_USAGE,
  run: runValidate,
} as const;
