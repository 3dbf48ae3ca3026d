// Cross-record checks on references: every actor and source a record names exists (a passage's claimant too), a
// relation links different actors, `partOf` forms a tree (no actor inside itself), and a warning for actors no
// relation mentions (as a party, an asserter or disputer, or a claimant).
import {
  actorRef,
  didYouMean,
  relationRef,
  report,
  type CheckContext,
  type RecordRef,
} from './check-context';
import { targetsOf, type Relation } from './schema';

function checkActor(ctx: CheckContext, id: string, path: string, record: RecordRef): void {
  if (ctx.actors.has(id)) return;
  report(
    ctx,
    path,
    record,
    `"${id}" is not an actor of this dataset${didYouMean(ctx, id, ctx.actors.keys())}`,
  );
}

/** The path of each target: `target` when the relation names one, `target[i]` when it lists several. */
function targetPaths(relation: Relation, base: string): string[] {
  return typeof relation.target === 'string'
    ? [`${base}.target`]
    : relation.target.map((_, k) => `${base}.target[${k}]`);
}

export function checkReferences(ctx: CheckContext): void {
  ctx.dataset.actors.forEach((actor, i) => {
    if (actor.partOf !== undefined) checkActor(ctx, actor.partOf, `actors[${i}].partOf`, actorRef(actor.id));
  });
  ctx.dataset.relations.forEach((relation, i) => {
    const base = `relations[${i}]`;
    const ref = relationRef(relation.id);
    checkActor(ctx, relation.source, `${base}.source`, ref);
    const targets = targetsOf(relation);
    const paths = targetPaths(relation, base);
    // A set, not a search of the list before: a relation may list tens of thousands of targets.
    const listed = new Set<string>();
    targets.forEach((target, k) => {
      const path = paths[k] ?? `${base}.target`;
      checkActor(ctx, target, path, ref);
      if (target === relation.source) {
        report(
          ctx,
          path,
          ref,
          `"${target}" is both the source and a target; a relation links different actors`,
        );
      } else if (listed.has(target)) {
        report(ctx, path, ref, `"${target}" is listed twice among the targets`);
      }
      listed.add(target);
    });
    for (const field of ['assertedBy', 'disputedBy'] as const) {
      relation[field]?.forEach((id, k) => checkActor(ctx, id, `${base}.${field}[${k}]`, ref));
    }
    relation.evidence.forEach((evidence, k) => {
      const claimant = evidence.claim?.actor;
      if (claimant !== undefined) checkActor(ctx, claimant, `${base}.evidence[${k}].claim.actor`, ref);
      if (ctx.sourceIds.has(evidence.source)) return;
      report(
        ctx,
        `${base}.evidence[${k}].source`,
        ref,
        `"${evidence.source}" is not a source of this dataset${didYouMean(ctx, evidence.source, ctx.sourceIds)}`,
      );
    });
  });
}

/** An actor is not part of itself, directly or through a chain of `partOf`; each cycle is reported once. */
export function checkPartOf(ctx: CheckContext): void {
  const { actors } = ctx.dataset;
  const reported = new Set<string>();
  actors.forEach((actor, i) => {
    if (actor.partOf === actor.id) {
      report(ctx, `actors[${i}].partOf`, actorRef(actor.id), 'an actor cannot be part of itself');
      return;
    }
    const chain = [actor.id];
    let next = actor.partOf;
    while (next !== undefined && next !== actor.id && !chain.includes(next)) {
      chain.push(next);
      const parent = ctx.actors.get(next)?.partOf;
      // A self-reference further up is its own problem, reported at that actor.
      next = parent === next ? undefined : parent;
    }
    if (next !== actor.id || chain.some((id) => reported.has(id))) return;
    chain.forEach((id) => reported.add(id));
    report(
      ctx,
      `actors[${i}].partOf`,
      actorRef(actor.id),
      `partOf goes round in a circle (${[...chain, actor.id].join(' → ')}); an actor cannot be part of itself`,
    );
  });
}

/** Warns about actors that no relation names: they would stand alone in the graph. */
export function checkUnmentionedActors(ctx: CheckContext): void {
  const mentioned = new Set<string>();
  for (const relation of ctx.dataset.relations) {
    mentioned.add(relation.source);
    targetsOf(relation).forEach((id) => mentioned.add(id));
    relation.assertedBy?.forEach((id) => mentioned.add(id));
    relation.disputedBy?.forEach((id) => mentioned.add(id));
    for (const evidence of relation.evidence)
      if (evidence.claim?.actor !== undefined) mentioned.add(evidence.claim.actor);
  }
  ctx.dataset.actors.forEach((actor, i) => {
    if (mentioned.has(actor.id)) return;
    report(
      ctx,
      `actors[${i}]`,
      actorRef(actor.id),
      'no relation mentions this actor; it will stand alone in the graph',
      'warning',
    );
  });
}
