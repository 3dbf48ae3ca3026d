// What changed between two views: the edges that entered and left (from the time index's diff, so the cost
// follows the change), the pairs of actors whose net stance changed sign, and the actors that appeared or
// vanished. Only pairs and actors touched by an entering or leaving edge can change, so only those are checked.
// With `existingActors`, views are read as the app draws them (viewEdges): an edge counts only while both its
// actors exist, so an actor that comes into existence between the two views brings its live edges with it.
import type { Model, ViewSpec } from '../types';
import {
  edgesByPair,
  edgesOfActors,
  pairKey,
  pairOf,
  signedWeight,
  type EdgeFilter,
  type SignOptions,
} from './edges';
import { actorExists } from './view-edges';

export interface SignChange {
  /** The pair, in id order. */
  readonly a: string;
  readonly b: string;
  /** Net weight and sign in each view; sign 0 means no tie (no live relation, or relations that cancel out). */
  readonly weightBefore: number;
  readonly weightAfter: number;
  readonly before: -1 | 0 | 1;
  readonly after: -1 | 0 | 1;
  /** From positive to negative or back: an alliance turned hostile, or a conflict turned cooperative. */
  readonly flipped: boolean;
}

export interface ViewDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly signChanges: readonly SignChange[];
  readonly actorsAppeared: readonly string[];
  readonly actorsVanished: readonly string[];
}

export interface DiffOptions extends SignOptions {
  readonly keep?: EdgeFilter;
  /** Count an edge only in a view where both its actors exist (viewEdges' rule: what the app draws). */
  readonly existingActors?: boolean;
}

const signOfWeight = (w: number): -1 | 0 | 1 => (w > 0 ? 1 : w < 0 ? -1 : 0);

export function diffViews(model: Model, a: ViewSpec, b: ViewSpec, options: DiffOptions = {}): ViewDiff {
  const { keep, existingActors } = options;
  const kept = (key: string): boolean => !keep || keep(model.edgeByKey.get(key)!);
  const existence = new Map<ViewSpec, Map<string, boolean>>([
    [a, new Map()],
    [b, new Map()],
  ]);
  const exists = (actor: string, view: ViewSpec): boolean => {
    const known = existence.get(view)!;
    let yes = known.get(actor);
    if (yes === undefined) known.set(actor, (yes = actorExists(model, actor, view)));
    return yes;
  };
  const liveIn = (key: string, view: ViewSpec): boolean => {
    if (!kept(key) || !model.index.isLive(key, view)) return false;
    if (!existingActors) return true;
    const e = model.edgeByKey.get(key)!;
    return exists(e.source, view) && exists(e.target, view);
  };
  const raw = model.index.diff(a, b);
  // Edges that change in time, and the edges of actors that come to exist or cease to between the views.
  const candidates = new Set([...raw.added, ...raw.removed]);
  const byActor = edgesOfActors(model);
  if (existingActors) {
    for (const actor of model.actors.values()) {
      if (actor.span && exists(actor.id, a) !== exists(actor.id, b))
        for (const e of byActor.get(actor.id) ?? []) candidates.add(e.key);
    }
  }
  const added: string[] = [];
  const removed: string[] = [];
  for (const key of candidates) {
    const [before, after] = [liveIn(key, a), liveIn(key, b)];
    if (after && !before) added.push(key);
    if (before && !after) removed.push(key);
  }
  added.sort();
  removed.sort();

  const pairs = new Set<string>();
  const actors = new Set<string>();
  for (const key of [...added, ...removed]) {
    const e = model.edgeByKey.get(key)!;
    pairs.add(pairKey(e.source, e.target));
    actors.add(e.source);
    actors.add(e.target);
  }
  const signChanges: SignChange[] = [];
  const byPair = edgesByPair(model);
  for (const pair of [...pairs].sort()) {
    let weightBefore = 0;
    let weightAfter = 0;
    for (const e of byPair.get(pair) ?? []) {
      const w = signedWeight(e, options);
      if (w === 0) continue;
      if (liveIn(e.key, a)) weightBefore += w;
      if (liveIn(e.key, b)) weightAfter += w;
    }
    const before = signOfWeight(weightBefore);
    const after = signOfWeight(weightAfter);
    if (before === after) continue;
    const [x, y] = pairOf(pair);
    signChanges.push({ a: x, b: y, weightBefore, weightAfter, before, after, flipped: before * after < 0 });
  }

  const actorsAppeared: string[] = [];
  const actorsVanished: string[] = [];
  for (const actor of [...actors].sort()) {
    const own = byActor.get(actor) ?? [];
    const wasLive = own.some((e) => liveIn(e.key, a));
    const isLive = own.some((e) => liveIn(e.key, b));
    if (!wasLive && isLive) actorsAppeared.push(actor);
    if (wasLive && !isLive) actorsVanished.push(actor);
  }
  return { added, removed, signChanges, actorsAppeared, actorsVanished };
}
