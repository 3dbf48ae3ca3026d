// `faultline export <dataset> --format gexf|graphml|csv|json|cyjs [--date D | --window A/B] [--memory DAYS] -o FILE`
// writes a dataset, or the view of it at a date or over a window, in a format other tools read. The view is the
// time index's answer (snapshot and window semantics of docs/time.md); the writers are src/io/export's. Images
// (png, jpeg, svg, pdf, gif, webm) of the same view are rendered headless by export-image.ts.
import { writeFile } from 'node:fs/promises';
import { buildModel, DAY_MS, DEFAULT_EVENT_MEMORY } from '../../model';
import { WRITERS, isExportFormat, writeAny } from '../../io';
import { PROCESS_IO, UsageError, VIEW_OPTIONS, parse, runCommand, viewSpecOf, type CommandIo } from '../args';
import { WRITER_OPTIONS, WRITER_OPTIONS_HELP, WRITER_OPTIONS_SYNOPSIS, writeOptionsFor } from '../formats';
import { readDatasetFile } from '../input';
import {
  IMAGE_CLI_FORMATS,
  IMAGE_OPTIONS,
  IMAGE_USAGE,
  isImageCliFormat,
  runImageExport,
} from './export-image';

// Kept where commands written before src/cli/args.ts looked for them; new code imports ../args and ../input.
export { PROCESS_IO, UsageError, parse, type CommandIo } from '../args';
export { readInput } from '../input';

export const EXPORT_USAGE = `Usage: faultline export <dataset> --format <format> [--date YYYY-MM-DD | --window A/B]
                        [--memory DAYS] ${WRITER_OPTIONS_SYNOPSIS} [-o FILE]

Writes the dataset, or what the explorer shows at a date (--date, a snapshot: lasting relations holding that
day and events of the last --memory days, default ${DEFAULT_EVENT_MEMORY / DAY_MS}) or over a window (--window 2025-10-01/2025-10-31), in one of:
${WRITERS.map((f) => `  ${f.id.padEnd(8)} ${f.label} (.${f.extension})`).join('\n')}

${IMAGE_USAGE}

Options of one format:
${WRITER_OPTIONS_HELP}
-o FILE (default: a name made from the dataset id, in the current folder); -o - writes text to standard output.`;

const FORMAT_IDS = [...WRITERS.map((w) => w.id), ...IMAGE_CLI_FORMATS].join(', ');

export async function runExport(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runCommand(io, 'export', EXPORT_USAGE, async () => {
    const { values, positionals } = parse(argv, {
      format: { type: 'string', short: 'f' },
      ...VIEW_OPTIONS,
      table: { type: 'string' },
      kumu: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
      ...IMAGE_OPTIONS,
      ...WRITER_OPTIONS,
    });
    if (values.help) {
      io.out(`${EXPORT_USAGE}\n`);
      return 0;
    }
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one dataset file');
    const format = values.format;
    if (format === undefined) throw new UsageError('--format is required');
    if (!isImageCliFormat(format) && !isExportFormat(format))
      throw new UsageError(`unknown format "${format}"; the formats are ${FORMAT_IDS}`);
    const writeOptions = writeOptionsFor(isExportFormat(format) ? format : undefined, values);
    if (isImageCliFormat(format)) return runImageExport(file, format, values, io);
    const view = viewSpecOf(values);

    const loaded = await readDatasetFile(file, io);
    if (!loaded) return 1;
    const { dataset } = loaded;
    const edgeKeys = view ? buildModel(dataset).index.query(view) : undefined;
    const written = writeAny(dataset, format, { ...writeOptions, edgeKeys });
    const output = values.output ?? written.fileName;
    if (output === '-') {
      if (typeof written.bytes !== 'string')
        throw new UsageError('-o - writes text; a zip needs a file name');
      io.out(written.bytes);
    } else {
      await writeFile(output, written.bytes);
      const what = view ? `the view (${edgeKeys?.length ?? 0} edges)` : 'the dataset';
      io.err(`wrote ${what} as ${format} to ${output}\n`);
    }
    return 0;
  });
}

export const exportCommand = {
  name: 'export',
  summary:
    'write a dataset, or its view at a date or over a window, in a format other tools read, or as an image',
  usage: EXPORT_USAGE,
  run: runExport,
} as const;
