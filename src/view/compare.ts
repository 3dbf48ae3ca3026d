// Compare mode's input for a view state: the earlier date's snapshot, the diff from it to the view now and what
// appeared in between, read as drawn (filters applied, only actors that exist). One function, so the explorer and
// an export deriving its own frames compare the same way.
import { DAY_MS, boundsOf, diffViews, type EdgeRecord, type Model, type ViewSpec } from '../model';
import type { ViewState } from '../state/viewState';
import { passesFilters, specOf, type CompareInput } from './liveView';

export function compareInputOf(model: Model, state: ViewState & { date: number }): CompareInput | null {
  const { compare, filters } = state;
  if (compare === null) return null;
  const keep = (e: EdgeRecord) => passesFilters(e, filters, model);
  const from = specOf({ ...state, date: compare, mode: 'snapshot' });
  const to = specOf(state);
  const between: ViewSpec = { mode: 'window', from: compare + DAY_MS, to: boundsOf(to).to };
  return {
    from,
    diff: diffViews(model, from, to, { keep, existingActors: true }),
    appeared: diffViews(model, from, between, { keep, existingActors: true }).added,
  };
}
