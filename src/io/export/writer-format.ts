// What a writer registers in the export registry (formats.ts): its id, its name, the extension and media type of
// what it writes, its write function, other files it writes under another extension, and the options only it
// takes. writeAny, the export dialog's menu, the command line's help, its option checks and its errors, and the
// docs' table of formats are all derived from these entries.
import type { Dataset } from '../../model';
import type { CsvOptions, CsvTable } from './csv';
import type { EdgeMode } from './direction';
import type { ExportOptions } from './selection';

export interface WriteOptions extends ExportOptions {
  /** For `csv`: one table as a `.csv` file instead of the zip of all of them. */
  readonly csvTable?: CsvTable;
  /** For `csv`: Kumu's From/To instead of Source/Target. */
  readonly csvHeaders?: CsvOptions['headers'];
  /** For `csv` zips: the files' date, 1980 to 2099 as zip allows (default: now). */
  readonly mtime?: Date;
  /** For `gexf` and `graphml`: the graph's direction (direction.ts); default `auto`. */
  readonly edges?: EdgeMode;
  /** File name without extension; default the dataset id. */
  readonly fileStem?: string;
}

export interface ExportFile {
  readonly fileName: string;
  readonly mime: string;
  /** Text for the text formats (UTF-8 when saved), bytes for the zip. */
  readonly bytes: Uint8Array | string;
}

/** A value a writer's option does not take; the command line says it as a usage error. */
export class WriterOptionError extends Error {
  override readonly name = 'WriterOptionError';
}

/** An option only one writer takes, as the command line spells it (`--table actors`, `--kumu`). */
export interface WriterOption {
  readonly flag: string;
  readonly type: 'string' | 'boolean';
  /** What the value looks like in the usage: `relations|actors|sources|evidence`. */
  readonly value?: string;
  readonly help: string;
  /** The write options the flag's value sets; throws WriterOptionError for a value it does not take. */
  readonly apply: (value: string | boolean) => WriteOptions;
}

export interface WriterFormat<Id extends string = string> {
  readonly id: Id;
  /** The format's name in a menu or a table: "GEXF 1.3, dynamic (Gephi)". */
  readonly label: string;
  /** The extension, without the dot, of the file `write` names. */
  readonly extension: string;
  readonly mediaType: string;
  /** Writes the file named `${stem}.${extension}` (or another name the options ask for). Throws DatasetError. */
  readonly write: (dataset: Dataset, options: WriteOptions, stem: string) => ExportFile;
  /** Other files it writes, told by their extension: the options they take and what they are. */
  readonly variants?: readonly {
    readonly extension: string;
    readonly options: WriteOptions;
    readonly label: string;
  }[];
  readonly options?: readonly WriterOption[];
}

/** The write function of a format that writes one text under its own extension. */
export function textFile(
  format: Pick<WriterFormat, 'extension' | 'mediaType'>,
  write: (dataset: Dataset, options: WriteOptions) => string,
): WriterFormat['write'] {
  return (dataset, options, stem) => ({
    fileName: `${stem}.${format.extension}`,
    mime: format.mediaType,
    bytes: write(dataset, options),
  });
}
