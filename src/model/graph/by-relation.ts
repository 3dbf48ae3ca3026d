// The model's edges grouped by relation id, in dataset order (a relation with several targets has several edges):
// one index per model, built on first use and kept, for every reader that goes from a relation to its edges.
import { edgeIndex } from './edge-index';

export const edgesByRelation = edgeIndex((e, under) => under(e.relationId));
