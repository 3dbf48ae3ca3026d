// The model's public contract: what the view, the UI, the exporters and the command line may ask of it.
// Implemented in src/model/graph (buildModel), src/model/time (TimeIndex) and src/model/analysis.
import type { MultiGraph } from 'graphology';
import type { Actor, Dataset, Relation, Source } from './dataset/schema';
import type { Polarity, RelationStatus, RelationType, RelationTypeInfo } from './dataset/vocabulary';
import type { TimeSpan } from './time/edtf';
import type { TimeIndex } from './time/index';

/** One drawn edge: a relation, or one party of a relation whose target lists several parties. */
export interface EdgeRecord {
  /** Unique edge key: the relation id, or `${relationId}~${targetId}` when the target lists several parties. */
  readonly key: string;
  readonly relationId: string;
  readonly source: string;
  readonly target: string;
  /** A built-in type or one the dataset declares; `info` is its resolved description (use it, not the global table). */
  readonly type: string;
  readonly info: RelationTypeInfo;
  readonly status: RelationStatus;
  readonly directed: boolean;
  readonly span: TimeSpan;
  readonly relation: Relation;
}

export interface ActorRecord {
  readonly id: string;
  readonly actor: Actor;
  /** The actor's existence (`when`), when the dataset gives one. */
  readonly span: TimeSpan | null;
}

/** How the view reads time; all instants are ms since the epoch, UTC. */
export type ViewSpec =
  /** Lasting relations whose span contains `at`, plus events whose span meets [at - memory, at]. */
  | { readonly mode: 'snapshot'; readonly at: number; readonly memory: number }
  /** Lasting relations and events whose span meets [from, to]. */
  | { readonly mode: 'window'; readonly from: number; readonly to: number }
  /** The window (-∞, at]. */
  | { readonly mode: 'cumulative'; readonly at: number };

export interface EdgeDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface HistogramBucket {
  readonly start: number;
  readonly end: number;
  readonly cooperative: number;
  readonly hostile: number;
  readonly mediation: number;
  /** How many of each tone's events here are imprecisely dated (counted in the totals too; drawn lighter). */
  readonly imprecise: { readonly cooperative: number; readonly hostile: number; readonly mediation: number };
}

/** The dataset as a mixed multigraph: node key = actor id, edge key = EdgeRecord.key; attributes are the records. */
export type ModelGraph = MultiGraph<Readonly<ActorRecord>, Readonly<EdgeRecord>>;

/** Earliest and latest finite instant of the relations' starts and ends (open ends ignored). */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/** A loaded dataset: built once by buildModel (src/model/graph/build.ts), dates parsed, read-only after. */
export interface Model {
  readonly dataset: Dataset;
  /** Made the first time it is read (graph/model-graph.ts): the explorer itself works from the records and indexes. */
  readonly graph: ModelGraph;
  /** Every edge, in dataset order (a relation's parties in target order). */
  readonly edges: readonly EdgeRecord[];
  readonly edgeByKey: ReadonlyMap<string, EdgeRecord>;
  readonly actors: ReadonlyMap<string, ActorRecord>;
  /** The fixed vocabulary plus the types the dataset declares. */
  readonly relationTypes: ReadonlyMap<string, RelationTypeInfo>;
  /** Null when no relation has a finite instant. */
  readonly extent: Extent | null;
  readonly index: TimeIndex;
}

export type { Actor, Dataset, Polarity, Relation, RelationType, Source };
