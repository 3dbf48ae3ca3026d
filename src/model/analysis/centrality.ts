// Per-actor measures on a view's live subgraph, and the shortest path between two actors. Degree counts live
// edges (a relation with several parties counts once per party it joins); weighted degree sums their
// intensities; betweenness (normalised, graphology-metrics) and the shortest path (graphology-shortest-path)
// read the undirected projection, since a chain of relations links actors whichever way each one points. A
// path may also keep to cooperative ground: only pairs whose net signed tie in the view is positive.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree';
import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { EdgeRecord, Model } from '../types';
import { edgesByPair, pairKey, signedWeight, type SignOptions } from './edges';
import { signedNetwork } from './signed';
import { liveSubgraph, undirectedProjection, type SubgraphOptions } from './subgraph';

export interface ActorCentrality {
  readonly degree: number;
  readonly weightedDegree: number;
  /** Share of shortest paths between other actors that pass through this one, 0 to 1. */
  readonly betweenness: number;
}

/** Measures for every actor of the live subgraph (every actor with `allActors`). */
export function centrality(
  model: Model,
  liveKeys: Iterable<string>,
  options: SubgraphOptions = {},
): Map<string, ActorCentrality> {
  const keys = [...liveKeys];
  const graph = liveSubgraph(model, keys, options);
  const projection = undirectedProjection(model, keys);
  const betweenness = projection.order > 0 ? betweennessCentrality(projection, { getEdgeWeight: null }) : {};
  const out = new Map<string, ActorCentrality>();
  graph.forEachNode((actor) => {
    out.set(actor, {
      degree: graph.degree(actor),
      weightedDegree: weightedDegree(graph, actor, (_, edge) => edge.info.intensity),
      betweenness: betweenness[actor] ?? 0,
    });
  });
  return out;
}

export interface ActorPath {
  /** The actors from `from` to `to`, both included. */
  readonly actors: readonly string[];
  /** For each hop, the live edge that makes it (the most intense, then the earliest). */
  readonly edges: readonly EdgeRecord[];
}

export interface PathOptions extends SignOptions {
  /**
   * `any` (default): any live relation links two actors. `cooperative`: only pairs whose net signed tie is
   * positive (see signed.ts; `includeAlleged` applies), each hop made by one of its cooperative relations.
   */
  readonly via?: 'any' | 'cooperative';
}

/** The pairs with a positive tie, as an undirected graph. */
function cooperativeProjection(model: Model, keys: Iterable<string>, options: SignOptions): Graph {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const tie of signedNetwork(model, keys, options).ties.values()) {
    if (tie.sign < 0) continue;
    graph.mergeNode(tie.a);
    graph.mergeNode(tie.b);
    graph.mergeEdge(tie.a, tie.b);
  }
  return graph;
}

/** A shortest chain of live relations between two actors; null when they are not connected in the view. */
export function shortestPath(
  model: Model,
  liveKeys: Iterable<string>,
  from: string,
  to: string,
  options: PathOptions = {},
): ActorPath | null {
  const keys = new Set(liveKeys);
  const cooperative = options.via === 'cooperative';
  const projection = cooperative
    ? cooperativeProjection(model, keys, options)
    : undirectedProjection(model, keys);
  if (!projection.hasNode(from) || !projection.hasNode(to)) return null;
  const actors = bidirectional(projection, from, to);
  if (!actors) return null;
  const pairs = edgesByPair(model);
  const edges = actors.slice(1).map((actor, i) => {
    const live = (pairs.get(pairKey(actors[i]!, actor)) ?? []).filter(
      (e) => keys.has(e.key) && (!cooperative || signedWeight(e, options) > 0),
    );
    return live.reduce((best, e) =>
      e.info.intensity > best.info.intensity ||
      (e.info.intensity === best.info.intensity && e.span.start < best.span.start)
        ? e
        : best,
    );
  });
  return { actors, edges };
}
