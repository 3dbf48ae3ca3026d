// Turns a dataset's actors and relations into the model's records, parsing every date once. A relation whose
// target lists several parties becomes one edge per party, keyed `${relationId}~${targetId}`. Datasets reach
// this point validated; what would still make a graph impossible (a date that does not parse, a reference to
// no actor, a repeated key) is reported as a DatasetError naming the record and the field.
import type { Dataset } from '../dataset/schema';
import { targetsOf } from '../dataset/schema';
import type { Problem } from '../dataset/problems';
import { DatasetError } from '../dataset/problems';
import type { RelationTypeInfo } from '../dataset/vocabulary';
import { relationTypesOf } from '../dataset/vocabulary';
import { EdtfError, parseWhen, type TimeSpan } from '../time/edtf';
import type { ActorRecord, EdgeRecord } from '../types';

export interface Records {
  readonly actors: ReadonlyMap<string, ActorRecord>;
  readonly edges: readonly EdgeRecord[];
  readonly relationTypes: ReadonlyMap<string, RelationTypeInfo>;
}

/** Parses `when` strings, sharing one TimeSpan per distinct string (datasets repeat dates a lot). */
class SpanParser {
  private readonly cache = new Map<string, TimeSpan>();

  constructor(private readonly problems: Problem[]) {}

  parse(when: string, path: string, record: Problem['record']): TimeSpan | null {
    const known = this.cache.get(when);
    if (known) return known;
    let span: TimeSpan;
    try {
      span = parseWhen(when);
    } catch (e) {
      if (!(e instanceof EdtfError)) throw e;
      this.problems.push({ path, record, message: e.message, severity: 'error' });
      return null;
    }
    if (span.start > span.end) {
      this.problems.push({ path, record, message: `"${when}" ends before it starts`, severity: 'error' });
      return null;
    }
    this.cache.set(when, span);
    return span;
  }
}

export function recordsOf(dataset: Dataset): Records {
  const problems: Problem[] = [];
  const parser = new SpanParser(problems);
  const relationTypes = relationTypesOf(dataset.relationTypes);

  const actors = new Map<string, ActorRecord>();
  dataset.actors.forEach((actor, i) => {
    const record = { kind: 'actor', id: actor.id } as const;
    if (actors.has(actor.id)) {
      problems.push({
        path: `actors[${i}].id`,
        record,
        message: 'another actor has this id',
        severity: 'error',
      });
      return;
    }
    const span = actor.when === undefined ? null : parser.parse(actor.when, `actors[${i}].when`, record);
    actors.set(actor.id, { id: actor.id, actor, span });
  });

  const edges: EdgeRecord[] = [];
  const keys = new Set<string>();
  dataset.relations.forEach((relation, i) => {
    const record = { kind: 'relation', id: relation.id } as const;
    const problem = (field: string, message: string): void => {
      problems.push({ path: `relations[${i}].${field}`, record, message, severity: 'error' });
    };
    const info = relationTypes.get(relation.type);
    if (!info)
      problem('type', `"${relation.type}" is neither a built-in relation type nor one the dataset declares`);
    if (!actors.has(relation.source)) problem('source', `no actor has the id "${relation.source}"`);
    const span = parser.parse(relation.when, `relations[${i}].when`, record);
    const targets = targetsOf(relation);
    targets.forEach((target, j) => {
      const field = typeof relation.target === 'string' ? 'target' : `target[${j}]`;
      if (!actors.has(target)) problem(field, `no actor has the id "${target}"`);
      const key = targets.length > 1 ? `${relation.id}~${target}` : relation.id;
      if (keys.has(key)) {
        problem(targets.length > 1 ? field : 'id', `the edge key "${key}" is used twice`);
        return;
      }
      keys.add(key);
      if (!info || !span) return;
      edges.push({
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
      });
    });
  });

  if (problems.length > 0) throw new DatasetError(problems);
  return { actors, edges, relationTypes };
}
