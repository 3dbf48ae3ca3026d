// Where the explorer opens: the dataset's own `opening` when it names one, else the newest source's date or the
// latest dated relation, whichever is earlier, so the first view never stands after what the data can know.
import type { Model } from '../types';
import { parseIsoDay } from './days';
import { parseWhen } from './edtf';

const DAY_MS = 86_400_000;

export interface OpeningView {
  /** The first view's date, ms UTC at midnight. */
  readonly date: number;
  /** The stretch of time the time bar shows at first (days, inclusive); null for the whole period. */
  readonly window: { readonly from: number; readonly to: number } | null;
  /** True when the dataset named it; false when it was derived from the sources and relations. */
  readonly named: boolean;
}

const dayOf = (ms: number): number => Math.floor(ms / DAY_MS) * DAY_MS;

/** The first day of the newest source's publication date; null when no source has a usable date. */
export function newestSourceDay(model: Model): number | null {
  let newest = -Infinity;
  for (const source of model.dataset.sources) {
    try {
      const start = parseWhen(source.published).start;
      if (Number.isFinite(start)) newest = Math.max(newest, start);
    } catch {
      // The validator has reported it; an unreadable date names no day.
    }
  }
  return Number.isFinite(newest) ? dayOf(newest) : null;
}

/** The day the latest dated relation begins on; null when none has a finite start. */
export function latestRelationDay(model: Model): number | null {
  let latest = -Infinity;
  for (const { span } of model.edges) if (Number.isFinite(span.start)) latest = Math.max(latest, span.start);
  return Number.isFinite(latest) ? dayOf(latest) : null;
}

/** The opening view of a model; null when neither the dataset, its sources nor its relations name a day. */
export function openingOf(model: Model): OpeningView | null {
  // Without a named opening this is a pass over every relation and source: once per model (models never change).
  let known = openings.get(model);
  if (known === undefined) openings.set(model, (known = computeOpening(model)));
  return known;
}

const openings = new WeakMap<Model, OpeningView | null>();

function computeOpening(model: Model): OpeningView | null {
  const named = model.dataset.opening;
  const date = named ? parseIsoDay(named.date) : null;
  if (named && date !== null) {
    const from = named.window ? parseIsoDay(named.window.from) : null;
    const to = named.window ? parseIsoDay(named.window.to) : null;
    const window = from !== null && to !== null && from <= to ? { from, to } : null;
    return { date, window, named: true };
  }
  const candidates = [newestSourceDay(model), latestRelationDay(model)].filter(
    (d): d is number => d !== null,
  );
  return candidates.length ? { date: Math.min(...candidates), window: null, named: false } : null;
}
