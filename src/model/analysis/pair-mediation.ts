// Third parties' mediation between two actors: the mediation relations whose parties include both (Qatar
// mediating between Pakistan and the Afghan Taliban government is not a relation of that pair, yet it is part
// of the pair's story). One edge per relation, the one to the first actor, in time order.
import { edgesByRelation } from '../graph/by-relation';
import type { EdgeRecord, Model } from '../types';

export function mediationsOfPair(model: Model, a: string, b: string): EdgeRecord[] {
  const out: EdgeRecord[] = [];
  for (const edges of edgesByRelation(model).values()) {
    if (edges[0]?.info.tone !== 'mediation') continue;
    const toA = edges.find((e) => e.target === a && e.source !== b);
    if (toA && edges.some((e) => e.target === b && e.source !== a)) out.push(toA);
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.key.localeCompare(y.key));
}
