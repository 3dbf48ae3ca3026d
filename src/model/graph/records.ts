// Turns a dataset's actors and relations into the model's records, parsing every date once. A relation whose
// target lists several parties becomes one edge per party, keyed `${relationId}~${targetId}`. Datasets reach
// this point validated; what would still make a graph impossible (a date that does not parse, a reference to
// no actor, a repeated key) is reported as a DatasetError naming the record and the field.
import type { Dataset, Relation } from '../dataset/schema';
import { targetsOf } from '../dataset/schema';
import type { Problem } from '../dataset/problems';
import { DatasetError } from '../dataset/problems';
import type { RelationTypeInfo } from '../dataset/vocabulary';
import { relationTypesOf } from '../dataset/vocabulary';
import { EdtfError, parseWhen, type TimeSpan } from '../time/edtf';
import { edgeKey } from './edge-key';
import type { ActorRecord, EdgeRecord } from '../types';

export interface Records {
  readonly actors: ReadonlyMap<string, ActorRecord>;
  readonly edges: readonly EdgeRecord[];
  readonly edgeByKey: ReadonlyMap<string, EdgeRecord>;
  readonly relationTypes: ReadonlyMap<string, RelationTypeInfo>;
}

/** Parses `when` strings, sharing one TimeSpan per distinct string (datasets repeat dates a lot). */
class SpanParser {
  private readonly cache = new Map<string, TimeSpan>();

  /** The span, or why the string is not one. */
  parse(when: string): TimeSpan | string {
    const known = this.cache.get(when);
    if (known) return known;
    let span: TimeSpan;
    try {
      span = parseWhen(when);
    } catch (e) {
      if (e instanceof EdtfError) return e.message;
      throw e;
    }
    if (span.start > span.end) return `"${when}" ends before it starts`;
    this.cache.set(when, span);
    return span;
  }
}

function problemAt(
  list: 'actors' | 'relations',
  i: number,
  id: string,
  field: string,
  message: string,
): Problem {
  const kind = list === 'actors' ? 'actor' : 'relation';
  return { path: `${list}[${i}].${field}`, record: { kind, id }, message, severity: 'error' };
}

function targetField(relation: Relation, j: number): string {
  return typeof relation.target === 'string' ? 'target' : `target[${j}]`;
}

function actorRecords(dataset: Dataset, parser: SpanParser, problems: Problem[]): Map<string, ActorRecord> {
  const actors = new Map<string, ActorRecord>();
  dataset.actors.forEach((actor, i) => {
    if (actors.has(actor.id)) {
      problems.push(problemAt('actors', i, actor.id, 'id', 'another actor has this id'));
      return;
    }
    const span = actor.when === undefined ? null : parser.parse(actor.when);
    if (typeof span === 'string') problems.push(problemAt('actors', i, actor.id, 'when', span));
    actors.set(actor.id, { id: actor.id, actor, span: typeof span === 'string' ? null : span });
  });
  return actors;
}

/**
 * The records of a dataset built a slice of relations at a time, so a large dataset can be built between frames
 * (src/model/graph/assemble.ts): the actors when made, then `add` for each run of relations in order, then
 * `finish`, which throws the DatasetError of every problem met.
 */
export class RecordsBuilder {
  readonly actors: ReadonlyMap<string, ActorRecord>;
  readonly relationTypes: ReadonlyMap<string, RelationTypeInfo>;
  readonly edges: EdgeRecord[] = [];
  readonly edgeByKey = new Map<string, EdgeRecord>();
  private readonly problems: Problem[] = [];
  private readonly parser = new SpanParser();

  constructor(private readonly dataset: Dataset) {
    this.relationTypes = relationTypesOf(dataset.relationTypes);
    this.actors = actorRecords(dataset, this.parser, this.problems);
  }

  /** Makes the edges of relations[from, until), appended to `edges` in order. */
  add(from: number, until: number): void {
    const { actors, relationTypes, parser, edges, edgeByKey, problems } = this;
    // A plain loop with no closure per relation: this runs once per relation of datasets of a million.
    const relations = this.dataset.relations;
    const fail = (i: number, field: string, message: string): void => {
      problems.push(problemAt('relations', i, relations[i]!.id, field, message));
    };
    for (let i = from; i < until; i++) {
      const relation = relations[i]!;
      const info = relationTypes.get(relation.type);
      if (!info)
        fail(
          i,
          'type',
          `"${relation.type}" is neither a built-in relation type nor one the dataset declares`,
        );
      if (!actors.has(relation.source)) fail(i, 'source', `no actor has the id "${relation.source}"`);
      const span = parser.parse(relation.when);
      if (typeof span === 'string') fail(i, 'when', span);
      const targets = targetsOf(relation);
      const several = targets.length > 1;
      for (let j = 0; j < targets.length; j++) {
        const target = targets[j]!;
        if (!actors.has(target)) fail(i, targetField(relation, j), `no actor has the id "${target}"`);
        const key = edgeKey(relation.id, target, several);
        if (edgeByKey.has(key)) {
          fail(i, several ? targetField(relation, j) : 'id', `the edge key "${key}" is used twice`);
          continue;
        }
        if (!info || typeof span === 'string') continue;
        const edge: EdgeRecord = {
          key,
          relationId: relation.id,
          source: relation.source,
          target,
          type: relation.type,
          info,
          status: relation.status,
          directed: info.directed,
          span,
          relation,
        };
        edges.push(edge);
        edgeByKey.set(key, edge);
      }
    }
  }

  finish(): Records {
    if (this.problems.length > 0) throw new DatasetError(this.problems);
    const { actors, edges, edgeByKey, relationTypes } = this;
    return { actors, edges, edgeByKey, relationTypes };
  }
}

export function recordsOf(dataset: Dataset): Records {
  const builder = new RecordsBuilder(dataset);
  builder.add(0, dataset.relations.length);
  return builder.finish();
}
