// The import registry: every reader, once, in the order messages name them. Telling a file's format (its
// extension, else its content: an XML root element, a JSON value's shape, a zip's magic bytes), the file
// dialog's accepted extensions and the "it reads …" sentences are derived from it. A new format is a file with
// its ReaderFormat, its test, its section in docs/import.md, and one line here.
import { csvReader } from './csv';
import { cytoscapeReader } from './cytoscape';
import { gexfReader } from './gexf';
import { graphmlReader } from './graphml';
import { acledReader } from './events/acled';
import { gdeltReader } from './events/gdelt';
import { icewsReader } from './events/icews';
import { polecatReader } from './events/polecat';
import { ploverJsonReader } from './events/plover-json';
import { ucdpReader } from './events/ucdp';
import { firstLine } from './events/table';
import { datasetReader } from './json';
import type { ReaderFormat } from './reader-format';

export const READERS: readonly ReaderFormat[] = [
  datasetReader,
  csvReader,
  gexfReader,
  graphmlReader,
  // Before Cytoscape JSON, which claims any list: a list of PLOVER records is told by its objects' keys.
  ploverJsonReader,
  cytoscapeReader,
  acledReader,
  ucdpReader,
  gdeltReader,
  icewsReader,
  polecatReader,
];

/** The reader of text that is neither XML nor JSON when the name does not tell (pasted text). */
const PLAIN_TEXT_READER = csvReader;

/** Extensions that name a syntax, not a format: the readers of that syntax tell the file by its content. */
const XML_EXTENSION = 'xml';
const JSON_EXTENSION = 'json';

export function extensionOf(fileName: string): string {
  const m = /\.([^./\\]+)$/.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** Every extension a file may have to be imported, for the file dialog. */
export const IMPORT_EXTENSIONS: readonly string[] = [
  ...new Set([
    ...READERS.flatMap((r) => [...r.extensions, ...(r.archive?.extensions ?? [])]),
    ...(READERS.some((r) => r.sniff?.kind === 'xml') ? [XML_EXTENSION] : []),
  ]),
];

export const IMPORT_FORMATS: readonly string[] = READERS.map((r) => r.id);

const jsonReaders = () => READERS.filter((r) => r.sniff?.kind === 'json');
/** Readers of delimited tables told by their first line; their extensions are the CSV reader's too. */
const tableReaders = () => READERS.filter((r) => r.sniff?.kind === 'table');
const byName = () => READERS.filter((r) => r.sniff?.kind !== 'table');

/** The table reader whose header (or headerless first row) the text begins with. */
function tableReaderFor(ext: string, text: string): ReaderFormat | undefined {
  const plain = named(ext);
  if (plain !== undefined && plain !== PLAIN_TEXT_READER) return undefined;
  const head = firstLine(text.slice(0, 65536));
  return tableReaders().find(
    (r) => r.sniff?.kind === 'table' && (ext === '' || r.extensions.includes(ext)) && r.sniff.claims(head),
  );
}
const xmlReaders = () => READERS.filter((r) => r.sniff?.kind === 'xml');

/** The name of an XML document's root element (prefix dropped), skipping the declaration and comments. */
function xmlRootName(text: string): string | undefined {
  const m = /^\s*(?:<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?([\w.-]+)/.exec(text.slice(0, 4096));
  return m?.[1]?.toLowerCase();
}

/**
 * What a file is: one reader; `json` when it is JSON whose value decides among the JSON readers; `xml?` when
 * it is XML with a root no reader knows; undefined when neither the name nor the first characters tell.
 */
export type Detected =
  | { readonly kind: 'reader'; readonly reader: ReaderFormat }
  | { readonly kind: 'json' }
  | { readonly kind: 'xml?' }
  | { readonly kind: 'unknown' };

export function detectReader(fileName: string, text: string): Detected {
  const ext = extensionOf(fileName);
  if (ext === XML_EXTENSION || (ext !== JSON_EXTENSION && /^\s*</.test(text) && !named(ext))) {
    const root = xmlRootName(text);
    const reader = xmlReaders().find((r) => r.sniff?.kind === 'xml' && r.sniff.root === root);
    return reader ? { kind: 'reader', reader } : { kind: 'xml?' };
  }
  if (ext === JSON_EXTENSION) return { kind: 'json' };
  const table = tableReaderFor(ext, text);
  if (table) return { kind: 'reader', reader: table };
  const reader = named(ext);
  if (reader) return { kind: 'reader', reader };
  if (/^\s*[{[]/.test(text)) return { kind: 'json' };
  return { kind: 'unknown' };
}

function named(ext: string): ReaderFormat | undefined {
  return ext === '' ? undefined : byName().find((r) => r.extensions.includes(ext));
}

/** The JSON reader that claims a parsed value, or the sentence saying none does. */
export function jsonReaderFor(value: unknown): ReaderFormat | string {
  const readers = jsonReaders();
  const reader = readers.find((r) => r.sniff?.kind === 'json' && r.sniff.claims(value));
  if (reader) return reader;
  const lacks = readers.map((r) => (r.sniff?.kind === 'json' ? r.sniff.lacks : r.label));
  return `this JSON is neither ${lacks.join(' nor ')}`;
}

/** The reader whose archive form `bytes` are, by the name or the magic bytes. */
export function archiveReaderFor(fileName: string, bytes: Uint8Array): ReaderFormat | undefined {
  const ext = extensionOf(fileName);
  return READERS.find((r) => r.archive && (r.archive.extensions.includes(ext) || r.archive.magic(bytes)));
}

/** "a or b", "a, b and c". */
function list(words: readonly string[], and: string): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)!}`;
}

/** What a message says the importer reads: ".json, .csv, .gexf, .graphml and .cyjs files". */
export const READABLE_FILES = `${list(
  [...new Set(byName().map((r) => `.${r.extensions[0]!}`))],
  'and',
)} files`;

/** The XML formats by name, for "an XML file that is neither GEXF nor GraphML". */
export const XML_FORMAT_NAMES = list(
  xmlReaders().map((r) => r.label),
  'nor',
);

/** A file name for pasted text that lets readAny tell its format: XML and JSON by their first character. */
export function pastedFileName(text: string): string {
  const head = text.trimStart();
  if (head.startsWith('<')) return `pasted.${XML_EXTENSION}`;
  if (/^[{[]/.test(head)) return `pasted.${JSON_EXTENSION}`;
  return `pasted.${PLAIN_TEXT_READER.extensions[0]!}`;
}
