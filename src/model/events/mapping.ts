// The one mapping from the event datasets' codes to Faultline's relation types: CAMEO root codes (GDELT, ICEWS),
// PLOVER categories (POLECAT), ACLED event and sub-event types, and UCDP's types of violence. Each row names the
// type it becomes, or none where Faultline's vocabulary has no honest equivalent (a neutral statement): those
// events are counted and left out. docs/event-data.md carries the same table, checked by mapping-docs.test.ts.
import { RELATION_TYPE_INFO, type Polarity, type RelationType } from '../dataset/vocabulary';
import type { EventRecord, EventScheme } from './event';

export interface MappingRow {
  readonly scheme: EventScheme;
  /** CAMEO root (`18`), PLOVER category (`ASSAULT`), ACLED `event type` or `event type: sub-event type`, UCDP `1`. */
  readonly code: string;
  readonly label: string;
  /** The relation type, or null: not mapped (counted, left out). */
  readonly type: RelationType | null;
}

const row = (scheme: EventScheme, code: string, label: string, type: RelationType | null): MappingRow => ({
  scheme,
  code,
  label,
  type,
});

const cameo = (code: string, label: string, type: RelationType | null) => row('cameo', code, label, type);
const plover = (code: string, type: RelationType | null) => row('plover', code, code, type);
const acled = (code: string, type: RelationType | null) => row('acled', code, code, type);

export const EVENT_MAPPING: readonly MappingRow[] = [
  cameo('01', 'Make public statement', null),
  cameo('02', 'Appeal', null),
  cameo('03', 'Express intent to cooperate', 'offer'),
  cameo('04', 'Consult', 'talks'),
  cameo('05', 'Engage in diplomatic cooperation', 'endorsement'),
  cameo('06', 'Engage in material cooperation', 'support'),
  cameo('07', 'Provide aid', 'support'),
  cameo('08', 'Yield', 'pause'),
  cameo('09', 'Investigate', 'accusation'),
  cameo('10', 'Demand', 'demand'),
  cameo('11', 'Disapprove', 'condemnation'),
  cameo('12', 'Reject', 'condemnation'),
  cameo('13', 'Threaten', 'threat'),
  cameo('14', 'Protest', 'demand'),
  cameo('15', 'Exhibit force posture', 'threat'),
  cameo('16', 'Reduce relations', 'coercion'),
  cameo('17', 'Coerce', 'coercion'),
  cameo('18', 'Assault', 'attack'),
  cameo('19', 'Fight', 'clash'),
  cameo('20', 'Use unconventional mass violence', 'attack'),
  plover('AGREE', 'agreement'),
  plover('CONSULT', 'talks'),
  plover('SUPPORT', 'endorsement'),
  plover('CONCEDE', 'pause'),
  plover('COOPERATE', 'support'),
  plover('AID', 'support'),
  plover('RETREAT', 'pause'),
  plover('REQUEST', 'demand'),
  plover('DEMAND', 'demand'),
  plover('ACCUSE', 'accusation'),
  plover('INVESTIGATE', 'accusation'),
  plover('DISAPPROVE', 'condemnation'),
  plover('REJECT', 'condemnation'),
  plover('THREATEN', 'threat'),
  plover('PROTEST', 'demand'),
  plover('SANCTION', 'coercion'),
  plover('MOBILIZE', 'threat'),
  plover('COERCE', 'coercion'),
  plover('ASSAULT', 'attack'),
  plover('FIGHT', 'clash'),
  acled('Battles', 'clash'),
  acled('Explosions/Remote violence', 'attack'),
  acled('Violence against civilians', 'attack'),
  acled('Protests', 'demand'),
  acled('Protests: Excessive force against protesters', 'attack'),
  acled('Riots', 'clash'),
  acled('Strategic developments', null),
  acled('Strategic developments: Agreement', 'agreement'),
  acled('Strategic developments: Arrests', 'coercion'),
  acled('Strategic developments: Looting/property destruction', 'attack'),
  row('ucdp', '1', 'State-based armed conflict', 'clash'),
  row('ucdp', '2', 'Non-state conflict', 'clash'),
  row('ucdp', '3', 'One-sided violence', 'attack'),
];

const BY_KEY = new Map(EVENT_MAPPING.map((r) => [`${r.scheme}:${r.code.toLowerCase()}`, r]));

/** A user's own choices over the table (`--map file.json`): `scheme:code` → a type, or null to leave out. */
export type MappingOverride = ReadonlyMap<string, RelationType | null>;

export interface MappedType {
  readonly type: RelationType;
  readonly polarity: Polarity;
}

/**
 * The keys a code is looked up by, most specific first: CAMEO by its two-digit root, ACLED by `event type: sub-event
 * type` then its event type, the others as written (any case).
 */
export function mappingKey(scheme: EventScheme, code: string): string[] {
  const c = code.trim();
  if (scheme === 'cameo') return [`cameo:${c.slice(0, 2)}`];
  if (scheme === 'acled') {
    const [eventType = ''] = c.split(': ', 1);
    return [`acled:${c.toLowerCase()}`, `acled:${eventType.toLowerCase()}`];
  }
  return [`${scheme}:${c.toLowerCase()}`];
}

/** The relation type and polarity an event's code maps to, or undefined when it is not mapped. */
export function mapCode(
  scheme: EventScheme,
  code: string,
  override?: MappingOverride,
): MappedType | undefined {
  for (const key of mappingKey(scheme, code)) {
    const chosen = override?.has(key) ? override.get(key) : BY_KEY.get(key)?.type;
    if (chosen === undefined) continue;
    if (chosen === null) return undefined;
    return { type: chosen, polarity: RELATION_TYPE_INFO[chosen].polarity };
  }
  return undefined;
}

/** An event's mapped type (see mapCode). */
export function mapEvent(event: EventRecord, override?: MappingOverride): MappedType | undefined {
  return mapCode(event.scheme, event.code, override);
}
