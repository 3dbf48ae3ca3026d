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
export { DatasetError, formatProblem, type Problem } from './dataset/problems';
export { EdtfError, parseWhen, type TimeSpan, type Precision } from './time/edtf';
export { parseIsoDay, isoInstant, daysInMonth, isoDay, yearText } from './time/days';
export type { ViewSpec, Actor } from './types';
export {
  RELATION_TYPES,
  isBuiltinRelationType,
  RELATION_STATUSES,
  relationTypesOf,
  ACTOR_KIND_INFO,
  lineStyleOf,
  ACTOR_KINDS,
  CLAIM_KINDS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  RELATION_TYPE_INFO,
  CONFIDENCE_LEVELS,
  CLAIM_KIND_INFO,
  CONFIDENCE_INFO,
  CREDIBILITY_INFO,
  RELIABILITY_INFO,
  type Polarity,
  type RelationType,
  type ActorKind,
  type RelationTypeInfo,
  type Confidence,
  type ClaimKind,
  type Credibility,
  type Reliability,
  type RelationTypeDeclaration,
  TONES,
  type Tone,
  type LineStyle,
  type RelationStatus,
} from './dataset/vocabulary';
export { sourcingSummary, VOICE_KINDS, type SourcingSummary } from './dataset/sourcing';
export {
  actorSchema,
  datasetSchema,
  evidenceSchema,
  relationSchema,
  relationTypeDeclarationSchema,
  sourceSchema,
  targetsOf,
  DATASET_FORMAT,
  openingSchema,
  type Dataset,
  type Source,
  type Attributes,
  type Evidence,
  type Claim,
  type Relation,
  type Opening,
} from './dataset/schema';
export { aggregateEvents, type EventRelation } from './events/aggregate';
export {
  EVENT_PRECISIONS,
  whenOf,
  EVENT_SCHEME_LABELS,
  type EventEvidence,
  type EventPrecision,
  type EventRecord,
  type EventScheme,
} from './events/event';
export { EVENT_MAPPING, type MappingOverride } from './events/mapping';
export {
  WindowError,
  parseWindow,
  CALENDAR_WINDOWS,
  type EventWindow,
  type CalendarWindow,
} from './events/window';
export { parseDatasetJson, validateDataset } from './dataset/validate';
export { shareRelationStrings, StringPool } from './dataset/share-strings';
export { relationsFromText, relationsText } from './dataset/relation-slices';
export { formatDateLong, formatInstant, formatSpan } from './time/format';
export { relationIdOfKey } from './graph/edge-key';
export { codesSeen, chosenType, type EventCodeCount } from './events/codes';
export { MAX_EVENT_DAYS } from './dataset/check-dates';
export { locateJsonSyntaxError } from './dataset/json-syntax';
export { seededRandom } from './random';
export {
  indexColumns,
  indexParts,
  partsBuffers,
  spanColumns,
  withKeys,
  type IndexParts,
  type OrderedParts,
  type SpanColumns,
} from './time';
export { ModelAssembler } from './graph/assemble';
export { recordsOf } from './graph/records';
export { WarningCap } from './dataset/warning-cap';
export type { Result } from './dataset/problems';
export { shapeErrorMap, shapeProblems } from './dataset/shape-problems';
export { checkStories } from './story/check';
export {
  STORY_FORMAT,
  storyFileSchema,
  storySchema,
  type Story,
  type StoryFile,
  type StepView,
  type Citation,
  type Step,
} from './story/schema';
export { parseCaption, type CaptionInline } from './story/markdown';
export { captionPlainText } from './story';
export { edgesByRelation } from './graph/by-relation';
