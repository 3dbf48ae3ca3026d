// Makes relations received from another thread share one copy of each repeated word. A structured clone gives every
// relation its own copy of its type, status, actors, date and sources, so a page holding 200,000 relations held
// about a million and a half strings it did not need, and the garbage collector visits each one: it marks by the
// object, not by the byte (BENCHMARKS.md, "Reliability: opening 200,000 relations"). Only fields that name things
// from a small vocabulary are shared; ids, summaries, quotes and notes are left as they came.
import type { Evidence, Relation } from './schema';

/** One copy of each string it has seen. Lives as long as one opening. */
export class StringPool {
  private readonly seen = new Map<string, string>();

  /** The pool's copy of `s` (equal to it: a string's literal type carries over). */
  share<T extends string>(s: T): T {
    const known = this.seen.get(s);
    if (known !== undefined) return known as T;
    this.seen.set(s, s);
    return s;
  }

  /** Distinct strings kept. */
  get size(): number {
    return this.seen.size;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function shareList(list: readonly string[], pool: StringPool): void {
  const out = list as string[];
  for (let i = 0; i < out.length; i++) out[i] = pool.share(out[i]!);
}

function shareEvidence(item: Mutable<Evidence>, pool: StringPool): void {
  item.source = pool.share(item.source);
  if (item.reliability !== undefined) item.reliability = pool.share(item.reliability);
  const claim = item.claim;
  if (claim) {
    claim.by = pool.share(claim.by);
    if (claim.actor !== undefined) claim.actor = pool.share(claim.actor);
    if (claim.name !== undefined) claim.name = pool.share(claim.name);
  }
}

/**
 * Rewrites, in place, each relation's vocabulary fields to the pool's copy. The relations must be the caller's own
 * (just received): nothing else may hold them yet. Values are unchanged, only which copy of a string holds them.
 */
export function shareRelationStrings(relations: readonly Relation[], pool: StringPool): void {
  for (const relation of relations) {
    const r = relation as Mutable<Relation>;
    r.type = pool.share(r.type);
    r.source = pool.share(r.source);
    if (typeof r.target === 'string') r.target = pool.share(r.target);
    else shareList(r.target, pool);
    r.when = pool.share(r.when);
    r.status = pool.share(r.status);
    if (r.subtype !== undefined) r.subtype = pool.share(r.subtype);
    if (r.confidence !== undefined) r.confidence = pool.share(r.confidence);
    if (r.assertedBy) shareList(r.assertedBy, pool);
    if (r.disputedBy) shareList(r.disputedBy, pool);
    for (const item of r.evidence) shareEvidence(item, pool);
  }
}
