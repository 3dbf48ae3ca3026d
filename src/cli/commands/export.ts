// `faultline export <dataset> --format gexf|graphml|csv|json|cyjs [--date D | --window A/B] [--memory DAYS] -o FILE`
// writes a dataset, or the view of it at a date or over a window, in a format other tools read. The view is the
// time index's answer (snapshot and window semantics of docs/time.md); the writers are src/io/export's. Images
// (png, jpeg, svg, pdf, gif, webm) of the same view are rendered headless by export-image.ts.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildModel, DAY_MS, DEFAULT_EVENT_MEMORY, ViewSpecError, type ViewSpec } from '../../model';
import { DatasetError } from '../../model/dataset/problems';
import { EdtfError, parseWhen } from '../../model/time/edtf';
import { CSV_TABLES, EXPORT_FORMATS, isExportFormat, writeAny, type CsvTable } from '../../io/export';
import { readDatasetFile, reportProblems } from '../dataset-file';
import { IMAGE_OPTIONS, IMAGE_USAGE, isImageCliFormat, runImageExport } from './export-image';

export const EXPORT_USAGE = `Usage: faultline export <dataset> --format <format> [--date YYYY-MM-DD | --window A/B]
                        [--memory DAYS] [--table ${CSV_TABLES.join('|')}] [--kumu] [-o FILE]

Writes the dataset, or what the explorer shows at a date (--date, a snapshot: lasting relations holding that
day and events of the last --memory days, default ${DEFAULT_EVENT_MEMORY / DAY_MS}) or over a window (--window 2025-10-01/2025-10-31), in one of:
${EXPORT_FORMATS.map((f) => `  ${f.id.padEnd(8)} ${f.label} (.${f.extension})`).join('\n')}

${IMAGE_USAGE}

--table writes one CSV table instead of the zip of all four; --kumu names the CSV ends From/To.
-o FILE (default: a name made from the dataset id, in the current folder); -o - writes text to standard output.`;

/** Wrong arguments: said with the usage, exit status 2. */
class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_IO: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** The instant span a `--date` or `--window` value names; a date covers its whole day (or month, or year). */
function spanArg(flag: string, value: string, kind: 'date' | 'interval'): { start: number; end: number } {
  try {
    const span = parseWhen(value);
    if (span.kind !== kind)
      throw new UsageError(`--${flag} wants ${kind === 'date' ? 'one date' : 'two dates, A/B'}: "${value}"`);
    return span;
  } catch (e) {
    if (e instanceof EdtfError) throw new UsageError(`--${flag}: ${e.message}`);
    throw e;
  }
}

function viewOf(values: { date?: string; window?: string; memory?: string }): ViewSpec | null {
  if (values.date !== undefined && values.window !== undefined)
    throw new UsageError('give --date or --window, not both');
  if (values.memory !== undefined && values.date === undefined)
    throw new UsageError('--memory goes with --date');
  if (values.window !== undefined) {
    const w = spanArg('window', values.window, 'interval');
    return { mode: 'window', from: w.start, to: w.end };
  }
  if (values.date === undefined) return null;
  const memory = values.memory === undefined ? DEFAULT_EVENT_MEMORY / DAY_MS : Number(values.memory);
  if (!Number.isInteger(memory) || memory < 0)
    throw new UsageError(`--memory wants a whole number of days: "${values.memory}"`);
  return { mode: 'snapshot', at: spanArg('date', values.date, 'date').end, memory: memory * DAY_MS };
}

export async function runExport(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        date: { type: 'string' },
        window: { type: 'string' },
        memory: { type: 'string' },
        table: { type: 'string' },
        kumu: { type: 'boolean' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        ...IMAGE_OPTIONS,
      },
    });
  } catch (e) {
    io.err(`faultline export: ${e instanceof Error ? e.message : String(e)}\n\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${EXPORT_USAGE}\n`);
    return 0;
  }
  try {
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new UsageError('give exactly one dataset file');
    const format = values.format;
    if (format === undefined) throw new UsageError('--format is required');
    if (isImageCliFormat(format)) return await runImageExport(file, format, values, io, EXPORT_USAGE);
    if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}"`);
    const table = values.table;
    if (table !== undefined && (format !== 'csv' || !(CSV_TABLES as readonly string[]).includes(table))) {
      throw new UsageError(`--table goes with --format csv and is one of ${CSV_TABLES.join(', ')}`);
    }
    const view = viewOf(values);

    const loaded = await readDatasetFile(file, io.err);
    if (!loaded) return 1;
    const { dataset } = loaded;
    const edgeKeys = view ? buildModel(dataset).index.query(view) : undefined;
    const written = writeAny(dataset, format, {
      edgeKeys,
      csvTable: table as CsvTable | undefined,
      csvHeaders: values.kumu ? 'kumu' : 'gephi',
    });
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
  } catch (e) {
    if (e instanceof UsageError || e instanceof ViewSpecError) {
      io.err(`faultline export: ${e.message}\n\n${EXPORT_USAGE}\n`);
      return 2;
    }
    if (e instanceof DatasetError) {
      reportProblems(io.err, e.problems);
      return 1;
    }
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E')) {
      io.err(`faultline export: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

export const exportCommand = {
  name: 'export',
  summary:
    'write a dataset, or its view at a date or over a window, as GEXF, GraphML, CSV, JSON or Cytoscape.js',
  usage: EXPORT_USAGE,
  run: runExport,
} as const;
