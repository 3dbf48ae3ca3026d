// The codes an event file uses, counted under the key the mapping table decides them by (`cameo:19`,
// `acled:battles`), with the table's own label and type: what the import dialog's mapping step lists, one select
// per key, and the key a user's override (`scheme:code` → type or null) is written under.
import type { RelationType } from '../dataset/vocabulary';
import { EVENT_SCHEME_LABELS, type EventRecord, type EventScheme } from './event';
import { EVENT_MAPPING, mappingKey, type MappingOverride, type MappingRow } from './mapping';

export interface EventCodeCount {
  /** The mapping key: `scheme:code`, the code as the table writes it, lower case. */
  readonly key: string;
  readonly scheme: EventScheme;
  /** "CAMEO 19 (Fight)", "ACLED Battles", "UCDP 1 (State-based armed conflict)". */
  readonly label: string;
  /** Events of the file with a code under this key. */
  readonly count: number;
  /** What the table maps the key to (null: left out), before any override. */
  readonly type: RelationType | null;
}

const BY_KEY = new Map<string, MappingRow>(
  EVENT_MAPPING.map((r) => [`${r.scheme}:${r.code.toLowerCase()}`, r]),
);

/** The key that decides a code's type: the most specific one the table has a row for, else the least specific. */
export function decidingKey(scheme: EventScheme, code: string): string {
  const keys = mappingKey(scheme, code);
  return keys.find((k) => BY_KEY.has(k)) ?? keys.at(-1)!;
}

function labelOf(scheme: EventScheme, key: string): string {
  const row = BY_KEY.get(key);
  const code = row?.code ?? key.slice(key.indexOf(':') + 1);
  const name = EVENT_SCHEME_LABELS[scheme];
  return row && row.label !== row.code ? `${name} ${code} (${row.label})` : `${name} ${code}`;
}

/** Every key the events' codes fall under, with its count; the most used first, then by key. */
export function codesSeen(events: Iterable<EventRecord>): EventCodeCount[] {
  const counts = new Map<string, { scheme: EventScheme; count: number }>();
  for (const e of events) {
    const key = decidingKey(e.scheme, e.code);
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { scheme: e.scheme, count: 1 });
  }
  return [...counts]
    .map(([key, { scheme, count }]) => ({
      key,
      scheme,
      label: labelOf(scheme, key),
      count,
      type: BY_KEY.get(key)?.type ?? null,
    }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The type a listed key maps to under a user's override: the override's choice where it has one, else the table's. */
export function chosenType(code: EventCodeCount, override: MappingOverride | undefined): RelationType | null {
  return override?.has(code.key) ? (override.get(code.key) ?? null) : code.type;
}
