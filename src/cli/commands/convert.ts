// `faultline convert <in> <out> [--actors FILE] [--type NAME=TYPE …] [--valid-part]`: reads any supported file and
// writes it in the format its output name says (the extensions of the export registry), through the exporters of
// src/io/export. Exit 0 written, 1 the input does not load (nothing written), 2 the command line is wrong.
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { RELATION_TYPES, isBuiltinRelationType, type Polarity } from '../../model';
import {
  defaultTypeMapping,
  rejectedToCsv,
  writeAny,
  type ForeignType,
  type ImportResult,
  type TypeChoice,
  type TypeMapping,
} from '../../io';
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  PROCESS_IO,
  UsageError,
  parse,
  runCommand,
  type CommandIo,
} from '../args';
import { READ_FORMATS, WRITE_OUTPUTS, outputFor, wrap } from '../formats';
import { readInput } from '../input';
import { printProblems } from '../problems';

export const CONVERT_USAGE = `Usage: faultline convert <input> <output> [--actors FILE] [--type NAME=TYPE …] [--valid-part] [--strict]

${wrap(`Reads a dataset or a file from another tool: ${READ_FORMATS}. Writes it in the format the output's extension names: ${WRITE_OUTPUTS}.`)}
${INPUT_HELP}
--type NAME=TYPE   map the file's relation type NAME to a built-in type (${RELATION_TYPES.join(', ')}),
                   or declare it with TYPE "hostile" or "cooperative"; repeat for each type
                   A record with a problem of its own (a self-loop, a time that does not read) is left
                   out with its problem printed, the rest written, and the rejected rows put in
                   <output>.rejected.csv; with --strict such a file is refused, nothing written
--valid-part       (the default; kept for scripts written before it was)

Exit status: 0 written, 1 the input does not load (nothing written), 2 the command line is wrong.`;

/** `NAME=TYPE` arguments over the default mapping of the file's types. */
export function typeMappingOf(args: readonly string[], foreign: readonly ForeignType[]): TypeMapping {
  const defaults = defaultTypeMapping(foreign);
  const mapping = new Map<string, TypeChoice>();
  for (const arg of args) {
    const eq = arg.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--type wants NAME=TYPE, not "${arg}"`);
    const name = arg.slice(0, eq);
    const type = arg.slice(eq + 1).trim();
    const fallback = defaults.get(name);
    if (!fallback) {
      const known = foreign.map((f) => JSON.stringify(f.name)).join(', ');
      throw new UsageError(`the file has no relation type "${name}" (it has ${known || 'none'})`);
    }
    if (isBuiltinRelationType(type)) mapping.set(name, { kind: 'builtin', type });
    else if (type === 'hostile' || type === 'cooperative') {
      const polarity: Polarity = type;
      const declaration =
        fallback.kind === 'declared'
          ? { ...fallback.declaration, polarity }
          : { id: fallback.type, label: name, polarity, duration: 'lasting' as const, directed: true };
      mapping.set(name, { kind: 'declared', declaration });
    } else
      throw new UsageError(`--type ${arg}: "${type}" is neither a built-in type nor hostile/cooperative`);
  }
  return mapping;
}

function foreignTypesOf(result: ImportResult): readonly ForeignType[] {
  if (result.ok) return result.report.foreignTypes;
  return result.partial?.report.foreignTypes ?? [];
}

export async function runConvert(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runCommand(io, 'convert', CONVERT_USAGE, async () => {
    const { values, positionals } = parse(argv, {
      ...INPUT_OPTIONS,
      type: { type: 'string', multiple: true },
      'valid-part': { type: 'boolean' },
    });
    if (values.help) {
      io.out(`${CONVERT_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError('give an input file and an output file');
    const [input, output] = positionals as [string, string];
    const target = outputFor(extname(output));
    if (!target)
      throw new UsageError(
        `cannot tell the output format from "${basename(output)}"; the outputs are ${WRITE_OUTPUTS}`,
      );
    let result = await readInput(input, values, {}, io);
    if (values.type?.length) {
      const typeMapping = typeMappingOf(values.type, foreignTypesOf(result));
      result = await readInput(input, values, { typeMapping }, io);
    }
    let dataset;
    if (result.ok) {
      printProblems(io, result.warnings, 10);
      dataset = result.dataset;
    } else if (!values.strict && result.partial) {
      printProblems(io, result.problems, 10);
      const rejectedFile = `${output}.rejected.csv`;
      await writeFile(rejectedFile, rejectedToCsv(result.partial.rejected));
      io.err(`${result.partial.rejected.length} rejected rows written to ${rejectedFile}\n`);
      dataset = result.partial.dataset;
    } else {
      printProblems(io, result.problems);
      const hint = result.partial ? ' (without --strict the records that are right are written)' : '';
      io.err(`${basename(input)}: does not load; nothing written${hint}\n`);
      return 1;
    }
    const written = writeAny(dataset, target.format, { ...target.options, fileStem: dataset.id });
    await writeFile(output, written.bytes);
    io.err(
      `wrote ${dataset.actors.length} actors and ${dataset.relations.length} relations as ${target.format} to ${output}\n`,
    );
    return 0;
  });
}

export const convertCommand = {
  name: 'convert',
  summary:
    'convert a file from any format the explorer imports to any it exports (formats from the file names)',
  usage: CONVERT_USAGE,
  run: runConvert,
} as const;
