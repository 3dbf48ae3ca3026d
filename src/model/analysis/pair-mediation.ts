// Third parties' mediation between two actors: the mediation relations whose parties include both (Qatar
// mediating between Pakistan and the Afghan Taliban government is not a relation of that pair, yet it is part
// of the pair's story). One edge per relation, the one to the first actor, in time order.
import type { EdgeRecord, Model } from '../types';

const relationIndexes = new WeakMap<Model, ReadonlyMap<string, readonly EdgeRecord[]>>();

function edgesOfRelations(model: Model): ReadonlyMap<string, readonly EdgeRecord[]> {
  let index = relationIndexes.get(model);
  if (!index) {
    const built = new Map<string, EdgeRecord[]>();
    for (const e of model.edges) {
      if (e.info.tone !== 'mediation') continue;
      const list = built.get(e.relationId);
      if (list) list.push(e);
      else built.set(e.relationId, [e]);
    }
    index = built;
    relationIndexes.set(model, index);
  }
  return index;
}

export function mediationsOfPair(model: Model, a: string, b: string): EdgeRecord[] {
  const out: EdgeRecord[] = [];
  for (const edges of edgesOfRelations(model).values()) {
    const toA = edges.find((e) => e.target === a && e.source !== b);
    if (toA && edges.some((e) => e.target === b && e.source !== a)) out.push(toA);
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.key.localeCompare(y.key));
}
