// The column and attribute names Faultline understands, shared by every foreign reader: a CSV header, a GEXF
// or GraphML attribute title and a Cytoscape `data` key all go through here, so "Source title" means the same in
// each. Names are compared without case, spaces, underscores or punctuation. Anything not recognised is kept
// in `attributes`.
import { newAttributes, type AttributeBag, type AttributeValue, type Place } from './draft';

export type RelationRole =
  | 'id'
  | 'source'
  | 'target'
  | 'type'
  | 'label'
  | 'when'
  | 'start'
  | 'end'
  | 'timeset'
  | 'summary'
  | 'subtype'
  | 'status'
  | 'directed'
  | 'polarity'
  | 'assertedBy'
  | 'disputedBy'
  | 'quote'
  | 'sourceTitle'
  | 'sourceUrl'
  | 'sourcePublished'
  | 'sourceAuthor'
  | 'sourcePublisher'
  | 'confidence'
  | 'inferenceWhen'
  | 'inferenceType'
  | 'inferenceParties';

export type ActorRole =
  | 'id'
  | 'label'
  | 'kind'
  | 'description'
  | 'country'
  | 'aliases'
  | 'partOf'
  | 'when'
  | 'start'
  | 'end'
  | 'timeset';

const TIME_NAMES = {
  when: ['when', 'date', 'time', 'timestamp'],
  start: ['start', 'startdate', 'begin', 'since', 'fromdate'],
  end: ['end', 'enddate', 'until', 'todate'],
  timeset: ['timeset', 'timeinterval', 'timeintervals', 'interval', 'spells'],
} as const;

const RELATION_NAMES: Record<RelationRole, readonly string[]> = {
  id: ['id', 'relationid', 'edgeid'],
  source: ['source', 'from', 'actor1', 'sourceactor', 'sourceid', 'fromid'],
  target: ['target', 'to', 'actor2', 'targets', 'targetactor', 'targetid', 'toid'],
  type: ['type', 'relationtype', 'relation', 'kind', 'interaction', 'edgetype'],
  label: ['label'],
  ...TIME_NAMES,
  summary: ['summary', 'description'],
  subtype: ['subtype'],
  status: ['status'],
  directed: ['directed'],
  polarity: ['polarity', 'sign'],
  assertedBy: ['assertedby'],
  disputedBy: ['disputedby'],
  quote: ['quote', 'excerpt', 'passage'],
  sourceTitle: ['sourcetitle', 'sourcename'],
  sourceUrl: ['sourceurl', 'url', 'link'],
  sourcePublished: ['sourcepublished', 'sourcedate', 'published', 'publicationdate'],
  sourceAuthor: ['sourceauthor', 'author'],
  sourcePublisher: ['sourcepublisher', 'publisher'],
  confidence: ['confidence'],
  inferenceWhen: ['inferencewhen'],
  inferenceType: ['inferencetype'],
  inferenceParties: ['inferenceparties'],
};

const ACTOR_NAMES: Record<ActorRole, readonly string[]> = {
  id: ['id', 'actorid', 'nodeid'],
  label: ['label', 'name', 'actor'],
  kind: ['kind', 'type', 'actortype', 'actorkind', 'category'],
  description: ['description', 'summary'],
  country: ['country', 'countrycode'],
  aliases: ['aliases', 'alias', 'alsoknownas'],
  partOf: ['partof', 'parent'],
  ...TIME_NAMES,
};

function invert<R extends string>(names: Record<R, readonly string[]>): Map<string, R> {
  const m = new Map<string, R>();
  for (const [role, list] of Object.entries(names) as [R, readonly string[]][])
    for (const n of list) m.set(n, role);
  return m;
}

const RELATION_ROLE = invert(RELATION_NAMES);
const ACTOR_ROLE = invert(ACTOR_NAMES);

const RELATION_ID = /^relation[^a-z0-9]*id$/i;

export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Role lookups by name as written, remembered: a 100k-row table asks about the same few names each row. */
function memoized<R>(roles: ReadonlyMap<string, R>): (name: string) => R | undefined {
  const seen = new Map<string, R | undefined>();
  return (name) => {
    if (seen.has(name)) return seen.get(name);
    const role = roles.get(normalizeName(name));
    if (seen.size < 10_000) seen.set(name, role);
    return role;
  };
}

export const relationRoleOf = memoized(RELATION_ROLE);
export const actorRoleOf = memoized(ACTOR_ROLE);

/** One named value of a foreign record, with its place (a CSV cell, an XML attribute, a JSON value). */
export interface Field {
  readonly name: string;
  readonly value: AttributeValue;
  readonly place: Place;
}

export interface SplitFields<R extends string> {
  /** The first field of each recognised role whose value is not empty. */
  readonly known: Map<R, Field>;
  /** Everything else, by its name as written. */
  readonly attributes: AttributeBag;
}

function isEmpty(v: AttributeValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

function split<R extends string>(
  fields: Iterable<Field>,
  roleOf: (name: string) => R | undefined,
  keep: ReadonlySet<R>,
): SplitFields<R> {
  const known = new Map<R, Field>();
  const attributes = newAttributes();
  for (const f of fields) {
    const role = roleOf(f.name);
    const previous = role === undefined ? undefined : known.get(role);
    // A relation id names the relation where the record's own id names one edge of it (a Faultline export).
    const overrides = role === 'id' && previous !== undefined && RELATION_ID.test(f.name);
    if (role !== undefined && !keep.has(role) && (!previous || overrides) && !isEmpty(f.value)) {
      if (previous) attributes[previous.name] = previous.value;
      known.set(role, f);
    } else if (!isEmpty(f.value)) {
      attributes[f.name] = f.value;
    }
  }
  return { known, attributes };
}

/** Splits a relation's fields into what Faultline uses and attributes; roles in `asAttributes` stay attributes. */
export function splitRelationFields(
  fields: Iterable<Field>,
  asAttributes: ReadonlySet<RelationRole> = new Set(),
): SplitFields<RelationRole> {
  return split(fields, relationRoleOf, asAttributes);
}

export function splitActorFields(
  fields: Iterable<Field>,
  asAttributes: ReadonlySet<ActorRole> = new Set(),
): SplitFields<ActorRole> {
  return split(fields, actorRoleOf, asAttributes);
}

/** A field's value as trimmed text. */
export function text(f: Field | undefined): string | undefined {
  if (f === undefined || f.value === null) return undefined;
  const s = String(f.value).trim();
  return s === '' ? undefined : s;
}

/** A cell naming several things: `a; b` or `a | b`. */
export function list(f: Field | undefined): string[] | undefined {
  const s = text(f);
  if (s === undefined) return undefined;
  const items = splitList(s)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return items.length > 0 ? items : undefined;
}

/**
 * Splits on `;` and `|`, except where a backslash stands before one (Faultline's exports write a value's own
 * separator, or backslash, so: export/fields.ts `joinList`); only those three escapes are undone, so a foreign
 * value's other backslashes stay as written.
 */
export function splitList(s: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const next = s[i + 1];
    if (c === '\\' && next !== undefined && '\\|;'.includes(next)) {
      current += next;
      i++;
    } else if (c === ';' || c === '|') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items;
}

/** true / false / yes / no / 1 / 0 (any case); undefined for anything else. */
export function booleanOf(f: Field | undefined): boolean | undefined {
  if (f === undefined) return undefined;
  if (typeof f.value === 'boolean') return f.value;
  const s = text(f)?.toLowerCase();
  if (s === 'true' || s === 'yes' || s === '1' || s === 'directed') return true;
  if (s === 'false' || s === 'no' || s === '0' || s === 'undirected') return false;
  return undefined;
}
