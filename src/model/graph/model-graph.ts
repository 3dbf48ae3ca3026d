// The model's graphology graph: a mixed multigraph of the actors and their edges, the records as attributes. Made
// the first time a model is asked for it, not while the model is built. The explorer reads the records, the time
// index and its own indexes (analysis/edges.ts); built with every opening, the graph's objects per edge and per actor
// were 34 MB of the page's heap after opening 200,000 relations, and a sixth of the collector's full marking of it
// (BENCHMARKS.md, "Reliability: opening 200,000 relations"). Tools, tests and analyses that want graphology's API ask
// for it and get it whole.
import { MultiGraph } from 'graphology';
import type { ActorRecord, EdgeRecord, ModelGraph } from '../types';

export function graphOf(actors: ReadonlyMap<string, ActorRecord>, edges: readonly EdgeRecord[]): ModelGraph {
  const graph: ModelGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  for (const actor of actors.values()) graph.addNode(actor.id, actor);
  for (const edge of edges) {
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
    else graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
  }
  return graph;
}
