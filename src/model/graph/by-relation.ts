// The model's edges grouped by relation id, in dataset order (a relation with several targets has several edges):
// one index per model, built on first use and kept, for every reader that goes from a relation to its edges.
import type { EdgeRecord, Model } from '../types';

const indexes = new WeakMap<Model, ReadonlyMap<string, readonly EdgeRecord[]>>();

export function edgesByRelation(model: Model): ReadonlyMap<string, readonly EdgeRecord[]> {
  let index = indexes.get(model);
  if (!index) {
    const built = new Map<string, EdgeRecord[]>();
    for (const e of model.edges) {
      const list = built.get(e.relationId);
      if (list) list.push(e);
      else built.set(e.relationId, [e]);
    }
    index = built;
    indexes.set(model, index);
  }
  return index;
}
