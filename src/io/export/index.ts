// The data exports in one place: the format table (id, extension, label, MIME type) the UI's menu and the
// command line list, and `writeAny`, which writes a dataset, or the part behind the current view, in any of them.
import type { Dataset } from '../../model/dataset/schema';
import { writeCsv, writeCsvZip, type CsvOptions, type CsvTable } from './csv';
import { writeCytoscape } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeJson } from './json';
import type { ExportOptions } from './selection';

export type { ExportOptions } from './selection';
export { CSV_TABLES, type CsvTable } from './csv';

export interface ExportFormat {
  readonly id: 'json' | 'gexf' | 'graphml' | 'csv' | 'cyjs';
  readonly extension: string;
  readonly label: string;
  readonly mime: string;
}

export const EXPORT_FORMATS = [
  { id: 'json', extension: 'json', label: 'Faultline dataset (JSON)', mime: 'application/json' },
  { id: 'gexf', extension: 'gexf', label: 'GEXF 1.3, dynamic (Gephi)', mime: 'application/gexf+xml' },
  {
    id: 'graphml',
    extension: 'graphml',
    label: 'GraphML (yEd, Cytoscape, NetworkX)',
    mime: 'application/graphml+xml',
  },
  { id: 'csv', extension: 'zip', label: 'CSV tables (Kumu, Gephi, spreadsheets)', mime: 'application/zip' },
  { id: 'cyjs', extension: 'cyjs', label: 'Cytoscape.js JSON', mime: 'application/json' },
] as const satisfies readonly ExportFormat[];

export type ExportFormatId = ExportFormat['id'];

export function isExportFormat(id: string): id is ExportFormatId {
  return EXPORT_FORMATS.some((f) => f.id === id);
}

export interface WriteOptions extends ExportOptions {
  /** For `csv`: one table as a `.csv` file instead of the zip of all of them. */
  readonly csvTable?: CsvTable;
  /** For `csv`: Kumu's From/To instead of Source/Target. */
  readonly csvHeaders?: CsvOptions['headers'];
  /** For `csv` zips: the files' date, 1980 to 2099 as zip allows (default: now). */
  readonly mtime?: Date;
  /** File name without extension; default the dataset id. */
  readonly fileStem?: string;
}

export interface ExportFile {
  readonly fileName: string;
  readonly mime: string;
  /** Text for the text formats (UTF-8 when saved), bytes for the zip. */
  readonly bytes: Uint8Array | string;
}

const WRITERS: Readonly<Record<Exclude<ExportFormatId, 'csv'>, (d: Dataset, o: ExportOptions) => string>> = {
  json: writeJson,
  gexf: writeGexf,
  graphml: writeGraphml,
  cyjs: writeCytoscape,
};

/** Throws DatasetError when the dataset cannot be modelled (a date that does not parse, a dangling reference). */
export function writeAny(dataset: Dataset, format: ExportFormatId, options: WriteOptions = {}): ExportFile {
  const stem = options.fileStem ?? dataset.id;
  const info = EXPORT_FORMATS.find((f) => f.id === format)!;
  if (format !== 'csv') {
    return {
      fileName: `${stem}.${info.extension}`,
      mime: info.mime,
      bytes: WRITERS[format](dataset, options),
    };
  }
  const csvOptions = { ...options, headers: options.csvHeaders };
  if (options.csvTable) {
    return {
      fileName: `${stem}-${options.csvTable}.csv`,
      mime: 'text/csv;charset=utf-8',
      bytes: writeCsv(dataset, options.csvTable, csvOptions),
    };
  }
  return { fileName: `${stem}-csv.zip`, mime: info.mime, bytes: writeCsvZip(dataset, csvOptions) };
}
