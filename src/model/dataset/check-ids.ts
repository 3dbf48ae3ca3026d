// Cross-record checks on identity: every actor, relation, source and declared relation type has its own id,
// a declared type does not redefine a built-in one (nor a mediation type claim to be hostile), and every
// relation's type is built in or declared.
import {
  actorRef,
  didYouMean,
  relationRef,
  report,
  sourceRef,
  type CheckContext,
  type RecordRef,
} from './check-context';
import { RELATION_TYPES, isBuiltinRelationType } from './vocabulary';

interface IdList {
  readonly list: 'actors' | 'relations' | 'sources' | 'relationTypes';
  readonly noun: string;
  readonly ids: readonly string[];
  readonly ref?: (id: string) => RecordRef;
}

/** The second and later uses of an id, each naming where the id was first used. */
export function checkUniqueIds(ctx: CheckContext): void {
  const { dataset } = ctx;
  const lists: IdList[] = [
    { list: 'sources', noun: 'source', ids: dataset.sources.map((s) => s.id), ref: sourceRef },
    { list: 'actors', noun: 'actor', ids: dataset.actors.map((a) => a.id), ref: actorRef },
    { list: 'relations', noun: 'relation', ids: dataset.relations.map((r) => r.id), ref: relationRef },
    { list: 'relationTypes', noun: 'relation type', ids: (dataset.relationTypes ?? []).map((t) => t.id) },
  ];
  for (const { list, noun, ids, ref } of lists) {
    const first = new Map<string, number>();
    ids.forEach((id, i) => {
      const earlier = first.get(id);
      if (earlier === undefined) {
        first.set(id, i);
        return;
      }
      report(
        ctx,
        `${list}[${i}].id`,
        ref?.(id),
        `the id "${id}" is already used by ${list}[${earlier}]; every ${noun} needs its own id`,
      );
    });
  }
}

/** Declared types add to the vocabulary, never change it; relations use only types that exist. */
export function checkRelationTypes(ctx: CheckContext): void {
  const declared = ctx.dataset.relationTypes ?? [];
  declared.forEach((t, i) => {
    if (t.mediation && t.polarity !== 'cooperative') {
      report(
        ctx,
        `relationTypes[${i}].polarity`,
        undefined,
        `"${t.id}" is drawn as mediation, which counts as cooperative: set its polarity to "cooperative"`,
      );
    }
    if (isBuiltinRelationType(t.id)) {
      report(
        ctx,
        `relationTypes[${i}].id`,
        undefined,
        `"${t.id}" is a built-in relation type and cannot be declared again; use it as it is or pick another id`,
      );
    }
  });
  const declaredIds = declared.filter((t) => !isBuiltinRelationType(t.id)).map((t) => t.id);
  const choices =
    declaredIds.length > 0
      ? `${RELATION_TYPES.join(', ')}, or a type this dataset declares (${declaredIds.join(', ')})`
      : `${RELATION_TYPES.join(', ')}, or declare it in relationTypes`;
  ctx.dataset.relations.forEach((relation, i) => {
    if (ctx.types.has(relation.type)) return;
    report(
      ctx,
      `relations[${i}].type`,
      relationRef(relation.id),
      `"${relation.type}" is not a relation type${didYouMean(ctx, relation.type, ctx.types.keys())}; use one of ${choices}`,
    );
  });
}
