// The summary shown before a dataset replaces the view, and by `faultline info`: counts, the time span covered
// and the relations per type.
import type { Dataset } from '../../model';
import { EdtfError, parseWhen } from '../../model';
import type { ForeignType, ImportFormat, ImportReport } from './result';
import type { SkippedElement } from '../xml';

/** Earliest and latest finite instants of the dataset's `when`s; null when nothing is dated. */
export function spanOf(dataset: Dataset): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  const visit = (when: string | undefined) => {
    if (when === undefined) return;
    let span;
    try {
      span = parseWhen(when);
    } catch (e) {
      if (e instanceof EdtfError) return;
      throw e;
    }
    for (const t of [span.start, span.end]) {
      if (!Number.isFinite(t)) continue;
      if (t < start) start = t;
      if (t > end) end = t;
    }
  };
  for (const a of dataset.actors) visit(a.when);
  for (const r of dataset.relations) visit(r.when);
  return start <= end ? { start, end } : null;
}

export function reportOf(
  dataset: Dataset,
  format: ImportFormat,
  foreignTypes: readonly ForeignType[],
  dropped: ReadonlyMap<string, number> = new Map(),
  skipped: ReadonlyMap<string, SkippedElement> = new Map(),
): ImportReport {
  const types = new Map<string, number>();
  for (const r of dataset.relations) types.set(r.type, (types.get(r.type) ?? 0) + 1);
  return {
    format,
    counts: {
      actors: dataset.actors.length,
      relations: dataset.relations.length,
      sources: dataset.sources.length,
    },
    span: spanOf(dataset),
    types,
    foreignTypes,
    dropped,
    skipped,
  };
}
