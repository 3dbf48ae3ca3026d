// The model's public API: what the view, the UI, the exporters and the command line import. Pure TypeScript.
export * from './types';
export { buildModel, extentOf } from './graph/build';
export {
  DAY_MS,
  DEFAULT_EVENT_MEMORY,
  LiveSet,
  TimeIndex,
  ViewSpecError,
  boundsOf,
  type TimeIndexOptions,
  type ViewBounds,
} from './time/index';
export { isLiveLinear, linearScan } from './time/linear-scan';
export { IMPRECISE_RULES, isImprecise, keepsImprecise, type ImpreciseRule } from './time/precision';
export { latestRelationDay, newestSourceDay, openingOf, type OpeningView } from './time/opening';
export {
  edgesByPair,
  pairKey,
  pairOf,
  recordsOfKeys,
  signedWeight,
  type EdgeFilter,
  type SignOptions,
} from './analysis/edges';
export { histogram, MAX_BUCKETS } from './analysis/histogram';
export { diffViews, type DiffOptions, type SignChange, type ViewDiff } from './analysis/diff-views';
export { dyadHistory, type DyadHistory, type DyadOptions, type StanceSegment } from './analysis/dyad';
export {
  centrality,
  shortestPath,
  type ActorCentrality,
  type ActorPath,
  type PathOptions,
} from './analysis/centrality';
export { liveSubgraph, undirectedProjection, type SubgraphOptions } from './analysis/subgraph';
export { signedNetwork, type SignedNetwork, type SignedTie } from './analysis/signed';
export { triadCensus, type Tension, type TriadCensus, type TriadKind } from './analysis/triads';
export { balanceSeries, MAX_POINTS, type BalanceOptions, type BalancePoint } from './analysis/balance-series';
export { actorExistence, actorExists, viewEdges } from './analysis/view-edges';
export { mediationReason, mediatorsOf, type MediatorFinding } from './analysis/mediators';
export {
  analyseView,
  type ActorRank,
  type AnalysisOptions,
  type BalanceSummary,
  type ViewAnalysis,
} from './analysis/report';
export {
  DEFAULT_MAX_WORK,
  projectionBetweenness,
  type Betweenness,
  type BetweennessOptions,
} from './analysis/betweenness';
export { toneSeries, type TonePoint, type ToneSeriesOptions } from './analysis/tone-series';
export { mediationsOfPair } from './analysis/pair-mediation';
export { compareViews, type ViewComparison } from './analysis/compare-views';
