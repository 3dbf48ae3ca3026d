// A story step's view and the explorer's view state, both ways: `viewOfStep` puts a step on top of the view state
// (the fields a step sets; the dataset, layout, positions, theme and panel stay as they are, so the picture holds
// still), `stepViewOf` takes a step from the view shown. What the story panel, the address (`?story=…&step=…`) and
// the story exports build on.
import type { StepView, Story } from '../model/story/schema';
import { parseIsoDay } from '../model/time/days';
import { DAY_MS } from '../model/time/view';
import { DEFAULT_VIEW, DEFAULT_WINDOW_DAYS, isoDay, type ViewState } from './viewState';

/** A day of a step that parses (the validator has said so); a broken one falls back to `fallback`. */
function dayOr(text: string, fallback: number): number {
  return parseIsoDay(text) ?? fallback;
}

/** The view state `base` with what `view` sets; every field the step leaves out takes its default. */
export function viewOfStep(base: ViewState, view: StepView): ViewState & { date: number } {
  const d = DEFAULT_VIEW;
  const f = view.filters ?? {};
  const date = dayOr(view.date, base.date ?? 0);
  const window = view.window
    ? { from: dayOr(view.window.from, date), to: dayOr(view.window.to, date) }
    : null;
  return {
    ...base,
    date,
    mode: view.mode ?? d.mode,
    window,
    memory: view.memory ?? d.memory,
    filters: {
      hiddenTypes: [...(f.hiddenTypes ?? [])].sort(),
      hiddenKinds: [...(f.hiddenKinds ?? [])].sort(),
      showReported: f.showReported ?? d.filters.showReported,
      showAlleged: f.showAlleged ?? d.filters.showAlleged,
      hideIsolated: f.hideIsolated ?? d.filters.hideIsolated,
      imprecise: f.imprecise ?? d.filters.imprecise,
    },
    focus: view.focus ? { id: view.focus.id, hops: view.focus.hops ?? 1 } : null,
    selection: view.selection ? { kind: view.selection.kind, id: view.selection.id } : null,
    edgeMode: view.edgeMode ?? d.edgeMode,
    compare: null,
  };
}

/** The step view of what the explorer shows now; fields at their default are left out, as a person writes it. */
export function stepViewOf(state: ViewState & { date: number }): StepView {
  const d = DEFAULT_VIEW;
  const f = state.filters;
  const filters = {
    ...(f.hiddenTypes.length > 0 && { hiddenTypes: [...f.hiddenTypes] }),
    ...(f.hiddenKinds.length > 0 && { hiddenKinds: [...f.hiddenKinds] }),
    ...(f.showReported !== d.filters.showReported && { showReported: f.showReported }),
    ...(f.showAlleged !== d.filters.showAlleged && { showAlleged: f.showAlleged }),
    ...(f.hideIsolated !== d.filters.hideIsolated && { hideIsolated: f.hideIsolated }),
    ...(f.imprecise !== d.filters.imprecise && { imprecise: f.imprecise }),
  };
  // Window mode before a window was chosen shows the week up to the date (specOf); the step says so outright.
  const window =
    state.mode === 'window'
      ? (state.window ?? { from: state.date - DEFAULT_WINDOW_DAYS * DAY_MS, to: state.date })
      : null;
  return {
    date: isoDay(state.date),
    ...(state.mode !== d.mode && { mode: state.mode }),
    ...(window && { window: { from: isoDay(window.from), to: isoDay(window.to) } }),
    ...(state.memory !== d.memory && { memory: state.memory }),
    ...(Object.keys(filters).length > 0 && { filters }),
    ...(state.focus && { focus: { id: state.focus.id, hops: state.focus.hops } }),
    ...(state.selection && { selection: { kind: state.selection.kind, id: state.selection.id } }),
    ...(state.edgeMode !== d.edgeMode && { edgeMode: state.edgeMode }),
  };
}

/** The view state of a story's step `step` (0-based, clamped to the story), with the story place set. */
export function viewOfStoryStep(base: ViewState, story: Story, step: number): ViewState {
  const at = Math.min(Math.max(step, 0), story.steps.length - 1);
  const s = story.steps[at];
  if (!s) return { ...base, story: { id: story.id, step: 0 } };
  return { ...viewOfStep(base, s.view), story: { id: story.id, step: at } };
}
