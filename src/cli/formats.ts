// What the command line says and checks about formats, derived from the io registries (src/io/import/formats.ts,
// src/io/export/formats.ts): the formats it reads and writes in its help, the output extensions convert knows,
// and the options only one writer takes (`--table`, `--kumu` for CSV), parsed and checked for every command.
import {
  EXPORT_OUTPUTS,
  READERS,
  WRITERS,
  WriterOptionError,
  type ExportFormatId,
  type WriteOptions,
  type WriterFormat,
  type WriterOption,
} from '../io';
import { UsageError, type OptionsConfig } from './args';

/** Breaks a paragraph into lines of at most `width` characters (the usage texts' width). */
export function wrap(text: string, width = 110): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** "GEXF (.gexf), CSV (.csv, .tsv, .tab, .txt, or a .zip of the tables), …": every format the readers read. */
export const READ_FORMATS = READERS.map((r) => {
  const names = r.extensions.map((e) => `.${e}`).join(', ');
  const archive = r.archive
    ? `, or a ${r.archive.extensions.map((e) => `.${e}`).join(', ')} of the tables`
    : '';
  return `${r.label} (${names}${archive})`;
}).join(', ');

/** The output extensions `convert` knows, as "…, .zip (CSV tables …), .csv (the relations table alone)". */
export const WRITE_OUTPUTS = EXPORT_OUTPUTS.map((o) => `.${o.extension} (${o.label})`).join(', ');

export function outputFor(extension: string): { format: ExportFormatId; options: WriteOptions } | undefined {
  return EXPORT_OUTPUTS.find((o) => `.${o.extension}` === extension.toLowerCase());
}

/** Each writer option's flag, and the writers that take it. */
function writerOptions(): Map<string, { option: WriterOption; writers: WriterFormat[] }> {
  const out = new Map<string, { option: WriterOption; writers: WriterFormat[] }>();
  for (const w of WRITERS as readonly WriterFormat[]) {
    for (const option of w.options ?? []) {
      const entry = out.get(option.flag) ?? { option, writers: [] };
      entry.writers.push(w);
      out.set(option.flag, entry);
    }
  }
  return out;
}

/** The writers' own options, for parse(). */
export const WRITER_OPTIONS: OptionsConfig = Object.fromEntries(
  [...writerOptions()].map(([flag, { option }]) => [flag, { type: option.type }]),
);

/** The writers' options in a usage: the synopsis part and one line each. */
export const WRITER_OPTIONS_SYNOPSIS = [...writerOptions()]
  .map(([flag, { option }]) => `[--${flag}${option.value ? ` ${option.value}` : ''}]`)
  .join(' ');

export const WRITER_OPTIONS_HELP = (() => {
  const rows = [...writerOptions()].map(([flag, { option, writers }]) => ({
    name: `--${flag}${option.value ? ` ${option.value}` : ''}`,
    help: `(${writers.map((w) => w.id).join(', ')}) ${option.help}`,
  }));
  const width = Math.max(0, ...rows.map((r) => r.name.length)) + 2;
  return rows.map((r) => `${r.name.padEnd(width)}${r.help}`).join('\n');
})();

/**
 * The write options the parsed values give for `format` (undefined for a format no writer writes, an image):
 * an option of another format, or a value the writer does not take, is a UsageError.
 */
export function writeOptionsFor(
  format: ExportFormatId | undefined,
  values: Readonly<Record<string, unknown>>,
): WriteOptions {
  let options: WriteOptions = {};
  for (const [flag, { option, writers }] of writerOptions()) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!writers.some((w) => w.id === format))
      throw new UsageError(`--${flag} goes with --format ${writers.map((w) => w.id).join(' or ')}`);
    if (typeof value !== 'string' && typeof value !== 'boolean') continue;
    try {
      options = { ...options, ...option.apply(value) };
    } catch (e) {
      if (e instanceof WriterOptionError) throw new UsageError(e.message);
      throw e;
    }
  }
  return options;
}
