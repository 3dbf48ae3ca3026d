// What an export writes: the whole dataset, or the part behind the current view. Resolves every relation to its
// drawn edges (one per target), its type description and its time span, and gives each actor a lifetime, once,
// for all the writers. A view subset keeps whole relations (every target) and whatever they need to stay a valid
// dataset: the actors they touch (as parties, asserters, disputers or claimants of a passage) and those actors'
// parents, the sources their evidence cites, the types they use.
import type { Dataset } from '../../model/dataset/schema';
import { targetsOf } from '../../model/dataset/schema';
import { buildModel, type EdgeRecord } from '../../model';
import { relationIdOfKey } from '../../model/graph/edge-key';
import type { TimeSpan } from '../../model/time/edtf';
import { hull, intervalOf, type Interval } from './time';

/** Options every writer takes. Without `edgeKeys` the whole dataset is written. */
export interface ExportOptions {
  /** Keys of the edges in the current view (relation ids, or `relationId~targetId` for several targets). */
  readonly edgeKeys?: Iterable<string>;
  /** Node positions from the view, by actor id (screen coordinates: y grows downwards). */
  readonly positions?: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
  /** Node colours from the view, by actor id, as `#rrggbb`. */
  readonly colours?: Readonly<Record<string, string>>;
}

export interface ExportSelection {
  /** The dataset to write: the original, or a valid dataset holding only the view's part. */
  readonly dataset: Dataset;
  readonly edges: readonly EdgeRecord[];
  /** Each exported actor's own span (its `when`), or null. */
  readonly actorSpans: ReadonlyMap<string, TimeSpan | null>;
  /**
   * When each dated actor is on the graph: its `when`, widened to cover every exported relation it takes part in
   * (formats such as GEXF draw a relation only while both its ends exist). Null for an actor the dataset does not
   * date: no lifetime is made up for it from its relations, so it is on the graph at every date.
   */
  readonly lifetimes: ReadonlyMap<string, Interval | null>;
}

/** The relations in `relationIds` and everything they reference, as a dataset. */
function subset(dataset: Dataset, relationIds: ReadonlySet<string>): Dataset {
  const relations = dataset.relations.filter((r) => relationIds.has(r.id));
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const actorIds = new Set<string>();
  const addActor = (id: string): void => {
    // partOf chains are followed so every kept actor's parent resolves.
    for (let a = byId.get(id); a && !actorIds.has(a.id); a = a.partOf ? byId.get(a.partOf) : undefined) {
      actorIds.add(a.id);
    }
  };
  const sourceIds = new Set<string>();
  const typeIds = new Set<string>();
  for (const r of relations) {
    typeIds.add(r.type);
    for (const id of [r.source, ...targetsOf(r), ...(r.assertedBy ?? []), ...(r.disputedBy ?? [])])
      addActor(id);
    for (const e of r.evidence) {
      sourceIds.add(e.source);
      if (e.claim?.actor !== undefined) addActor(e.claim.actor);
    }
  }
  return {
    ...dataset,
    ...(dataset.relationTypes
      ? { relationTypes: dataset.relationTypes.filter((t) => typeIds.has(t.id)) }
      : {}),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    relations,
    // A story may cite or show what the subset leaves out; a part of the data travels without them.
    stories: undefined,
  };
}

/** The dataset to write: the whole one, or the valid dataset behind the view's edge keys. */
export function datasetForExport(whole: Dataset, edgeKeys: Iterable<string> | undefined): Dataset {
  if (!edgeKeys) return whole;
  const ids = new Set<string>();
  for (const key of edgeKeys) ids.add(relationIdOfKey(key));
  return subset(whole, ids);
}

/** Throws DatasetError (from the model) when a date does not parse or a reference does not resolve. */
export function selectForExport(whole: Dataset, options: ExportOptions = {}): ExportSelection {
  const model = buildModel(datasetForExport(whole, options.edgeKeys));
  const touching = new Map<string, Interval[]>();
  for (const edge of model.edges) {
    for (const end of [edge.source, edge.target]) {
      const list = touching.get(end) ?? [];
      list.push(intervalOf(edge.span));
      touching.set(end, list);
    }
  }
  const actorSpans = new Map<string, TimeSpan | null>();
  const lifetimes = new Map<string, Interval | null>();
  for (const { id, span } of model.actors.values()) {
    actorSpans.set(id, span);
    lifetimes.set(id, span ? hull([intervalOf(span), ...(touching.get(id) ?? [])]) : null);
  }
  return { dataset: model.dataset, edges: model.edges, actorSpans, lifetimes };
}
