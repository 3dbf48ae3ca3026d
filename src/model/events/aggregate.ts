// Folds events into relations: events between the same pair with the same mapped type, in the same window, make
// one relation that keeps their count, their fatalities where given, their first and last day (its `when`, no
// more precise than the events), up to N evidence items and every event id, so each line still answers "says
// who?" and leads back to the raw events. `noAggregate` keeps one relation per event.
import type { RelationType } from '../dataset/vocabulary';
import { RELATION_TYPE_INFO } from '../dataset/vocabulary';
import { coarser, whenOf, type EventEvidence, type EventPrecision, type EventRecord } from './event';
import { mapEvent, mappingKey, type MappingOverride } from './mapping';
import { dayNumber, windowKey, type EventWindow } from './window';

export interface AggregateOptions {
  readonly window: EventWindow;
  /** Evidence items kept per relation (the first events' in date order); 3 unless given. */
  readonly maxEvidence?: number;
  readonly noAggregate?: boolean;
  readonly mapping?: MappingOverride;
}

export interface EventRelation {
  /** Stable within one run: pair, type and window; several runs of one pair are told apart by their first day. */
  readonly key: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  /** False when the type is undirected or the events gave no direction: the pair was matched either way round. */
  readonly directed: boolean;
  /** The window's name (`2018-06`, `2018-Q2`, a run's first day), or the event id when not aggregated. */
  readonly window: string;
  readonly count: number;
  /** The sum over the events that give fatalities; undefined when none does. */
  readonly fatalities: number | undefined;
  readonly first: string;
  readonly last: string;
  readonly precision: EventPrecision;
  /** EDTF: whenOf(first, last, coarsest precision of the events). */
  readonly when: string;
  readonly evidence: readonly EventEvidence[];
  readonly eventIds: readonly string[];
  /** The events' codes as written, each once, in order of first use. */
  readonly codes: readonly string[];
  /** The events' associated actors, each once. */
  readonly associated: readonly string[];
}

export interface Aggregation {
  readonly relations: EventRelation[];
  /** Events whose code maps to no type, by the table's least specific key (`cameo:01`, `acled:strategic developments`). */
  readonly unmapped: ReadonlyMap<string, number>;
  /** Events with the same actor on both sides, or a day that is not a calendar day. */
  readonly skipped: { readonly selfPairs: number; readonly badDates: number };
}

interface Keyed {
  readonly event: EventRecord;
  readonly type: RelationType;
  readonly directed: boolean;
  readonly pair: string;
  readonly day: number;
}

/** The pair's key: as given when directed, else the two names in order so either way round matches. */
function pairOf(source: string, target: string, directed: boolean): [string, string] {
  return directed || source <= target ? [source, target] : [target, source];
}

function fold(events: readonly Keyed[], window: string, maxEvidence: number): EventRelation {
  const sorted = [...events].sort((a, b) => a.day - b.day || (a.event.id < b.event.id ? -1 : 1));
  const head = sorted[0]!;
  let precision = head.event.precision;
  let fatalities: number | undefined;
  const evidence: EventEvidence[] = [];
  const codes = new Set<string>();
  const associated = new Set<string>();
  for (const k of sorted) {
    for (const a of k.event.associated ?? []) associated.add(a);
    precision = coarser(precision, k.event.precision);
    if (k.event.fatalities !== undefined) fatalities = (fatalities ?? 0) + k.event.fatalities;
    for (const e of k.event.evidence) {
      const same = evidence.some((x) => x.outlet === e.outlet && x.url === e.url && x.summary === e.summary);
      if (!same && evidence.length < maxEvidence) evidence.push(e);
    }
    codes.add(k.event.code);
  }
  const first = head.event.date;
  const last = sorted.at(-1)!.event.date;
  const [source, target] = head.directed
    ? [head.event.source, head.event.target]
    : pairOf(head.event.source, head.event.target, false);
  return {
    key: `${head.pair}\u0000${head.type}\u0000${window}`,
    source,
    target,
    type: head.type,
    directed: head.directed,
    window,
    count: sorted.length,
    fatalities,
    first,
    last,
    precision,
    when: whenOf(first, last, precision),
    evidence,
    eventIds: sorted.map((k) => k.event.id),
    codes: [...codes],
    associated: [...associated],
  };
}

/** Runs of events (sorted by day) no more than `gap` days apart. */
function runs(events: Keyed[], gap: number): Keyed[][] {
  const sorted = [...events].sort((a, b) => a.day - b.day);
  const out: Keyed[][] = [];
  for (const k of sorted) {
    const run = out.at(-1);
    if (run && k.day - run.at(-1)!.day <= gap) run.push(k);
    else out.push([k]);
  }
  return out;
}

export function aggregateEvents(events: Iterable<EventRecord>, options: AggregateOptions): Aggregation {
  const maxEvidence = options.maxEvidence ?? 3;
  const unmapped = new Map<string, number>();
  const skipped = { selfPairs: 0, badDates: 0 };
  const groups = new Map<string, Keyed[]>();
  const relations: EventRelation[] = [];
  for (const event of events) {
    const mapped = mapEvent(event, options.mapping);
    if (!mapped) {
      const key = mappingKey(event.scheme, event.code).at(-1)!;
      unmapped.set(key, (unmapped.get(key) ?? 0) + 1);
      continue;
    }
    if (event.source === event.target) {
      skipped.selfPairs++;
      continue;
    }
    const day = dayNumber(event.date);
    if (Number.isNaN(day)) {
      skipped.badDates++;
      continue;
    }
    const directed = event.directed && RELATION_TYPE_INFO[mapped.type].directed;
    const pair = pairOf(event.source, event.target, directed).join('\u0000');
    const keyed: Keyed = { event, type: mapped.type, directed, pair, day };
    if (options.noAggregate) {
      relations.push(fold([keyed], event.id, maxEvidence));
      continue;
    }
    const w = options.window;
    const group = `${pair}\u0000${mapped.type}\u0000${w.kind === 'calendar' ? windowKey(event.date, w.unit) : ''}`;
    let list = groups.get(group);
    if (!list) groups.set(group, (list = []));
    list.push(keyed);
  }
  for (const [group, list] of groups) {
    const w = options.window;
    if (w.kind === 'calendar') relations.push(fold(list, group.split('\u0000').at(-1)!, maxEvidence));
    else
      for (const run of runs(list, w.maxGapDays)) relations.push(fold(run, run[0]!.event.date, maxEvidence));
  }
  return { relations, unmapped, skipped };
}
