// File names that say what an export holds: the dataset, then the day of a snapshot or cumulative view, or the
// first and last day of a window or an animation's range (`af-pak_2026-02-27.png`, `af-pak_2025-10-01_2026-04-13.svg`).
import type { ViewSpec } from '../model';
import { formatInstant } from '../model';

/** Characters a file name may carry on every common system; anything else in a dataset id becomes `-`. */
function safe(stem: string): string {
  return stem.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'faultline';
}

/** The name without its extension: `af-pak_2026-02-27`. */
export function exportFileStem(datasetId: string, view: ViewSpec): string {
  const days = view.mode === 'window' ? [view.from, view.to] : [view.at];
  return `${safe(datasetId)}_${days.map(formatInstant).join('_')}`;
}

export function exportFileName(datasetId: string, view: ViewSpec, extension: string): string {
  return `${exportFileStem(datasetId, view)}.${extension}`;
}
