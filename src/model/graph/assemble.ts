// Builds a model a slice of relations at a time, so that opening a large dataset never holds the page for long:
// the caller adds runs of relations as they arrive (or between frames) and finishes once all are in. The model is
// the one buildModel makes from the same dataset; buildModel is this with one slice.
import { MultiGraph } from 'graphology';
import type { Dataset } from '../dataset/schema';
import {
  spanColumns,
  TimeIndex,
  withKeys,
  type IndexParts,
  type OrderedParts,
  type SpanColumns,
  type TimeIndexOptions,
} from '../time/index';
import type { Model, ModelGraph } from '../types';
import { extentOf } from './extent';
import { RecordsBuilder } from './records';

export class ModelAssembler {
  private readonly records: RecordsBuilder;
  private readonly graph: ModelGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  private added = 0;

  /**
   * `dataset.relations` may still be filling: each `add` reads the relations up to the count given, so a caller
   * receiving relations in parts appends each part to the dataset's own array and adds it.
   */
  constructor(private readonly dataset: Dataset) {
    this.records = new RecordsBuilder(dataset);
    for (const actor of this.records.actors.values()) this.graph.addNode(actor.id, actor);
  }

  /** Relations taken so far. */
  get size(): number {
    return this.added;
  }

  /** Takes the relations from the last one taken up to `until` (exclusive) into the records and the graph. */
  add(until: number): void {
    const { edges } = this.records;
    const first = edges.length;
    this.records.add(this.added, until);
    this.added = until;
    for (let i = first; i < edges.length; i++) {
      const edge = edges[i]!;
      // An edge to no actor is one of the problems `finish` throws: the graph could not hold it.
      if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      if (edge.directed) this.graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
      else this.graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge);
    }
  }

  /** The spans of the edges taken so far, as columns, for sorting and indexing them elsewhere (`indexColumns`). */
  columns(): SpanColumns {
    return spanColumns(this.records.edges);
  }

  /**
   * The model; throws DatasetError when a date does not parse or a relation names no actor (see records.ts).
   * `parts`: the time index of the same relations, sorted and indexed elsewhere (a worker), by `indexParts` or, from
   * `columns()`, by `indexColumns`.
   */
  finish(options: TimeIndexOptions = {}, indexed?: IndexParts | OrderedParts): Model {
    const { actors, edges, edgeByKey, relationTypes } = this.records.finish();
    const parts = indexed && 'order' in indexed ? withKeys(edges, indexed) : indexed;
    return {
      dataset: this.dataset,
      graph: this.graph,
      edges,
      edgeByKey,
      actors,
      relationTypes,
      extent: extentOf(edges),
      index: parts
        ? TimeIndex.fromParts(parts, edgeByKey, options)
        : new TimeIndex(edges, { ...options, edgeByKey }),
    };
  }
}
