// The built-in fields every attribute-carrying export writes for an actor and for an edge, under one set of names
// (GEXF attribute ids, GraphML attr.name), so the formats agree with each other and with the import's names.
import type { Actor } from '../../model/dataset/schema';
import type { EdgeRecord } from '../../model';
import type { TimeSpan } from '../../model/time/edtf';
import { dayRange, intervalOf } from './time';

/** Several values in one text field; the pipe is Kumu's separator, and Faultline's import splits on it. */
export const LIST_SEPARATOR = '|';

export type FieldValue = string | number | undefined;
export type FieldType = 'string' | 'integer';

export const ACTOR_FIELDS = {
  kind: 'string',
  country: 'string',
  description: 'string',
  aliases: 'string',
  part_of: 'string',
  when: 'string',
  start: 'string',
  end: 'string',
} as const satisfies Record<string, FieldType>;

export const EDGE_FIELDS = {
  relation_id: 'string',
  type: 'string',
  label: 'string',
  polarity: 'string',
  status: 'string',
  summary: 'string',
  when: 'string',
  start: 'string',
  end: 'string',
  evidence: 'integer',
  subtype: 'string',
  asserted_by: 'string',
  disputed_by: 'string',
} as const satisfies Record<string, FieldType>;

export type ActorField = keyof typeof ACTOR_FIELDS;
export type EdgeField = keyof typeof EDGE_FIELDS;

/** An actor's fields; `start`/`end` are the days of its own `when`, if it has one. */
export function actorFields(actor: Actor, span: TimeSpan | null): Record<ActorField, FieldValue> {
  const days = span ? dayRange(intervalOf(span)) : { start: undefined, end: undefined };
  return {
    kind: actor.kind,
    country: actor.country,
    description: actor.description,
    aliases: actor.aliases?.join(LIST_SEPARATOR),
    part_of: actor.partOf,
    when: actor.when,
    ...days,
  };
}

export function edgeFields(e: EdgeRecord): Record<EdgeField, FieldValue> {
  const r = e.relation;
  return {
    relation_id: r.id,
    type: r.type,
    label: e.info.label,
    polarity: e.info.polarity,
    status: r.status,
    summary: r.summary,
    when: r.when,
    ...dayRange(intervalOf(e.span)),
    evidence: r.evidence.length,
    subtype: r.subtype,
    asserted_by: r.assertedBy?.join(LIST_SEPARATOR),
    disputed_by: r.disputedBy?.join(LIST_SEPARATOR),
  };
}
