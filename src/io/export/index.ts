// The data exports in one place: the registry of writers (formats.ts), which the UI's menu and the command line
// list, and `writeAny`, which writes a dataset, or the part behind the current view, in any of them.
import type { Dataset } from '../../model/dataset/schema';
import { writerOf, type ExportFormatId } from './formats';
import type { ExportFile, WriteOptions } from './writer-format';

export type { ExportOptions } from './selection';
export { EDGE_MODES, EDGES_OPTION, type EdgeMode } from './direction';
export { CSV_TABLES, type CsvTable } from './csv';
export {
  EXPORT_OUTPUTS,
  WRITERS,
  WRITERS as EXPORT_FORMATS,
  isExportFormat,
  type ExportFormatId,
} from './formats';
export {
  WriterOptionError,
  type ExportFile,
  type WriteOptions,
  type WriterFormat,
  type WriterOption,
} from './writer-format';

/** Throws DatasetError when the dataset cannot be modelled (a date that does not parse, a dangling reference). */
export function writeAny(dataset: Dataset, format: ExportFormatId, options: WriteOptions = {}): ExportFile {
  return writerOf(format).write(dataset, options, options.fileStem ?? dataset.id);
}
