// The analysis of one view, as the analysis panel and `faultline analyse` show it: who is central (degree,
// weighted degree, relations by tone, betweenness), how balanced the signed network is and where its tensions
// are, who mediates between parties in conflict, and optionally a shortest path between two actors. One pass over
// the live edges for the per-actor counts, one signed network shared by the census and the mediators, and
// betweenness by typed-array Brandes (sampled above a work budget), so it can run after each paint.
import { TONES } from '../dataset/vocabulary';
import type { Model } from '../types';
import { betweennessOfRows, type BetweennessOptions } from './betweenness';
import { shortestPath, type ActorPath } from './centrality';
import { type SignOptions } from './edges';
import { edgeTable, rowsOf } from './edge-table';
import { mediatorsIn, type MediatorFinding } from './mediators';
import { signedNetworkOfRows } from './signed';
import { triadCensus, type Tension, type TriadKind } from './triads';

export interface ActorRank {
  readonly id: string;
  readonly label: string;
  /** Live edges at the actor (a relation with several parties counts once per party; a loop counts twice). */
  readonly degree: number;
  /** Sum of the intensities of those edges (a loop once), as centrality() gives it. */
  readonly weightedDegree: number;
  /** Live edges of each tone at the actor. */
  readonly cooperative: number;
  readonly hostile: number;
  readonly mediation: number;
  /** Normalised betweenness on the undirected projection, 0 to 1 (estimated when `betweennessSample` is set). */
  readonly betweenness: number;
}

export interface BalanceSummary {
  readonly counts: Readonly<Record<TriadKind, number>>;
  readonly total: number;
  readonly balanced: number;
  readonly unbalanced: number;
  /** Balanced / total; null when the signed network has no triangle. */
  readonly ratio: number | null;
}

export interface ViewAnalysis {
  /** Actors with at least one live edge: betweenness desc, weighted degree desc, degree desc, label, id. */
  readonly ranking: readonly ActorRank[];
  readonly balance: BalanceSummary;
  /** Unbalanced triangles, strongest first. */
  readonly tensions: readonly Tension[];
  readonly mediators: readonly MediatorFinding[];
  /** The shortest path when `pathFrom` and `pathTo` are given and connected; null otherwise. */
  readonly path: ActorPath | null;
  /** Set when the view was too large for exact betweenness: how many actors it was estimated from. */
  readonly betweennessSample: { readonly sources: number; readonly actors: number } | null;
}

export interface AnalysisOptions extends SignOptions, BetweennessOptions {
  readonly pathFrom?: string;
  readonly pathTo?: string;
  readonly via?: 'any' | 'cooperative';
}

const compareStrings = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

export function analyseView(
  model: Model,
  liveKeys: Iterable<string>,
  options: AnalysisOptions = {},
): ViewAnalysis {
  const table = edgeTable(model);
  const rows = rowsOf(table, liveKeys);
  const records = Array.from(rows, (row) => table.records[row]!);

  // Per actor number: degree, weighted degree, and one count per tone.
  const actors = table.actorIds.length;
  const degree = new Int32Array(actors);
  const weighted = new Float64Array(actors);
  const tones = TONES.map(() => new Int32Array(actors));
  for (const row of rows) {
    const e = table.records[row]!;
    const tone = tones[TONES.indexOf(e.info.tone)]!;
    const s = table.source[row]!;
    const t = table.target[row]!;
    degree[s]!++;
    degree[t]!++;
    weighted[s]! += e.info.intensity;
    tone[s]!++;
    if (t === s) continue;
    weighted[t]! += e.info.intensity;
    tone[t]!++;
  }
  const between = betweennessOfRows(table, rows, options);
  const ranking: ActorRank[] = [];
  degree.forEach((d, actor) => {
    if (d === 0) return;
    const id = table.actorIds[actor]!;
    ranking.push({
      id,
      label: model.actors.get(id)?.actor.label ?? id,
      degree: d,
      weightedDegree: weighted[actor]!,
      cooperative: tones[0]![actor]!,
      hostile: tones[1]![actor]!,
      mediation: tones[2]![actor]!,
      betweenness: between.values.get(id) ?? 0,
    });
  });
  ranking.sort(
    (x, y) =>
      y.betweenness - x.betweenness ||
      y.weightedDegree - x.weightedDegree ||
      y.degree - x.degree ||
      compareStrings(x.label, y.label) ||
      compareStrings(x.id, y.id),
  );

  const network = signedNetworkOfRows(table, rows, options);
  const census = triadCensus(network);
  const { counts, total, balanced, unbalanced, balanceRatio } = census;
  const { pathFrom, pathTo } = options;
  return {
    ranking,
    balance: { counts, total, balanced, unbalanced, ratio: balanceRatio },
    tensions: census.tensions,
    mediators: mediatorsIn(model, records, () => network, options),
    path:
      pathFrom !== undefined && pathTo !== undefined
        ? shortestPath(
            model,
            records.map((e) => e.key),
            pathFrom,
            pathTo,
            options,
          )
        : null,
    betweennessSample:
      between.sources < between.actors ? { sources: between.sources, actors: between.actors } : null,
  };
}
