// The one entry to the importers: `readAny` takes a user's file (bytes or text) and its name, tells the format
// from the extension and the content, and runs the reader. Pure: no DOM, no file system, so the app (in a worker)
// and the command line share it.
import { DATASET_FORMAT } from '../../model/dataset/schema';
import type { Problem } from '../../model/dataset/problems';
import { readCsv } from './csv';
import { readCytoscapeValue } from './cytoscape';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { readDatasetValue } from './json';
import { isPlainObject, readJsonText } from './json-text';
import { failed, type ImportFormat, type ImportOptions, type ImportResult } from './result';
import { decodeText, sizeProblem } from './text';
import { readZip } from './zip';

export type ImportInput = string | Uint8Array | ArrayBuffer;

const BY_EXTENSION: Readonly<Record<string, ImportFormat | 'json?' | 'xml?'>> = {
  zip: 'csv',
  json: 'json?',
  cyjs: 'cytoscape',
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  gexf: 'gexf',
  graphml: 'graphml',
  xml: 'xml?',
};

export const IMPORT_EXTENSIONS = Object.keys(BY_EXTENSION);

function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** The XML format from the root element's name, skipping the declaration and comments. */
function sniffXml(text: string): 'gexf' | 'graphml' | undefined {
  const m = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)/.exec(text.slice(0, 4096));
  const root = m?.[1]?.toLowerCase();
  return root === 'gexf' || root === 'graphml' ? root : undefined;
}

/** The format a file is in: its extension, else its first characters; undefined when neither tells. */
export function detectFormat(fileName: string, text: string): ImportFormat | 'xml?' | 'json?' | undefined {
  const byName = BY_EXTENSION[extensionOf(fileName)];
  if (byName === 'xml?' || (byName === undefined && /^\s*</.test(text))) return sniffXml(text) ?? 'xml?';
  if (byName !== undefined) return byName;
  if (/^\s*[{[]/.test(text)) return 'json?';
  return undefined;
}

function readJsonAny(
  text: string,
  options: ImportOptions & { fileName: string },
  cytoscape: boolean,
): ImportResult {
  const read = readJsonText(text, options.fileName);
  if (!read.ok) return failed(read.problems);
  const v = read.value;
  if (cytoscape || (isPlainObject(v) && v.format === undefined && 'elements' in v) || Array.isArray(v)) {
    return readCytoscapeValue(v, options);
  }
  if (isPlainObject(v) && v.format === undefined) {
    const message = `this JSON is neither a Faultline dataset (it has no "format": "${DATASET_FORMAT}") nor a Cytoscape network (it has no "elements")`;
    return failed([{ file: options.fileName, message, severity: 'error' }]);
  }
  return readDatasetValue(v, options);
}

function unknownFormat(file: string, what: string): ImportResult {
  const problem: Problem = {
    file,
    message: `Faultline cannot tell what kind of file this is (${what}); it reads .json, .csv, .gexf, .graphml and .cyjs files`,
    severity: 'error',
  };
  return failed([problem]);
}

function readCsvZip(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportResult {
  const zip = readZip(bytes, fileName);
  if (!zip.ok) return failed(zip.problems);
  const relations = zip.tables.get('relations')!;
  const result = readCsv(relations.text, {
    ...options,
    fileName: relations.fileName,
    actorsTable: zip.tables.get('actors'),
    sourcesTable: zip.tables.get('sources'),
    evidenceTable: zip.tables.get('evidence'),
  });
  return zip.warnings.length === 0 || !result.ok
    ? result
    : { ...result, warnings: [...zip.warnings, ...result.warnings] };
}

/** Reads a user's file in any supported format. Never throws on bad input; only a cancellation is thrown. */
export function readAnySync(input: ImportInput, fileName: string, options: ImportOptions = {}): ImportResult {
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  if (
    typeof bytes !== 'string' &&
    (extensionOf(fileName) === 'zip' || (bytes[0] === 0x50 && bytes[1] === 0x4b))
  ) {
    const refused = sizeProblem(bytes.byteLength, fileName);
    if (refused) return failed([refused]);
    return readCsvZip(bytes, fileName, options);
  }
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return failed(decoded.problems);
  const text = decoded.text;
  const opts = { ...options, fileName };
  const format = detectFormat(fileName, text);
  let result: ImportResult;
  try {
    switch (format) {
      case 'json':
      case 'json?':
        result = readJsonAny(text, opts, false);
        break;
      case 'cytoscape':
        result = readJsonAny(text, opts, true);
        break;
      case 'csv':
        result = readCsv(text, opts);
        break;
      case 'gexf':
        result = readGexf(text, opts);
        break;
      case 'graphml':
        result = readGraphml(text, opts);
        break;
      case 'xml?':
        return unknownFormat(fileName, 'an XML file that is neither GEXF nor GraphML');
      default:
        return unknownFormat(fileName, `the name ends in "${extensionOf(fileName) || 'nothing'}"`);
    }
  } catch (e) {
    // A file built to exhaust the reader (nesting, sizes) ends here rather than in the caller.
    if (!(e instanceof RangeError)) throw e;
    return failed([
      { file: fileName, message: 'the file is too large or too deeply nested to read', severity: 'error' },
    ]);
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
export { ImportCancelled, IMPORT_FORMATS } from './result';
export type {
  ForeignType,
  ImportFormat,
  ImportOptions,
  ImportReport,
  ImportResult,
  RejectedRow,
} from './result';
export { defaultTypeMapping, type TypeChoice, type TypeMapping } from './type-mapping';
export { rejectedToCsv } from './rejected';
