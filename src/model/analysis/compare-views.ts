// Comparing an earlier date with the view now, as the explorer's Compare tab and `faultline analyse --compare`
// answer it: what is new since the earlier date (live at some time after it, up to the view's end, and not at
// it — so an event that happened in between counts even when it has faded from the snapshot by now), what ended
// (lasting relations that held at the earlier date and no longer do: events happen, they do not end), and the
// pairs whose net stance changed sign between the two. Both views are read as drawn (diffViews with
// `existingActors`), so each diff costs what changed.
import { boundsOf } from '../time/view';
import type { Model, ViewSpec } from '../types';
import { diffViews, type DiffOptions, type ViewDiff } from './diff-views';

export interface ViewComparison {
  /** The earlier view. */
  readonly from: ViewSpec;
  /** From the earlier view to the view now: sign changes, actors that appeared or vanished. */
  readonly diff: ViewDiff;
  /** Edges new since the earlier view, sorted. */
  readonly added: readonly string[];
  /** Lasting edges drawn in the earlier view and not now, sorted. */
  readonly ended: readonly string[];
}

/** `earlier` is a snapshot before the view; options as diffViews' (`existingActors` is always on). */
export function compareViews(
  model: Model,
  earlier: ViewSpec,
  now: ViewSpec,
  options: Omit<DiffOptions, 'existingActors'> = {},
): ViewComparison {
  const drawn = { ...options, existingActors: true };
  const diff = diffViews(model, earlier, now, drawn);
  const after = boundsOf(earlier).to + 1;
  const until = boundsOf(now).to;
  const added =
    after <= until ? diffViews(model, earlier, { mode: 'window', from: after, to: until }, drawn).added : [];
  const ended = diff.removed.filter((k) => model.edgeByKey.get(k)!.info.duration === 'lasting');
  return { from: earlier, diff, added, ended };
}
