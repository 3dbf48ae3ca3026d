// The live subgraph of a view, as a graphology graph: the full mixed multigraph restricted to the live edges
// (and their actors, or every actor when the view keeps all actors shown), and its undirected simple projection,
// which the path and betweenness measures read: whom an actor connects, whichever way its relations point.
import Graph, { MultiGraph } from 'graphology';
import type { Model, ModelGraph } from '../types';
import { recordsOfKeys } from './edges';

export interface SubgraphOptions {
  /** Keep every actor as a node, live or not (the "show all actors" setting). */
  readonly allActors?: boolean;
}

export function liveSubgraph(
  model: Model,
  liveKeys: Iterable<string>,
  options: SubgraphOptions = {},
): ModelGraph {
  const graph: ModelGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  if (options.allActors) for (const actor of model.actors.values()) graph.addNode(actor.id, actor);
  for (const edge of recordsOfKeys(model, liveKeys)) {
    graph.mergeNode(edge.source, model.actors.get(edge.source));
    graph.mergeNode(edge.target, model.actors.get(edge.target));
    if (graph.hasEdge(edge.key)) continue;
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
    else graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
  }
  return graph;
}

/** One undirected edge per pair of actors with a live edge between them; loops dropped. */
export function undirectedProjection(model: Model, liveKeys: Iterable<string>): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const edge of recordsOfKeys(model, liveKeys)) {
    graph.mergeNode(edge.source);
    graph.mergeNode(edge.target);
    if (edge.source !== edge.target) graph.mergeEdge(edge.source, edge.target);
  }
  return graph;
}
