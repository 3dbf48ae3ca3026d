// Builds the model of a dataset: the records, the graphology multigraph (mixed: directed and undirected edges
// by relation type), the time extent and the time index. Done once per load; everything after reads it.
import { MultiGraph } from 'graphology';
import type { Dataset } from '../dataset/schema';
import { TimeIndex, type TimeIndexOptions } from '../time/index';
import type { EdgeRecord, Extent, Model, ModelGraph } from '../types';
import { recordsOf } from './records';

/** Earliest and latest finite instant among the edges' starts and ends; null when there is none. */
export function extentOf(edges: readonly EdgeRecord[]): Extent | null {
  let start = Infinity;
  let end = -Infinity;
  for (const { span } of edges) {
    for (const t of [span.start, span.end]) {
      if (!Number.isFinite(t)) continue;
      if (t < start) start = t;
      if (t > end) end = t;
    }
  }
  return start <= end ? { start, end } : null;
}

/** Throws DatasetError when a date does not parse or a relation names no actor (see records.ts). */
export function buildModel(dataset: Dataset, options: TimeIndexOptions = {}): Model {
  const { actors, edges, edgeByKey, relationTypes } = recordsOf(dataset);
  const graph: ModelGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  for (const actor of actors.values()) graph.addNode(actor.id, actor);
  for (const edge of edges) {
    if (edge.directed) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
    else graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
  }
  return {
    dataset,
    graph,
    edges,
    edgeByKey,
    actors,
    relationTypes,
    extent: extentOf(edges),
    index: new TimeIndex(edges, { ...options, edgeByKey }),
  };
}
