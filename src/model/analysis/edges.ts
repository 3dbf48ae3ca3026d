// Shared by the analyses: resolving edge keys to records, the UI's edge filter, the signed weight of one edge,
// and indexes of the edges between each pair of actors and of each actor's edges (graph/edge-index.ts).
import { signOf } from '../dataset/vocabulary';
import { edgeIndex } from '../graph/edge-index';
import type { EdgeRecord, Model } from '../types';

/** The UI's filter (types, statuses…), applied before any analysis; absent means every edge. */
export type EdgeFilter = (edge: EdgeRecord) => boolean;

export interface SignOptions {
  /** Whether alleged relations count in the signed network (default true: they are drawn, dashed). */
  readonly includeAlleged?: boolean;
}

/** The records of these keys, skipping keys the model does not know. */
export function recordsOfKeys(model: Model, keys: Iterable<string>): EdgeRecord[] {
  const out: EdgeRecord[] = [];
  for (const key of keys) {
    const e = model.edgeByKey.get(key);
    if (e) out.push(e);
  }
  return out;
}

/** Polarity × intensity; 0 for an edge the signed network leaves out (a loop, or alleged when switched off). */
export function signedWeight(edge: EdgeRecord, options: SignOptions = {}): number {
  if (edge.source === edge.target) return 0;
  if (edge.status === 'alleged' && options.includeAlleged === false) return 0;
  return signOf(edge.info) * edge.info.intensity;
}

/** One key per unordered pair of actors. Actor ids never contain a newline. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\n${b}` : `${b}\n${a}`;
}

/** The two actors of a pair key, in id order. */
export function pairOf(key: string): [string, string] {
  const cut = key.indexOf('\n');
  return [key.slice(0, cut), key.slice(cut + 1)];
}

/** Every edge between each pair of actors, whatever its direction, in model order. */
export const edgesByPair = edgeIndex((e, under) => under(pairKey(e.source, e.target)));

/** Every edge of each actor (a loop once), whatever its direction, in model order; an actor with none is absent. */
export const edgesOfActors = edgeIndex((e, under) => {
  under(e.source);
  if (e.target !== e.source) under(e.target);
});
