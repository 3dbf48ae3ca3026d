// How many relations rest on what: per status, how many relations have a passage in the author's own voice, one on
// a named party's word, one from a cited report, or one that does not say (read as the author's); how many rest on
// parties or reports alone; and the confidence and inference notes they carry. Read by `faultline info` and
// anything else that reports on a dataset's sourcing.
import type { Dataset, Relation } from './schema';
import {
  CLAIM_KINDS,
  CONFIDENCE_LEVELS,
  INFERENCE_FIELDS,
  RELATION_STATUSES,
  type ClaimKind,
  type Confidence,
  type InferenceField,
  type RelationStatus,
} from './vocabulary';

/** The kinds of voice a passage can carry, and `unstated` for a passage without a claim. */
export type VoiceKind = ClaimKind | 'unstated';
export const VOICE_KINDS: readonly VoiceKind[] = [...CLAIM_KINDS, 'unstated'];

export interface StatusSourcing {
  readonly relations: number;
  /** Relations with at least one passage of each kind of voice (a relation counts under every kind it has). */
  readonly resting: Readonly<Record<VoiceKind, number>>;
  /** Relations every passage of which is a party's word or a report's: none in the author's voice or unstated. */
  readonly noAuthor: number;
  /** Relations without any passage (imports of formats without quotes). */
  readonly unsourced: number;
}

export interface SourcingSummary {
  readonly byStatus: Readonly<Record<RelationStatus, StatusSourcing>>;
  readonly confidence: Readonly<Record<Confidence | 'unstated', number>>;
  /** Relations with an inference note on each part. */
  readonly inferred: Readonly<Record<InferenceField, number>>;
  /** Passages with a reliability grade, and with a credibility grade. */
  readonly graded: { readonly reliability: number; readonly credibility: number; readonly passages: number };
}

function voicesOf(relation: Relation): Set<VoiceKind> {
  return new Set(relation.evidence.map((e): VoiceKind => e.claim?.by ?? 'unstated'));
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function sourcingSummary(dataset: Dataset): SourcingSummary {
  const byStatus = Object.fromEntries(
    RELATION_STATUSES.map((s) => [
      s,
      { relations: 0, resting: zeros(VOICE_KINDS), noAuthor: 0, unsourced: 0 },
    ]),
  ) as Record<
    RelationStatus,
    { relations: number; resting: Record<VoiceKind, number>; noAuthor: number; unsourced: number }
  >;
  const confidence = zeros<Confidence | 'unstated'>([...CONFIDENCE_LEVELS, 'unstated']);
  const inferred = zeros(INFERENCE_FIELDS);
  const graded = { reliability: 0, credibility: 0, passages: 0 };
  for (const relation of dataset.relations) {
    const line = byStatus[relation.status];
    line.relations++;
    const voices = voicesOf(relation);
    for (const v of voices) line.resting[v]++;
    if (relation.evidence.length === 0) line.unsourced++;
    else if (!voices.has('author') && !voices.has('unstated')) line.noAuthor++;
    confidence[relation.confidence ?? 'unstated']++;
    for (const field of INFERENCE_FIELDS) if (relation.inference?.[field] !== undefined) inferred[field]++;
    for (const e of relation.evidence) {
      graded.passages++;
      if (e.reliability !== undefined) graded.reliability++;
      if (e.credibility !== undefined) graded.credibility++;
    }
  }
  return { byStatus, confidence, inferred, graded };
}
