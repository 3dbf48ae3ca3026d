// The one entry to the importers: `readAny` takes a user's file (bytes or text) and its name, tells the format
// from the extension and the content through the registry of readers (formats.ts), and runs the reader. Pure: no DOM, no file system, so the app (in a worker)
// and the command line share it.
import {
  READABLE_FILES,
  XML_FORMAT_NAMES,
  archiveReaderFor,
  detectReader,
  extensionOf,
  jsonReaderFor,
} from './formats';
import { readJsonText } from './json-text';
import type { ReadOptions } from './reader-format';
import { failed, type ImportFormat, type ImportOptions, type ImportResult } from './result';
import { decodeText, sizeProblem } from './text';

export type ImportInput = string | Uint8Array | ArrayBuffer;

/**
 * The format a file is in, by its extension, else its first characters: a reader's id, `json?` for JSON whose
 * value will tell, `xml?` for XML no reader knows; undefined when neither tells.
 */
export function detectFormat(fileName: string, text: string): ImportFormat | undefined {
  const found = detectReader(fileName, text);
  if (found.kind === 'reader') return found.reader.id;
  if (found.kind === 'json') return 'json?';
  return found.kind === 'xml?' ? 'xml?' : undefined;
}

/** JSON whose value decides which JSON reader reads it (the value is parsed once). */
function readJsonAny(text: string, options: ReadOptions): ImportResult {
  const read = readJsonText(text, options.fileName, options.byteOffset);
  if (!read.ok) return failed(read.problems);
  const reader = jsonReaderFor(read.value);
  if (typeof reader === 'string') return failed([fileErrorIn(options.fileName, reader)]);
  return reader.sniff?.kind === 'json'
    ? reader.sniff.readValue(read.value, options)
    : reader.read(text, options);
}

function unknownFormat(file: string, what: string): ImportResult {
  return failed([
    fileErrorIn(
      file,
      `Faultline cannot tell what kind of file this is (${what}); it reads ${READABLE_FILES}`,
    ),
  ]);
}

/** Reads a user's file in any supported format. Never throws on bad input; only a cancellation is thrown. */
export function readAnySync(input: ImportInput, fileName: string, options: ImportOptions = {}): ImportResult {
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  if (typeof bytes !== 'string') {
    const archive = archiveReaderFor(fileName, bytes)?.archive;
    if (archive) {
      const refused = sizeProblem(bytes.byteLength, fileName);
      return refused ? failed([refused]) : archive.read(bytes, { ...options, fileName });
    }
  }
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return failed(decoded.problems);
  const text = decoded.text;
  const opts = {
    ...options,
    fileName,
    ...(decoded.byteOffset !== undefined && { byteOffset: decoded.byteOffset }),
  };
  const found = detectReader(fileName, text);
  let result: ImportResult;
  try {
    switch (found.kind) {
      case 'reader':
        result = found.reader.read(text, opts);
        break;
      case 'json':
        result = readJsonAny(text, opts);
        break;
      case 'xml?':
        return unknownFormat(fileName, `an XML file that is neither ${XML_FORMAT_NAMES}`);
      case 'unknown':
        return unknownFormat(fileName, `the name ends in "${extensionOf(fileName) || 'nothing'}"`);
    }
  } catch (e) {
    // A file built to exhaust the reader (nesting, sizes) ends here rather than in the caller.
    if (!(e instanceof RangeError)) throw e;
    return failed([fileErrorIn(fileName, 'the file is too large or too deeply nested to read')]);
  }
  if (decoded.warnings.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...decoded.warnings, ...result.warnings] }
    : { ...result, problems: [...decoded.warnings, ...result.problems] };
}

/** `readAnySync` behind a promise, the shape the app's worker and the command line use. */
export async function readAny(
  input: ImportInput,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  await Promise.resolve();
  return readAnySync(input, fileName, options);
}

export { MAX_IMPORT_BYTES } from './text';
export { ImportCancelled } from './result';
export { IMPORT_EXTENSIONS, IMPORT_FORMATS, READERS, pastedFileName } from './formats';
export type { ReaderFormat } from './reader-format';
export type {
  ForeignType,
  ImportFormat,
  ImportOptions,
  ImportReport,
  ImportResult,
  RejectedRow,
} from './result';
import { fileErrorIn } from '../problem';
export { defaultTypeMapping, type TypeChoice, type TypeMapping } from './type-mapping';
export { rejectedToCsv } from './rejected';
export { ACLED_COLUMNS } from './events/acled';
export { gdeltColumns } from './events/gdelt';
export { EXCLUDED_CONTEXTS } from './events/polecat';
export { sizeProblem, streamedSizeProblem } from './text';
export type { EventImportOptions } from './result';
export type { ImportMessage, ImportRequest } from './worker';
