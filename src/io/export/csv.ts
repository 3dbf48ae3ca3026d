// The CSV export: `relations.csv` (one row per drawn edge: a relation with several targets gives one row per
// target, each naming the relation, with its confidence, inference notes and per-passage claims and grades),
// `actors.csv`, `sources.csv` and `evidence.csv` (every quote, whose claim it carries and its grades), alone or
// zipped. Column names are those Kumu and Gephi import (Source/Target or From/To, Type, Label, Gephi's
// `timeset`); the EDTF `When` column keeps the exact date. Free-form attributes follow as their own columns.
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../model';
import { attributeColumns, attributeText } from './attributes';
import { csvTable } from './csv-text';
import { edgeFields, joinList } from './fields';
import { selectForExport, type ExportOptions } from './selection';
import { dayRange, gephiTimeset, intervalOf } from './time';
import { WriterOptionError, type WriterFormat } from './writer-format';

export const CSV_TABLES = ['relations', 'actors', 'sources', 'evidence'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface CsvOptions extends ExportOptions {
  /** Kumu names the ends From/To; Gephi (the default) Source/Target. */
  readonly headers?: 'gephi' | 'kumu';
}

const RELATION_COLUMNS = [
  'Id',
  'Source',
  'Target',
  'Type',
  'Label',
  'Polarity',
  'Status',
  'When',
  'Start',
  'End',
  'timeset',
  'Summary',
  'Quote',
  'Source title',
  'Relation id',
  'Directed',
  'Subtype',
  'Asserted by',
  'Disputed by',
  'Evidence',
  'Confidence',
  'Inference when',
  'Inference type',
  'Inference parties',
  'Claims',
  'Reliability',
  'Credibility',
] as const;
const ACTOR_COLUMNS = [
  'Id',
  'Label',
  'Kind',
  'Country',
  'PartOf',
  'Aliases',
  'Description',
  'timeset',
  'When',
] as const;
const SOURCE_COLUMNS = ['Id', 'Title', 'Author', 'Publisher', 'Published', 'URL', 'Note'] as const;
const DATASET_COLUMNS = [
  'Id',
  'Title',
  'Description',
  'Opening date',
  'Opening from',
  'Opening to',
  'Opening note',
] as const;
const EVIDENCE_COLUMNS = [
  'Relation id',
  'Source id',
  'Quote',
  'Source title',
  'Claim by',
  'Claimant',
  'Claimant name',
  'Reliability',
  'Credibility',
] as const;

/** Each table of the export as CSV text (BOM, CRLF), by file name. */
export function csvTables(whole: Dataset, options: CsvOptions = {}): Record<`${CsvTable}.csv`, string> {
  const { dataset, edges, lifetimes } = selectForExport(whole, options);
  const titles = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const relationExtra = attributeColumns(dataset.relations, RELATION_COLUMNS);
  const actorExtra = attributeColumns(dataset.actors, ACTOR_COLUMNS);
  const relationHeader = [...RELATION_COLUMNS, ...relationExtra.map((c) => c.name)];
  if (options.headers === 'kumu') relationHeader.splice(1, 2, 'From', 'To');

  const relations = csvTable(
    relationHeader,
    edges.map((e) => {
      const r = e.relation;
      const first = r.evidence[0];
      const days = dayRange(intervalOf(e.span));
      const fields = edgeFields(e, sourceById);
      return [
        e.key,
        e.source,
        e.target,
        r.type,
        e.info.label,
        e.info.polarity,
        r.status,
        r.when,
        days.start,
        days.end,
        gephiTimeset(intervalOf(e.span)),
        r.summary,
        first?.quote,
        first ? titles.get(first.source) : undefined,
        r.id,
        e.directed ? 'directed' : 'undirected',
        r.subtype,
        r.assertedBy && joinList(r.assertedBy),
        r.disputedBy && joinList(r.disputedBy),
        r.evidence.length,
        r.confidence,
        r.inference?.when,
        r.inference?.type,
        r.inference?.parties,
        fields.claims,
        fields.reliability,
        fields.credibility,
        ...relationExtra.map((c) => attributeText(r.attributes, c.key)),
      ];
    }),
  );
  const actors = csvTable(
    [...ACTOR_COLUMNS, ...actorExtra.map((c) => c.name)],
    dataset.actors.map((a) => [
      a.id,
      a.label,
      a.kind,
      a.country,
      a.partOf,
      a.aliases && joinList(a.aliases),
      a.description,
      gephiTimeset(lifetimes.get(a.id) ?? null),
      a.when,
      ...actorExtra.map((c) => attributeText(a.attributes, c.key)),
    ]),
  );
  const sources = csvTable(
    SOURCE_COLUMNS,
    dataset.sources.map((s) => [s.id, s.title, s.author, s.publisher, s.published, s.url, s.note]),
  );
  const evidence = csvTable(
    EVIDENCE_COLUMNS,
    dataset.relations.flatMap((r) =>
      r.evidence.map((e) => [
        r.id,
        e.source,
        e.quote,
        titles.get(e.source),
        e.claim?.by,
        e.claim?.actor,
        e.claim?.name,
        e.reliability,
        e.credibility,
      ]),
    ),
  );
  return {
    'relations.csv': relations,
    'actors.csv': actors,
    'sources.csv': sources,
    'evidence.csv': evidence,
  };
}

/** One table as CSV text. */
export function writeCsv(dataset: Dataset, table: CsvTable = 'relations', options: CsvOptions = {}): string {
  return csvTables(dataset, options)[`${table}.csv`];
}

/**
 * `dataset.csv`, in the zip only: the dataset's id, title, description and opening, so an import of the zip gets them back
 * (and two datasets do not both become "relations" in the browser's library).
 */
export function datasetTable(dataset: Dataset): string {
  const o = dataset.opening;
  return csvTable(DATASET_COLUMNS, [
    [dataset.id, dataset.title, dataset.description, o?.date, o?.window?.from, o?.window?.to, o?.note],
  ]);
}

/** All the tables in one zip. `mtime` fixes the files' date (default: now), for reproducible archives. */
export function writeCsvZip(
  dataset: Dataset,
  options: CsvOptions & { readonly mtime?: Date } = {},
): Uint8Array {
  const tables = { ...csvTables(dataset, options), 'dataset.csv': datasetTable(dataset) };
  const files = Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, strToU8(text)]));
  return zipSync(files, { level: 6, mtime: options.mtime ?? new Date() });
}

const CSV_TABLE_TYPE = 'text/csv;charset=utf-8';

function isCsvTable(value: string): value is CsvTable {
  return (CSV_TABLES as readonly string[]).includes(value);
}

export const csvWriter: WriterFormat<'csv'> = {
  id: 'csv',
  label: 'CSV tables (Kumu, Gephi, spreadsheets)',
  extension: 'zip',
  mediaType: 'application/zip',
  write: (dataset, options, stem) => {
    const csvOptions = { ...options, headers: options.csvHeaders };
    if (options.csvTable) {
      return {
        fileName: `${stem}-${options.csvTable}.csv`,
        mime: CSV_TABLE_TYPE,
        bytes: writeCsv(dataset, options.csvTable, csvOptions),
      };
    }
    return { fileName: `${stem}-csv.zip`, mime: 'application/zip', bytes: writeCsvZip(dataset, csvOptions) };
  },
  variants: [{ extension: 'csv', options: { csvTable: 'relations' }, label: 'the relations table alone' }],
  options: [
    {
      flag: 'table',
      type: 'string',
      value: CSV_TABLES.join('|'),
      help: 'one table as a .csv file instead of the zip of all four',
      apply: (value) => {
        if (typeof value !== 'string' || !isCsvTable(value))
          throw new WriterOptionError(`--table is one of ${CSV_TABLES.join(', ')}, not "${String(value)}"`);
        return { csvTable: value };
      },
    },
    {
      flag: 'kumu',
      type: 'boolean',
      help: 'calls the ends From/To, as Kumu does, not Source/Target',
      apply: (value) => (value === true ? { csvHeaders: 'kumu' } : {}),
    },
  ],
};
