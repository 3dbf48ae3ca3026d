// Shared by the analyses: resolving edge keys to records, the UI's edge filter, the signed weight of one edge,
// and an index of the edges between each pair of actors (built once per model, on first use).
import { signOf } from '../dataset/vocabulary';
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

const pairIndexes = new WeakMap<Model, ReadonlyMap<string, readonly EdgeRecord[]>>();

/** Every edge between each pair of actors, whatever its direction, in model order. */
export function edgesByPair(model: Model): ReadonlyMap<string, readonly EdgeRecord[]> {
  let index = pairIndexes.get(model);
  if (!index) {
    const built = new Map<string, EdgeRecord[]>();
    for (const e of model.edges) {
      const key = pairKey(e.source, e.target);
      const list = built.get(key);
      if (list) list.push(e);
      else built.set(key, [e]);
    }
    index = built;
    pairIndexes.set(model, index);
  }
  return index;
}

const actorIndexes = new WeakMap<Model, ReadonlyMap<string, readonly EdgeRecord[]>>();

/** Every edge of each actor (a loop once), whatever its direction, in model order; an actor with none is absent. */
export function edgesOfActors(model: Model): ReadonlyMap<string, readonly EdgeRecord[]> {
  let index = actorIndexes.get(model);
  if (!index) {
    const built = new Map<string, EdgeRecord[]>();
    const add = (actor: string, e: EdgeRecord) => {
      const list = built.get(actor);
      if (list) list.push(e);
      else built.set(actor, [e]);
    };
    for (const e of model.edges) {
      add(e.source, e);
      if (e.target !== e.source) add(e.target, e);
    }
    index = built;
    actorIndexes.set(model, index);
  }
  return index;
}
