// Drawing the first view of a large dataset a part at a time, so the page never stops answering while thousands
// of elements are styled and drawn for the first time: the actors of the view first, then its lines, one part per
// frame, each applied by GraphSync as an ordinary diff (one cy.batch()) and styled in a task of its own between
// frames, until the whole view is drawn. A view that changes meanwhile becomes the new goal; once it is drawn whole,
// every change is one diff again. Positions never move.
import type { LiveView } from './liveView';
import type { GraphSync, Marks } from './sync';

/** Up to this many elements the first view is drawn at once: a frame or two of work. */
export const FILL_ABOVE = 1_500;
/** The first part: about a frame's worth of styling on a slow machine. */
const FIRST_PART = 400;
/** Never fewer elements per part than this: below it a frame is mostly drawing what is already there. */
const MIN_PART = 200;
/**
 * The task that adds a part and styles it aims at this long. Parts are sized on that task alone, not on the frame
 * that follows: every frame of the fill draws again what is already in the graph (Cytoscape's layered cache is off
 * while elements keep changing), so a frame's cost follows the graph's size, not the part's, and smaller parts
 * late in the fill would only add frames that draw nearly everything.
 */
const STEP_BUDGET_MS = 50;

/** The first `count` elements of a view: its actors first, then lines between them (which need both ends). */
export function partOf(view: LiveView, count: number): LiveView {
  const actors = new Set<string>();
  for (const id of view.actors) {
    if (actors.size >= count) break;
    actors.add(id);
  }
  const lines = Math.max(0, count - actors.size);
  const has = (id: string) => actors.has(id);
  const only = (ids: ReadonlySet<string>) => new Set([...ids].filter(has));
  const base = { ...view, actors, mediators: only(view.mediators), dimmedActors: only(view.dimmedActors) };
  // In pairs mode GraphSync draws the pair lines; the relation keys are left whole (it reads them only otherwise).
  if (view.pairs) return { ...base, pairs: new Map([...view.pairs].slice(0, lines)), changes: null };
  return { ...base, edges: new Set([...view.edges].slice(0, lines)), changes: null };
}

/** Elements a view draws: actors and lines. */
export function sizeOf(view: LiveView): number {
  return view.actors.size + (view.pairs ? view.pairs.size : view.edges.size);
}

/**
 * Styles and measures the elements a part added, now rather than in the next frame: Cytoscape computes an element's
 * style, rendered style and bounding box when first asked for its box, and the frame then finds them done.
 */
function styleNew(sync: GraphSync, before: LiveView | null, after: LiveView): void {
  const lines = (v: LiveView | null) => (v === null ? new Set<string>() : v.pairs ? v.pairs : v.edges);
  const [had, has] = [lines(before), lines(after)];
  for (const id of after.actors) if (!before?.actors.has(id)) sync.element(id)?.boundingBox();
  for (const id of has.keys()) if (!had.has(id)) sync.element(id)?.boundingBox();
}

export interface Fill {
  /** A newer view to draw (the date moved while the first one was being drawn). */
  retarget(view: LiveView, marks: Marks): void;
  cancel(): void;
}

/**
 * Applies `view` through `sync` in parts, one per animation frame, then calls `onDrawn` once the frame that
 * drew the whole of it has been produced. A small view is applied at once.
 */
export function fillInFrames(sync: GraphSync, view: LiveView, marks: Marks, onDrawn: () => void): Fill {
  let target = { view, marks };
  let part = FIRST_PART;
  let count = 0;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  let shown: LiveView | null = null;
  const finish = () => {
    sync.apply(target.view, target.marks);
    styleNew(sync, shown, target.view);
    done = true;
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(onDrawn)));
  };
  const step = () => {
    count += part;
    if (count >= sizeOf(target.view)) return finish();
    const started = performance.now();
    const next = partOf(target.view, count);
    sync.apply(next, target.marks);
    styleNew(sync, shown, next);
    shown = next;
    // The next part in proportion to what this one cost, within a factor of two either way.
    const took = Math.max(1, performance.now() - started);
    part = Math.max(MIN_PART, Math.round(part * Math.min(2, Math.max(0.5, STEP_BUDGET_MS / took))));
    frame = requestAnimationFrame(later);
  };
  // Each part is applied in a task of its own after the frame, not in the frame that draws the graph: the frame
  // then only draws, and the part's styling is not added to it.
  const later = () => {
    timer = setTimeout(step, 0);
  };
  if (sizeOf(view) <= FILL_ABOVE) finish();
  else frame = requestAnimationFrame(later);
  return {
    retarget(next, nextMarks) {
      target = { view: next, marks: nextMarks };
      if (done) sync.apply(next, nextMarks);
    },
    cancel() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}
