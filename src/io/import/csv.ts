// Reader for CSV (and other delimited text): one relations table, with optional actors, sources and evidence
// tables. Column names are those of fields.ts (Source/From, Target/To, Type, When or Start/End or Gephi's timeset,
// Summary, Quote, Source title …). Gephi's edge table conventions are understood: a Type column holding
// Directed/Undirected says the direction, and a Label column names the relation type. Rows sharing an Id are one
// relation: more targets (one row per target) or more quotes. A Faultline CSV export reads back exactly.
import type { Problem } from '../../model';
import { openingSchema } from '../../model';
import {
  booleanOf,
  list,
  normalizeName,
  relationRoleOf,
  splitActorFields,
  splitRelationFields,
  text,
  type RelationRole,
} from './fields';
import { assemble } from './assemble';
import { readTable, withoutFormulaGuard, type Table, type TableRecord } from './csv-table';
import { newDraft, problemAt, warnAt, type Draft, type DraftEvidence, type DraftRelation } from './draft';
import { edgeDrafts } from './edge-draft';
import { actorDraft, warnUndated } from './record-draft';
import { spellsFromFields, timeFieldsOf } from './record-time';
import type { ReaderFormat } from './reader-format';
import { failed, checkCancelled, type CsvCompanion, type ImportOptions, type ImportResult } from './result';
import { readZip } from './zip';
import { PER_PASSAGE_FIELDS } from '../export';
import { applyEvidence, readSources } from './csv-evidence';
import { numberScaleOf, type TimeContext } from './time';
import { labelsAreTypes } from './type-mapping';
import { errorIn } from '../problem';

const DIRECTIONS = new Set(['directed', 'undirected', 'mixed']);

function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** The cells of the first column holding a role, without reading every row's fields. */
function column(table: Table, role: RelationRole): string[] {
  const at = table.header.findIndex((h) => relationRoleOf(h) === role);
  if (at < 0) return [];
  return table.records.map((r) => String(r.fields[at]?.value ?? '').trim());
}

/** Every cell of the time columns (When, Start, End, timeset) of the tables. */
function* allTimeValues(tables: readonly Table[]): Generator<string> {
  const TIME = new Set(['when', 'start', 'end', 'timeset']);
  for (const t of tables) {
    const at = t.header.flatMap((h, i) => (TIME.has(relationRoleOf(h) ?? '') ? [i] : []));
    for (const r of t.records) for (const i of at) yield String(r.fields[i]?.value ?? '');
  }
}

function readActors(draft: Draft, table: Table, ctx: TimeContext, fromFaultline: boolean): void {
  for (const r of table.records) {
    // A Faultline export's actor timeset is widened to cover the actor's relations; its When is the actor's own.
    const fields = fromFaultline ? r.fields.filter((f) => relationRoleOf(f.name) !== 'timeset') : r.fields;
    const { known, attributes } = splitActorFields(fields);
    const id = text(known.get('id')) ?? text(known.get('label'));
    const place = { file: table.file, line: r.line };
    const problems: Problem[] = [];
    if (id === undefined) problems.push(problemAt(draft, place, 'the row gives neither an id nor a name'));
    const time = spellsFromFields(timeFieldsOf(known), ctx);
    if (!time.ok) problems.push(problemAt(draft, { file: table.file, ...time.field.place }, time.reason));
    draft.actors.push(
      actorDraft({
        foreignId: id ?? `line ${r.line}`,
        known,
        attributes,
        place,
        values: () => r.values,
        spells: time.ok ? time.spells : [],
        problems,
      }),
    );
  }
}

interface RowKey {
  readonly line: number;
  readonly identity: string;
  readonly drafts: DraftRelation[];
  /** Per draft, its targets and its passages' keys, so a repeated row is merged in constant time, not by a scan. */
  readonly seen: { readonly targets: Set<string>; readonly passages: Set<string> }[];
}

const passageKey = (e: DraftEvidence) => `${e.source.title}\u0000${e.quote}`;

/** What a row of a repeated id says besides its targets and passages, by field, for telling a conflict. */
function restOf(d: DraftRelation): [string, string][] {
  return [
    ['summary', d.summary ?? ''],
    ['subtype', d.subtype ?? ''],
    ['status', d.status ?? ''],
    ['assertedBy', (d.assertedBy ?? []).join('|')],
    ['disputedBy', (d.disputedBy ?? []).join('|')],
    ['confidence', d.confidence ?? ''],
    ['attributes', JSON.stringify(d.attributes)],
  ];
}

/**
 * Columns a Faultline CSV export derives from others: the edge key, the type's label, days, the evidence count, and
 * the per-passage claims and grades (evidence.csv carries them, quote by quote).
 */
const FAULTLINE_DERIVED = new Set([
  'id',
  'label',
  'start',
  'end',
  'timeset',
  'evidence',
  ...PER_PASSAGE_FIELDS,
]);

/** A Faultline CSV export names each relation in "Relation id" and counts its quotes in "Evidence". */
function isFaultlineExport(table: Table): boolean {
  const names = new Set(table.header.map(normalizeName));
  return names.has('relationid') && names.has('evidence') && names.has('polarity');
}

/**
 * A repeated relation id: more targets (one row per target) or more quotes (one row per quote) of one relation.
 * Anything else the row says differently (summary, status, attributes …) is a conflict: the first row's is kept,
 * and a warning at the later row says which field and where the first was.
 */
function merge(draft: Draft, earlier: RowKey, more: DraftRelation, line: number): void {
  earlier.drafts.forEach((d, i) => {
    const seen = earlier.seen[i]!;
    const targets = d.targets as string[];
    for (const t of more.targets) {
      if (seen.targets.has(t)) continue;
      seen.targets.add(t);
      targets.push(t);
    }
    for (const e of more.evidence) {
      const key = passageKey(e);
      if (seen.passages.has(key)) continue;
      seen.passages.add(key);
      d.evidence.push(e);
    }
  });
  const first = new Map(restOf(earlier.drafts[0]!));
  const differ = restOf(more).filter(
    ([name, value]) => first.get(name) !== value && value !== '' && value !== '{}',
  );
  if (differ.length === 0) return;
  warnAt(
    draft,
    { line },
    `the id "${more.foreignId}" repeats line ${earlier.line} with another ${differ.map(([n]) => n).join(', ')}; line ${earlier.line}'s is kept`,
  );
}

function readRelations(draft: Draft, table: Table, ctx: TimeContext, options: ImportOptions): void {
  const fromFaultline = isFaultlineExport(table);
  // Decided once per column name, not once per cell.
  const derivedColumns = new Set(table.header.filter((h) => FAULTLINE_DERIVED.has(normalizeName(h))));
  const isDerived = (name: string) => derivedColumns.has(name);
  const labelColumn = table.header.find((h) => normalizeName(h) === 'label');
  const typeIsDirection = column(table, 'type').every((v) => v === '' || DIRECTIONS.has(v.toLowerCase()));
  // An empty or Directed/Undirected Type column leaves the relation type to the Label column.
  const labelIsType = typeIsDirection && labelsAreTypes(column(table, 'label'));
  const byId = new Map<string, RowKey>();
  let undated = 0;
  table.records.forEach((r: TableRecord, i) => {
    if (i % 5000 === 0) {
      checkCancelled(options);
      options.onProgress?.((0.8 * i) / table.records.length);
    }
    const derived = fromFaultline ? r.fields.filter((f) => isDerived(f.name)) : [];
    const fields = fromFaultline ? r.fields.filter((f) => !derived.includes(f)) : r.fields;
    const { known, attributes } = splitRelationFields(fields);
    const place = { line: r.line };
    const problems: Problem[] = [];
    const typeField = known.get('type');
    let directed = booleanOf(known.get('directed')) ?? true;
    if (typeIsDirection && typeField) directed = text(typeField)?.toLowerCase() !== 'undirected';
    const foreignId = text(known.get('id'));
    const edge = edgeDrafts(
      draft,
      {
        foreignId,
        source: text(known.get('source')),
        targets: list(known.get('target')),
        typeName: typeIsDirection ? '' : (text(typeField) ?? ''),
        typeLabel: text(derived.find((f) => f.name === labelColumn)),
        labelIsType,
        directed,
        known,
        attributes,
        place,
        values: () => r.values,
        problems,
      },
      ctx,
    );
    const drafts = edge.drafts;
    if (edge.undated) undated++;
    const identity = [drafts[0]?.source, drafts[0]?.typeName, ...drafts.map((d) => d.when)].join('\u0000');
    const earlier = foreignId === undefined ? undefined : byId.get(foreignId);
    if (earlier && problems.length === 0 && earlier.identity === identity) {
      for (const d of drafts) merge(draft, earlier, d, r.line);
      return;
    }
    if (earlier && problems.length === 0) {
      const message = `the id "${foreignId}" is already used at line ${earlier.line} for another relation`;
      for (const d of drafts) d.problems.push(problemAt(draft, place, message));
    }
    draft.relations.push(...drafts);
    if (foreignId !== undefined && !earlier) {
      const seen = drafts.map((d) => ({
        targets: new Set(d.targets),
        passages: new Set(d.evidence.map(passageKey)),
      }));
      byId.set(foreignId, { line: r.line, identity, drafts, seen });
    }
  });
  warnUndated(draft, undated, 'relation');
}

function missingColumns(table: Table): string | undefined {
  const roles = new Set(table.header.map(relationRoleOf));
  if (roles.has('source') && roles.has('target')) return undefined;
  const found = table.header.map((h) => `"${h}"`).join(', ');
  const hint =
    roles.has('id') || roles.has('label')
      ? ' (it looks like an actors table: give it as the actors table)'
      : '';
  return `the relations table needs a Source (or From) column and a Target (or To) column; it has ${found}${hint}`;
}

/** The dataset's id, title, description and opening from its table's first row (what it does not give stays as it was). */
function readDatasetTable(draft: Draft, table: Table): void {
  const row = table.records[0];
  if (!row) return;
  const value = (name: string) => text(row.fields.find((f) => normalizeName(f.name) === name));
  draft.meta.id = value('id') ?? draft.meta.id;
  draft.meta.title = value('title') ?? draft.meta.title;
  draft.meta.description = value('description') ?? draft.meta.description;
  const [date, from, to, note] = ['openingdate', 'openingfrom', 'openingto', 'openingnote'].map(value);
  if (date === undefined && from === undefined && to === undefined && note === undefined) return;
  const opening = openingSchema.safeParse({
    date,
    ...((from !== undefined || to !== undefined) && { window: { from, to } }),
    ...(note !== undefined && { note }),
  });
  if (opening.success) draft.meta.opening = opening.data;
  else {
    draft.warnings.push(
      problemAt(
        draft,
        { line: row.line },
        `the opening (${opening.error.issues.map((i) => `${i.path.join(' ')} ${i.message}`).join('; ')}) was not read; the dataset opens at its default date`,
        'warning',
      ),
    );
  }
}

/** A companion table, read; its problems end the import as the relations table's would. */
function companion(
  c: CsvCompanion | undefined,
  fallback: string,
  draft: Draft,
): Table | Problem[] | undefined {
  if (!c) return undefined;
  const read = readTable(c.text, c.fileName ?? fallback);
  if (!read.ok) return read.problems;
  draft.warnings.push(...read.warnings);
  return read.table;
}

export function readCsv(input: string, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'relations.csv';
  const draft = newDraft('csv', file, true);
  draft.meta.id = baseName(file);
  draft.meta.title = baseName(file);
  const relations = readTable(input, file, options.byteOffset);
  if (!relations.ok) return failed(relations.problems);
  draft.warnings.push(...relations.warnings);
  const missing = missingColumns(relations.table);
  if (missing) return failed([errorIn(file, missing, { line: 1 })]);
  const fromFaultline = isFaultlineExport(relations.table);
  draft.fromFaultline = fromFaultline;
  // Faultline's own CSV put an apostrophe before formula-like text for spreadsheets; it comes off here (export.md).
  const own = (t: Table | Problem[] | undefined) =>
    fromFaultline && t !== undefined && !Array.isArray(t) ? withoutFormulaGuard(t) : t;
  const relationsTable = fromFaultline ? withoutFormulaGuard(relations.table) : relations.table;
  const actors = own(companion(options.actorsTable, 'actors.csv', draft));
  const sources = own(companion(options.sourcesTable, 'sources.csv', draft));
  const evidence = own(companion(options.evidenceTable, 'evidence.csv', draft));
  const about = own(companion(options.datasetTable, 'dataset.csv', draft));
  for (const t of [actors, sources, evidence, about]) if (Array.isArray(t)) return failed(t);
  if (about && !Array.isArray(about)) readDatasetTable(draft, about);
  const tables = [relationsTable, actors].filter((t): t is Table => t !== undefined && !Array.isArray(t));
  const ctx: TimeContext = { format: 'auto', scale: numberScaleOf(allTimeValues(tables)) };
  if (actors && !Array.isArray(actors)) readActors(draft, actors, ctx, fromFaultline);
  readRelations(draft, relationsTable, ctx, options);
  if (evidence && !Array.isArray(evidence)) {
    const known = sources && !Array.isArray(sources) ? readSources(draft, sources, ctx) : new Map();
    applyEvidence(draft, evidence, known, draft.relations);
    // The sources table's order, and its sources no quote cites, are kept.
    draft.sources.push(...known.values());
  }
  return assemble(draft, options);
}

/** A zip of CSV tables (what the CSV export writes): relations.csv read with the tables beside it. */
export function readCsvZip(
  bytes: Uint8Array,
  options: ImportOptions & { readonly fileName: string },
): ImportResult {
  const zip = readZip(bytes, options.fileName);
  if (!zip.ok) return failed(zip.problems);
  const relations = zip.tables.get('relations')!;
  const result = readCsv(relations.text, {
    ...options,
    fileName: relations.fileName,
    actorsTable: zip.tables.get('actors'),
    sourcesTable: zip.tables.get('sources'),
    evidenceTable: zip.tables.get('evidence'),
    datasetTable: zip.tables.get('dataset'),
  });
  return zip.warnings.length === 0 || !result.ok
    ? result
    : { ...result, warnings: [...zip.warnings, ...result.warnings] };
}

export const csvReader: ReaderFormat = {
  id: 'csv',
  label: 'CSV',
  extensions: ['csv', 'tsv', 'tab', 'txt'],
  mediaType: 'text/csv',
  read: readCsv,
  archive: {
    extensions: ['zip'],
    mediaType: 'application/zip',
    // "PK": every zip starts with a local file header (or, empty, with the end of its central directory).
    magic: (bytes) => bytes[0] === 0x50 && bytes[1] === 0x4b,
    read: readCsvZip,
  },
};
