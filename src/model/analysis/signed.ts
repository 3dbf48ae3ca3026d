// The signed network of a view: each pair of live actors collapsed to one tie whose weight is the sum of
// polarity × intensity over the pair's live relations (alleged ones in or out by a switch), and whose sign is
// the sign of that sum. A pair whose relations cancel out (weight 0) has no tie.
import type { Model } from '../types';
import { pairKey, pairOf, recordsOfKeys, signedWeight, type SignOptions } from './edges';

export interface SignedTie {
  /** The two actors, in id order. */
  readonly a: string;
  readonly b: string;
  readonly weight: number;
  readonly sign: 1 | -1;
  /** Keys of the live edges that make the tie (all of the pair's live edges, alleged ones included or not). */
  readonly edges: readonly string[];
}

export interface SignedNetwork {
  /** Ties by pair key (see `tie`); pairs whose relations cancel out are absent. */
  readonly ties: ReadonlyMap<string, SignedTie>;
  /** The tie between two actors, in either order, if any. */
  tie(a: string, b: string): SignedTie | undefined;
}

export function signedNetwork(
  model: Model,
  liveKeys: Iterable<string>,
  options: SignOptions = {},
): SignedNetwork {
  const sums = new Map<string, { weight: number; edges: string[] }>();
  for (const edge of recordsOfKeys(model, liveKeys)) {
    const w = signedWeight(edge, options);
    if (w === 0) continue;
    const key = pairKey(edge.source, edge.target);
    const sum = sums.get(key);
    if (sum) {
      sum.weight += w;
      sum.edges.push(edge.key);
    } else sums.set(key, { weight: w, edges: [edge.key] });
  }
  const ties = new Map<string, SignedTie>();
  for (const [key, { weight, edges }] of sums) {
    if (weight === 0) continue;
    const [a, b] = pairOf(key);
    ties.set(key, { a, b, weight, sign: weight > 0 ? 1 : -1, edges });
  }
  return { ties, tie: (a, b) => ties.get(pairKey(a, b)) };
}
