// Builds a model a slice of relations at a time, so that opening a large dataset never holds the page for long:
// the caller adds runs of relations as they arrive (or between frames) and finishes once all are in. The model is
// the one buildModel makes from the same dataset; buildModel is this with one slice. The graphology graph is made
// when first asked for (model-graph.ts), not while the model is built.
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
import { graphOf } from './model-graph';
import { extentOf } from './extent';
import { RecordsBuilder } from './records';

export class ModelAssembler {
  private readonly records: RecordsBuilder;
  private added = 0;

  /**
   * `dataset.relations` may still be filling: each `add` reads the relations up to the count given, so a caller
   * receiving relations in parts appends each part to the dataset's own array and adds it.
   */
  constructor(private readonly dataset: Dataset) {
    this.records = new RecordsBuilder(dataset);
  }

  /** Relations taken so far. */
  get size(): number {
    return this.added;
  }

  /** Takes the relations from the last one taken up to `until` (exclusive) into the records. */
  add(until: number): void {
    this.records.add(this.added, until);
    this.added = until;
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
    let graph: ModelGraph | null = null;
    return {
      dataset: this.dataset,
      get graph() {
        return (graph ??= graphOf(actors, edges));
      },
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
