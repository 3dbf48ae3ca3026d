// Betweenness on the undirected projection of a view (whom each actor connects, whichever way its relations
// point), by Brandes' algorithm over typed arrays: one breadth-first search per source actor, the dependencies
// summed back in reverse order, normalised as graphology-metrics does (centrality.ts uses that package; the
// values agree, see the tests). Exact betweenness costs one search per actor, O(n·m): at 5k actors and 50k
// relations that is seconds, too slow to follow a slider. Above a work budget, the searches start from an
// evenly spread, seeded sample of actors and the sums are scaled up (Brandes & Pich 2007): an estimate, said so.
import type { Model } from '../types';
import { edgeTable, rowsOf, type EdgeTable } from './edge-table';
import { seededRandom } from '../random';

export interface BetweennessOptions {
  /**
   * Work allowed, counted as sources × (actors + 2 × linked pairs); above it, a sample of sources. Default
   * DEFAULT_MAX_WORK; Infinity for exact betweenness whatever it costs.
   */
  readonly maxWork?: number;
}

export interface Betweenness {
  /** Normalised betweenness of every actor of the projection, 0 to 1 (an estimate may exceed 1 slightly). */
  readonly values: ReadonlyMap<string, number>;
  /** Source actors searched from; equal to `actors` when exact. */
  readonly sources: number;
  readonly actors: number;
}

/**
 * Five million: exact up to about 500 actors and 2,000 linked pairs; a view of 1,000 actors and 10,000 edges is
 * estimated from about a third of its actors (tens of milliseconds), one of 5,000 and 50,000 from about 70.
 */
export const DEFAULT_MAX_WORK = 5_000_000;

/** Betweenness of the actors of these live edges (loops make an actor a node but no link). */
export function projectionBetweenness(
  model: Model,
  liveKeys: Iterable<string>,
  options: BetweennessOptions = {},
): Betweenness {
  const table = edgeTable(model);
  return betweennessOfRows(table, rowsOf(table, liveKeys), options);
}

/** projectionBetweenness over rows of the edge table already resolved (each once). */
export function betweennessOfRows(
  table: EdgeTable,
  rows: Int32Array,
  options: BetweennessOptions = {},
): Betweenness {
  // Nodes numbered in id order (the table's actor order), so the answer and the sample do not depend on the
  // order of the keys.
  const local = new Int32Array(table.actorIds.length).fill(-1);
  for (const row of rows) {
    local[table.source[row]!] = 0;
    local[table.target[row]!] = 0;
  }
  const ids: string[] = [];
  local.forEach((mark, actor) => {
    if (mark === 0) local[actor] = ids.push(table.actorIds[actor]!) - 1;
  });
  const n = ids.length;
  // Each live pair once, as its table number, sorted: the neighbours of every node then come in id order, so
  // the sums are made in the same order (to the last bit) whatever the order of the keys.
  const seen = table.pairScratch;
  const pairs: number[] = [];
  for (const row of rows) {
    const p = table.pair[row]!;
    if (seen[p] || table.source[row] === table.target[row]) continue;
    seen[p] = 1;
    pairs.push(p);
  }
  for (const p of pairs) seen[p] = 0;
  const ends = pairs.map((p) => local[table.pairA[p]!]! * n + local[table.pairB[p]!]!).sort((x, y) => x - y);
  // Compressed adjacency: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]).
  const offsets = new Int32Array(n + 1);
  for (const e of ends) {
    offsets[Math.floor(e / n) + 1]!++;
    offsets[(e % n) + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const targets = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (const e of ends) {
    const u = Math.floor(e / n);
    const v = e % n;
    targets[fill[u]!++] = v;
    targets[fill[v]!++] = u;
  }

  const perSource = n + targets.length;
  const budget = options.maxWork ?? DEFAULT_MAX_WORK;
  const k = n * perSource <= budget ? n : Math.max(1, Math.min(n, Math.floor(budget / perSource)));
  const sources = Int32Array.from({ length: n }, (_, i) => i);
  if (k < n) {
    // A partial Fisher–Yates shuffle: the first k places hold a uniform sample.
    const random = seededRandom(n * 31 + pairs.length);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (n - i));
      [sources[i], sources[j]] = [sources[j]!, sources[i]!];
    }
  }

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  for (let si = 0; si < k; si++) {
    const s = sources[si]!;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let x = offsets[v]!, end = offsets[v + 1]!; x < end; x++) {
        const w = targets[x]!;
        if (dist[w] === -1) {
          dist[w] = dv;
          order[tail++] = w;
        }
        if (dist[w] === dv) sigma[w]! += sigma[v]!;
      }
    }
    // Reverse order of discovery: every node's successors are settled before it.
    for (let i = tail - 1; i > 0; i--) {
      const v = order[i]!;
      const dv = dist[v]! + 1;
      let d = 0;
      for (let x = offsets[v]!, end = offsets[v + 1]!; x < end; x++) {
        const w = targets[x]!;
        if (dist[w] === dv) d += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      }
      delta[v] = d;
      centrality[v]! += d;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }

  // Every unordered pair is counted from both ends: graphology's normalisation 1 / ((n − 1)(n − 2)) allows for it.
  const scale = (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2))) * (n / k);
  const values = new Map<string, number>();
  ids.forEach((id, i) => values.set(id, centrality[i]! * scale));
  return { values, sources: k, actors: n };
}
