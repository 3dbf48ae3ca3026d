// Who says so, in words, for the details panel and the table: whose claim a passage carries ("Islamabad
// (Pakistan), a named party"), its Admiralty grades ("reliability F: cannot be judged"), and the facets the table
// filters relations by (the kinds of voice they rest on, confidence, the least reliable and most credible grade,
// whether anything is inferred).
import type { Model } from '../model';
import type { Claim, Relation } from '../model';
import {
  CLAIM_KIND_INFO,
  CONFIDENCE_INFO,
  CREDIBILITY_INFO,
  RELIABILITY_GRADES,
  RELIABILITY_INFO,
  type ClaimKind,
  type Confidence,
  type Credibility,
  type Reliability,
} from '../model';
import { actorLabel } from './relationText';

/** "Islamabad (Pakistan)", "UN reporting", "the author": who the claim names, the text's name first. */
export function claimantText(model: Model, claim: Claim | undefined): string {
  if (!claim || claim.by === 'author') return 'the author';
  const actor = claim.actor !== undefined ? actorLabel(model, claim.actor) : undefined;
  if (claim.name !== undefined && actor !== undefined && actor !== claim.name)
    return `${claim.name} (${actor})`;
  return claim.name ?? actor ?? '';
}

/** The kind of voice, as a reader says it: "the author's own voice", "a named party", "a cited report". */
export function claimKindText(claim: Claim | undefined): string {
  if (!claim) return 'not stated (read as the author’s)';
  return claim.by === 'author' ? 'the author’s own voice' : CLAIM_KIND_INFO[claim.by].label.toLowerCase();
}

export function reliabilityText(grade: Reliability): string {
  return `reliability ${grade}: ${RELIABILITY_INFO[grade].toLowerCase()}`;
}

export function credibilityText(grade: Credibility): string {
  return `credibility ${grade}: ${CREDIBILITY_INFO[grade].toLowerCase()}`;
}

export function confidenceText(level: Confidence): string {
  return CONFIDENCE_INFO[level];
}

/** What the table filters a relation by. */
export interface Sourcing {
  /** The kinds of voice its passages carry; a passage without a claim counts as the author's. */
  readonly voices: ReadonlySet<ClaimKind>;
  readonly confidence: Confidence | undefined;
  /** The best reliability among its passages (A best), or undefined when none is graded. */
  readonly bestReliability: Reliability | undefined;
  readonly inferred: boolean;
}

export function sourcingOf(relation: Relation): Sourcing {
  const voices = new Set<ClaimKind>(relation.evidence.map((e) => e.claim?.by ?? 'author'));
  const grades = relation.evidence.flatMap((e) => (e.reliability ? [e.reliability] : []));
  const best = RELIABILITY_GRADES.find((g) => grades.includes(g));
  return {
    voices,
    confidence: relation.confidence,
    bestReliability: best,
    inferred: relation.inference !== undefined,
  };
}

/** The table's filter on who says so. `alone`: no passage in the author's voice, only parties or reports. */
export type VoiceFilter = 'any' | ClaimKind | 'alone';

export interface SourcingFilter {
  readonly voice: VoiceFilter;
  readonly confidence: Confidence | 'any';
  /** Keep relations with at least one passage graded this reliability or better. */
  readonly reliability: Reliability | 'any';
  readonly inferredOnly: boolean;
}

export const NO_SOURCING_FILTER: SourcingFilter = {
  voice: 'any',
  confidence: 'any',
  reliability: 'any',
  inferredOnly: false,
};

export function passesSourcing(s: Sourcing, f: SourcingFilter): boolean {
  if (
    f.voice === 'alone'
      ? s.voices.has('author') || s.voices.size === 0
      : f.voice !== 'any' && !s.voices.has(f.voice)
  )
    return false;
  if (f.confidence !== 'any' && s.confidence !== f.confidence) return false;
  if (f.reliability !== 'any') {
    const best = s.bestReliability;
    if (best === undefined || RELIABILITY_GRADES.indexOf(best) > RELIABILITY_GRADES.indexOf(f.reliability))
      return false;
  }
  return !f.inferredOnly || s.inferred;
}
