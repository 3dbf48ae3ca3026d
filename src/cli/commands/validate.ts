// `faultline validate <file> [--actors FILE] [--strict] [--all] [--json]`: reads a dataset or a foreign file (any
// format of the import registry) through the importers and says whether it loads: every problem with its place,
// then a summary, or all of it as JSON. Exit 0 when it loads (warnings allowed), 1 when it does not, 2 on a usage
// error.
import { basename } from 'node:path';
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  PROCESS_IO,
  UsageError,
  parse,
  runCommand,
  type CommandIo,
} from '../args';
import { READ_FORMATS, wrap } from '../formats';
import { readInput } from '../input';
import { SHOWN_PROBLEMS, printProblems, problemJson } from '../problems';
import type { ImportResult } from '../../io/import';

// Kept where commands written before src/cli/args.ts looked for them; new code imports ../args and ../input.
export {
  INPUT_HELP,
  INPUT_OPTIONS,
  PROCESS_IO,
  UsageError,
  parse,
  runCommand as withUsage,
  type CommandIo,
} from '../args';
export { readInput } from '../input';
export { printProblems } from '../problems';

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

export const VALIDATE_USAGE = `Usage: faultline validate <file> [--actors FILE] [--strict] [--all] [--json]

${wrap(`Reads a file (${READ_FORMATS}) and tells whether it loads, listing every problem with its place.`)}
${INPUT_HELP}
--all          list every problem (by default the first ${SHOWN_PROBLEMS})
--json         the verdict and every problem as JSON, for scripts (each place as fields: line, column, byte…)

Exit status: 0 it loads (warnings allowed), 1 it does not, 2 the command line is wrong.`;

/** What `--json` prints: whether the file loads, what it holds (or its valid part), and every problem. */
function verdictJson(file: string, result: ImportResult) {
  const problems = result.ok ? result.warnings : result.problems;
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  return {
    file,
    ok: result.ok,
    ...(result.ok && { format: result.report.format, counts: result.report.counts }),
    ...(!result.ok &&
      dataset && {
        validPart: {
          actors: dataset.actors.length,
          relations: dataset.relations.length,
          leftOut: result.partial?.rejected.length ?? 0,
        },
      }),
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    problems: problems.map(problemJson),
  };
}

export async function runValidate(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runCommand(io, 'validate', VALIDATE_USAGE, async () => {
    const { values, positionals } = parse(argv, {
      ...INPUT_OPTIONS,
      all: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(`${VALIDATE_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one file');
    const file = positionals[0]!;
    const result = await readInput(file, values, {}, io);
    if (values.json) {
      io.out(`${JSON.stringify(verdictJson(basename(file), result), null, 2)}\n`);
      return result.ok ? 0 : 1;
    }
    const limit = values.all ? Infinity : SHOWN_PROBLEMS;
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
    'check that a dataset or a file in any format the explorer imports loads, with every problem and its place',
  usage: VALIDATE_USAGE,
  run: runValidate,
} as const;
