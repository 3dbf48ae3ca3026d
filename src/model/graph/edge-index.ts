// The model's edges grouped under keys (a relation, a pair of actors, an actor), in model order: one index per
// model and grouping, built on first use and kept. The readers that go from a key to its edges share this.
import type { EdgeRecord, Model } from '../types';

/** Edges under each key; a key with no edge is absent. */
export type EdgeIndex = ReadonlyMap<string, readonly EdgeRecord[]>;

/**
 * The lookup of one grouping: `file(edge, under)` calls `under` with each key the edge belongs under (once per key).
 * Each model's index is built the first time it is asked for.
 */
export function edgeIndex(
  file: (edge: EdgeRecord, under: (key: string) => void) => void,
): (model: Model) => EdgeIndex {
  const indexes = new WeakMap<Model, EdgeIndex>();
  return (model) => {
    let index = indexes.get(model);
    if (!index) {
      const built = new Map<string, EdgeRecord[]>();
      // One filing function for every edge, not a closure each: this runs over every edge of large datasets.
      let edge: EdgeRecord;
      const under = (key: string) => {
        const list = built.get(key);
        if (list) list.push(edge);
        else built.set(key, [edge]);
      };
      for (edge of model.edges) file(edge, under);
      index = built;
      indexes.set(model, index);
    }
    return index;
  };
}
