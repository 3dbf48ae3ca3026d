// Builds the model of a dataset: the records, the graphology multigraph (mixed: directed and undirected edges
// by relation type), the time extent and the time index. Done once per load; everything after reads it.
import type { Dataset } from '../dataset/schema';
import type { TimeIndexOptions } from '../time/index';
import type { Model } from '../types';
import { ModelAssembler } from './assemble';

export { extentOf } from './extent';

/** Throws DatasetError when a date does not parse or a relation names no actor (see records.ts). */
export function buildModel(dataset: Dataset, options: TimeIndexOptions = {}): Model {
  const assembler = new ModelAssembler(dataset);
  assembler.add(dataset.relations.length);
  return assembler.finish(options);
}
