// What a view draws: the edges live in time (the time index's answer), passing the UI's filter, whose two actors
// both exist in the view. An actor with a `when` exists while its span meets the view's lasting bounds, read as a
// lasting relation would be: a relation dated "2021" with a government formed in August 2021 cannot have
// happened before August, so in a view of June 2021 it is not drawn. The view (src/view/liveView.ts), the
// analyses and the command line share this rule, so they agree on what a view shows.
import { boundsOf, type ViewBounds } from '../time/view';
import type { ActorRecord, Model, ViewSpec } from '../types';
import type { EdgeFilter } from './edges';

function existsIn(actor: ActorRecord | undefined, bounds: ViewBounds): boolean {
  if (!actor) return false;
  const span = actor.span;
  return !span || (span.start <= bounds.to && span.end >= bounds.lastingFrom);
}

/** Whether an actor exists in a view: no `when` means always; an unknown id never. */
export function actorExists(model: Model, actorId: string, spec: ViewSpec): boolean {
  return existsIn(model.actors.get(actorId), boundsOf(spec));
}

/** The existence rule for one view, as a function of the actor id, each actor checked once. */
export function actorExistence(model: Model, spec: ViewSpec): (actorId: string) => boolean {
  const bounds = boundsOf(spec);
  // Most actors have no `when`; those that do are checked once per view, not once per edge.
  const existence = new Map<string, boolean>();
  return (id: string): boolean => {
    let known = existence.get(id);
    if (known === undefined) {
      known = existsIn(model.actors.get(id), bounds);
      existence.set(id, known);
    }
    return known;
  };
}

/** Keys of the edges a view draws (live, kept, both actors existing), sorted. */
export function viewEdges(model: Model, spec: ViewSpec, keep?: EdgeFilter): string[] {
  const exists = actorExistence(model, spec);
  const out: string[] = [];
  for (const key of model.index.query(spec)) {
    const edge = model.edgeByKey.get(key)!;
    if (keep && !keep(edge)) continue;
    if (exists(edge.source) && exists(edge.target)) out.push(key);
  }
  return out.sort();
}
