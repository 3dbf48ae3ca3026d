// The common path of every event reader: the table (table.ts), each row turned into an event by the format's own
// function (or counted as skipped, or rejected with its place and reason), the events folded into relations
// (src/model/events), and those relations handed to the importer's Draft, so validation, the type-mapping step,
// the valid part and the rejected rows work as for every other format.
import { aggregateEvents, type EventRelation } from '../../../model';
import { codesSeen, type EventCodeCount } from '../../../model';
import { EVENT_SCHEME_LABELS, type EventRecord, type EventScheme } from '../../../model';
import { parseWindow, type EventWindow } from '../../../model';
import { MAX_EVENT_DAYS } from '../../../model';
import { RELATION_TYPE_INFO, type ActorKind } from '../../../model';
import { parseWhen } from '../../../model';
import { DAY_MS } from '../../../model';
import type { Problem } from '../../../model';
import { fileWarningIn } from '../../problem';
import { assemble } from '../assemble';
import {
  newAttributes,
  newDraft,
  problemAt,
  type AttributeBag,
  type Draft,
  type DraftActor,
  type Place,
} from '../draft';
import type { ReaderFormat, ReadOptions } from '../reader-format';
import {
  checkCancelled,
  failed,
  type EventImportOptions,
  type ImportOptions,
  type ImportResult,
} from '../result';
import { readEventTable, type EventRow, type TableSpec } from './table';

/** What a row becomes: an event, a row left out on purpose (counted), or a bad row (rejected, placed). */
export type RowOutcome =
  | { readonly kind: 'event'; readonly event: EventRecord; readonly kinds?: ActorKinds }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'bad'; readonly column: string; readonly message: string };

/** Actor kinds the row tells (ACLED's inter codes, CAMEO actor types), by actor name. */
export type ActorKinds = readonly (readonly [string, ActorKind])[];

export interface EventFormat extends TableSpec {
  readonly id: string;
  readonly extensions: readonly string[];
  readonly mediaType: string;
  /** Whether a file's first line is this format's header (or, headerless, its first row). */
  readonly claims: (firstLine: string) => boolean;
  readonly toEvent: (row: EventRow, options: EventImportOptions) => RowOutcome;
}

export const DEFAULT_WINDOW: EventWindow = parseWindow('month');

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The relation's own words: what it counts, from which codes, over which days; never a quote. */
function summaryOf(r: EventRelation, format: string, scheme: string): string {
  const days = r.first === r.last ? r.first : `${r.first} to ${r.last}`;
  const dead = r.fatalities === undefined ? '' : `, ${plural(r.fatalities, 'fatality', 'fatalities')}`;
  return `${plural(r.count, `${format} event`)} (${scheme} ${r.codes.slice(0, 5).join(', ')}${r.codes.length > 5 ? ' …' : ''}), ${days}${dead}`;
}

function attributesOf(r: EventRelation): AttributeBag {
  const a = newAttributes();
  a.events = r.count;
  if (r.fatalities !== undefined) a.fatalities = r.fatalities;
  a.firstEvent = r.first;
  a.lastEvent = r.last;
  a.window = r.window;
  a.eventCodes = r.codes.join('; ');
  a.eventIds = r.eventIds.join('; ');
  if (r.associated.length > 0) a.associatedActors = r.associated.join('; ');
  r.evidence.forEach((e, i) => {
    if (e.outlet) a[`evidence ${i + 1} outlet`] = e.outlet;
    if (e.url) a[`evidence ${i + 1} url`] = e.url;
    if (e.summary) a[`evidence ${i + 1} summary (not a quote)`] = e.summary;
  });
  return a;
}

/** An event type whose relation spans more than an event may: a lasting "series" of it, same tone. */
function typeNameOf(r: EventRelation): { name: string; label?: string } {
  const info = RELATION_TYPE_INFO[r.type];
  if (info.duration === 'lasting') return { name: r.type };
  const span = parseWhen(r.when);
  const days = Math.round((span.end + 1 - span.start) / DAY_MS);
  if (span.kind === 'date' || days <= MAX_EVENT_DAYS) return { name: r.type };
  return { name: `${r.type} series`, label: `${info.label} (series)` };
}

function actorDraft(name: string, kind: ActorKind | undefined): DraftActor {
  return {
    foreignId: name,
    label: name,
    ...(kind ? { kind } : {}),
    place: {},
    values: () => new Map(),
    problems: [],
    attributes: newAttributes(),
  };
}

/** An empty Draft for an event file: its id and title from the file's name. */
export function newEventDraft(id: string, label: string, file: string): Draft {
  const draft: Draft = newDraft(id, file, true);
  const base = file.replace(/^.*[\\/]/, '');
  draft.meta.id = base.replace(/\.[^.]+$/, '');
  draft.meta.title = `${label} events from ${base}`;
  return draft;
}

export function readEvents(format: EventFormat, text: string, options: ReadOptions): ImportResult {
  const file = options.fileName;
  const opts = options.events ?? {};
  const table = readEventTable(text, file, format);
  if (!table.ok) return failed(table.problems);
  const draft = newEventDraft(format.id, format.label, file);
  const events: EventRecord[] = [];
  const skipped = new Map<string, number>();
  const kinds = new Map<string, ActorKind>();
  table.rows.forEach((row, i) => {
    if (i % 5000 === 0) {
      checkCancelled(options);
      options.onProgress?.((0.6 * i) / table.rows.length);
    }
    // As DuckDB's reader in `faultline ingest` does: a row of another width than the header's is not read.
    if (row.width !== table.header.length) {
      const named = format.headerless ? 'the first row has' : 'the header names';
      const message = `the row has ${row.width} cells but ${named} ${table.header.length}`;
      draft.relations.push(badRow(draft, row, '', message));
      return;
    }
    const out = format.toEvent(row, opts);
    if (out.kind === 'bad') draft.relations.push(badRow(draft, row, out.column, out.message));
    else if (out.kind === 'skip') skipped.set(out.reason, (skipped.get(out.reason) ?? 0) + 1);
    else {
      events.push(out.event);
      for (const [name, kind] of out.kinds ?? []) if (!kinds.has(name)) kinds.set(name, kind);
    }
  });
  return foldEvents(draft, format.label, { events, skipped, kinds, unit: 'row' }, options);
}

/** What a reader of events gathered: the events, the records left out on purpose by reason, the actors' kinds. */
export interface GatheredEvents {
  readonly events: readonly EventRecord[];
  readonly skipped: ReadonlyMap<string, number>;
  readonly kinds: ReadonlyMap<string, ActorKind>;
  /** What the file is made of, for the counts of those left out ("row", "record"). */
  readonly unit: string;
}

/** Events folded into relations by the import's options, then the dataset: the end every event reader shares. */
export function foldEvents(
  draft: Draft,
  label: string,
  gathered: GatheredEvents,
  options: ReadOptions,
): ImportResult {
  const opts = options.events ?? {};
  const { events, skipped, kinds, unit } = gathered;
  const agg = aggregateEvents(events, {
    window: opts.window ?? DEFAULT_WINDOW,
    ...(opts.noAggregate ? { noAggregate: true } : {}),
    ...(opts.maxEvidence !== undefined ? { maxEvidence: opts.maxEvidence } : {}),
    ...(opts.mapping ? { mapping: opts.mapping } : {}),
  });
  const counted = [...skipped].map(([reason, n]) => `${plural(n, unit)} left out: ${reason}`);
  return eventDataset(
    draft,
    {
      label,
      relations: agg.relations,
      kinds,
      counted,
      unmapped: agg.unmapped,
      selfPairs: agg.skipped.selfPairs,
      scheme: events[0]?.scheme,
      noAggregate: opts.noAggregate ?? false,
      codes: codesSeen(events),
    },
    options,
  );
}

/** What an event import found, however it was read (here, or by DuckDB in `faultline ingest`). */
export interface EventFindings {
  /** The format's name: "ACLED". */
  readonly label: string;
  readonly relations: readonly EventRelation[];
  readonly kinds?: ReadonlyMap<string, ActorKind>;
  /** Sentences counting rows left out on purpose. */
  readonly counted: readonly string[];
  readonly unmapped: ReadonlyMap<string, number>;
  readonly selfPairs: number;
  readonly scheme: EventScheme | undefined;
  readonly noAggregate: boolean;
  /** The codes the events use, counted (the app's mapping step lists them); left out where none were kept. */
  readonly codes?: readonly EventCodeCount[];
}

/** The aggregated relations as a dataset, through the importer's Draft (mapping step, validation, valid part). */
export function eventDataset(draft: Draft, found: EventFindings, options: ImportOptions): ImportResult {
  const warn = (message: string) => draft.warnings.push(fileWarningIn(draft.file, message));
  for (const sentence of found.counted) warn(sentence);
  for (const [code, n] of found.unmapped)
    warn(
      `${plural(n, 'event')} with the code ${code} left out: it maps to no relation type (docs/event-data.md)`,
    );
  if (found.selfPairs > 0) warn(`${plural(found.selfPairs, 'event')} left out: the same actor on both sides`);
  const names = new Set<string>();
  for (const r of found.relations) {
    names.add(r.source);
    names.add(r.target);
  }
  for (const name of [...names].sort()) draft.actors.push(actorDraft(name, found.kinds?.get(name)));
  const scheme = found.scheme ? EVENT_SCHEME_LABELS[found.scheme] : '';
  // One order whichever engine folded the events: by type, pair and first day (declared types follow it).
  const order = (r: EventRelation) => [r.type, r.source, r.target, r.first, r.window];
  const sorted = [...found.relations].sort((a, b) => {
    const [x, y] = [order(a), order(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
  for (const r of sorted) {
    const type = typeNameOf(r);
    draft.relations.push({
      ...(found.noAggregate ? { foreignId: r.eventIds[0] } : {}),
      source: r.source,
      targets: [r.target],
      typeName: type.name,
      typeHints: { label: type.label, polarity: RELATION_TYPE_INFO[r.type].polarity },
      directed: r.directed,
      when: r.when,
      summary: summaryOf(r, found.label, scheme),
      place: {},
      values: () => new Map(),
      problems: [],
      attributes: attributesOf(r),
      evidence: [],
    });
  }
  return withCodes(foldUnsourced(assemble(draft, options), draft.file), found.codes);
}

/** The codes seen, added to the report (the valid part's too) so the app can offer their mapping. */
function withCodes(result: ImportResult, codes: readonly EventCodeCount[] | undefined): ImportResult {
  if (!codes) return result;
  if (result.ok) return { ...result, report: { ...result.report, eventCodes: codes } };
  const partial = result.partial;
  return partial
    ? { ...result, partial: { ...partial, report: { ...partial.report, eventCodes: codes } } }
    : result;
}

const UNSOURCED = 'has no evidence: it will be shown as unsourced';

/**
 * Event data carries outlets, addresses and the coders' summaries, never quotes: every relation would be warned
 * "unsourced" one by one. One sentence says it for all, and where the evidence is kept instead.
 */
function foldUnsourced(result: ImportResult, file: string): ImportResult {
  const fold = (problems: readonly Problem[]): Problem[] => {
    const rest = problems.filter((p) => !(p.severity === 'warning' && p.message === UNSOURCED));
    const n = problems.length - rest.length;
    if (n === 0) return rest;
    return [
      ...rest,
      fileWarningIn(
        file,
        `${plural(n, 'relation')} carry no quote: event data gives outlets, addresses and summaries, kept in each relation's attributes ("evidence 1 outlet", "evidence 1 summary (not a quote)" …)`,
      ),
    ];
  };
  return result.ok
    ? { ...result, warnings: fold(result.warnings) }
    : { ...result, problems: fold(result.problems) };
}

/** A record of an event file that does not read: rejected at its place with its problem, kept for the download. */
export function rejectedRecord(
  draft: Draft,
  place: Place,
  values: () => ReadonlyMap<string, string>,
  message: string,
): Draft['relations'][number] {
  return {
    source: '',
    targets: [],
    typeName: '',
    directed: true,
    when: '../..',
    place,
    values,
    problems: [problemAt(draft, place, message)],
    attributes: newAttributes(),
    evidence: [],
  };
}

function badRow(draft: Draft, row: EventRow, column: string, message: string): Draft['relations'][number] {
  const place = column === '' ? { line: row.line } : row.place(column);
  return rejectedRecord(draft, place, () => row.values(), message);
}

/** The registry entry of an event format: its files, told by their header when the extension is shared. */
export function eventReader(format: EventFormat): ReaderFormat {
  return {
    id: format.id,
    label: format.label,
    extensions: format.extensions,
    mediaType: format.mediaType,
    sniff: { kind: 'table', claims: format.claims },
    read: (text, options) => readEvents(format, text, options),
  };
}
