// The io layer in one import: the readers of users' files (src/io/import, see docs/import.md) and the writers of
// the data exports (src/io/export, see docs/export.md), so the app, its worker and the command line share them.
export {
  IMPORT_EXTENSIONS,
  IMPORT_FORMATS,
  ImportCancelled,
  MAX_IMPORT_BYTES,
  defaultTypeMapping,
  detectFormat,
  readAny,
  readAnySync,
  rejectedToCsv,
  type ForeignType,
  type ImportFormat,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type RejectedRow,
  type TypeChoice,
  type TypeMapping,
} from './import';
export { EXPORT_FORMATS, isExportFormat, writeAny, type ExportFile, type ExportFormatId } from './export';
