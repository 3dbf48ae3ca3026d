// How relations cross from a worker to the page: a slice at a time, as JSON text, parsed on arrival with its repeated
// words shared. A structured clone of the same relations gave the page objects with their properties out of line
// (one more object each), and a copy of every string; parsed JSON lays an object's properties in the object, and the
// pool keeps one copy of each type, actor, date and source. The garbage collector marks object by object, so this is
// what it visits that shrinks (BENCHMARKS.md, "Reliability: opening 200,000 relations"). The relations were checked
// in the worker: the page trusts them.
import type { Relation } from './schema';
import { shareRelationStrings, type StringPool } from './share-strings';

/** A slice of relations as a worker posts it. */
export function relationsText(relations: readonly Relation[]): string {
  return JSON.stringify(relations);
}

/** The slice back, with its vocabulary fields shared through `pool` (one pool per opening). */
export function relationsFromText(text: string, pool: StringPool): Relation[] {
  const relations = JSON.parse(text) as Relation[];
  shareRelationStrings(relations, pool);
  return relations;
}
