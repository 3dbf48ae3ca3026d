// The io floor in one import, for the floors above it (the command line imports nothing else of src/io but the
// figure types): the readers of users' files (src/io/import, see docs/import.md) and the writers of the data
// exports (src/io/export, see docs/export.md), each with its registry of formats. The app's import worker imports
// src/io/import directly, so that its bundle holds no writer.
export {
  IMPORT_EXTENSIONS,
  IMPORT_FORMATS,
  ImportCancelled,
  MAX_IMPORT_BYTES,
  READERS,
  defaultTypeMapping,
  detectFormat,
  pastedFileName,
  readAny,
  readAnySync,
  rejectedToCsv,
  type ForeignType,
  type ImportFormat,
  type ImportInput,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type ReaderFormat,
  type RejectedRow,
  type TypeChoice,
  type TypeMapping,
} from './import';
export {
  CSV_TABLES,
  EXPORT_FORMATS,
  EXPORT_OUTPUTS,
  WRITERS,
  WriterOptionError,
  isExportFormat,
  writeAny,
  type CsvTable,
  type ExportFile,
  type ExportFormatId,
  type WriteOptions,
  type WriterFormat,
  type WriterOption,
} from './export';
