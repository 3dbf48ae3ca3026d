// The built-in fields every attribute-carrying export writes for an actor and for an edge, under one set of names
// (GEXF attribute ids, GraphML attr.name), so the formats agree with each other and with the import's names. An
// edge carries who says so too: the relation's confidence and inference notes, and per passage its claim and
// Admiralty grades, as lists in passage order.
import type { Actor, Claim, Evidence, Source } from '../../model';
import { evidenceJson } from './evidence-json';
import type { EdgeRecord } from '../../model';
import type { TimeSpan } from '../../model';
import { dayRange, intervalOf } from './time';

/** Several values in one text field; the pipe is Kumu's separator, and Faultline's import splits on it. */
export const LIST_SEPARATOR = '|';

/**
 * Values as one text field, joined by the pipe; a value's own `|`, `;` or `\` is written after a backslash, so that
 * the import (fields.ts `list`), which splits on both separators, gives the same values back.
 */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\|;]/g, (c) => `\\${c}`)).join(LIST_SEPARATOR);
}

export type FieldValue = string | number | undefined;
export type FieldType = 'string' | 'integer' | 'boolean';

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
  confidence: 'string',
  inference_when: 'string',
  inference_type: 'string',
  inference_parties: 'string',
  claims: 'string',
  reliability: 'string',
  credibility: 'string',
  directed: 'boolean',
  quotes: 'string',
  source_ids: 'string',
  evidence_json: 'string',
} as const satisfies Record<string, FieldType>;

/**
 * Edge fields a Faultline export derives from the evidence (one value per passage, in order): they show the
 * passages to a reader of the file, and an import reads the passages from `evidence_json` instead.
 */
export const PER_PASSAGE_FIELDS = ['claims', 'reliability', 'credibility', 'quotes', 'source_ids'] as const;

export type ActorField = keyof typeof ACTOR_FIELDS;
export type EdgeField = keyof typeof EDGE_FIELDS;

/** An actor's fields; `start`/`end` are the days of its own `when`, if it has one. */
export function actorFields(actor: Actor, span: TimeSpan | null): Record<ActorField, FieldValue> {
  const days = span ? dayRange(intervalOf(span)) : { start: undefined, end: undefined };
  return {
    kind: actor.kind,
    country: actor.country,
    description: actor.description,
    aliases: actor.aliases && joinList(actor.aliases),
    part_of: actor.partOf,
    when: actor.when,
    ...days,
  };
}

/** Whose claim a passage carries, in one short text: `author`, `party: Islamabad [pakistan]`, `report: UN reporting`. */
export function claimText(claim: Claim): string {
  if (claim.by === 'author') return 'author';
  const who = claim.name ?? claim.actor ?? '';
  const actor = claim.actor !== undefined && claim.name !== undefined ? ` [${claim.actor}]` : '';
  return `${claim.by}: ${who}${actor}`;
}

/** One value per passage, joined; undefined when no passage has one (so the field is left out). */
function perPassage(
  evidence: readonly Evidence[],
  value: (e: Evidence) => string | undefined,
): string | undefined {
  const values = evidence.map((e) => value(e) ?? '');
  return values.some((v) => v !== '') ? joinList(values) : undefined;
}

/** An edge's fields; `sources` (the dataset's, by id) go into `evidence_json` beside the passages citing them. */
export function edgeFields(
  e: EdgeRecord,
  sources: ReadonlyMap<string, Source>,
): Record<EdgeField, FieldValue> {
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
    asserted_by: r.assertedBy && joinList(r.assertedBy),
    disputed_by: r.disputedBy && joinList(r.disputedBy),
    confidence: r.confidence,
    inference_when: r.inference?.when,
    inference_type: r.inference?.type,
    inference_parties: r.inference?.parties,
    // A passage that does not say whose claim it carries is left empty, not written as the author's.
    claims: perPassage(r.evidence, (x) => x.claim && claimText(x.claim)),
    reliability: perPassage(r.evidence, (x) => x.reliability),
    credibility: perPassage(r.evidence, (x) => x.credibility?.toString()),
    directed: e.directed ? 'true' : 'false',
    quotes: perPassage(r.evidence, (x) => x.quote),
    source_ids: perPassage(r.evidence, (x) => x.source),
    evidence_json: evidenceJson(r.evidence, sources),
  };
}
