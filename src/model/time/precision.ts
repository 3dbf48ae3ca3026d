// How precisely an event is dated, and whether an imprecise one counts as live. An event is imprecise when an
// end is known only to the month or coarser ("2023", "2026-02"), or when it may lie anywhere in an interval wider
// than the event memory ("[2021-08..2026-04]"): a snapshot cannot say it happened in the last few weeks. Lasting
// relations are not marked: inside their span they hold whatever the precision of its ends.
import type { EdgeRecord } from '../types';
import type { Precision } from './edtf';
import type { ViewBounds } from './view';

const COARSE: ReadonlySet<Precision> = new Set<Precision>(['month', 'season', 'year', 'decade', 'century']);

/** When an imprecise event counts as live: whenever its span meets the view (as the time index reads it), only
 *  when its whole span lies in the view, or never. */
export const IMPRECISE_RULES = ['always', 'whole-span', 'never'] as const;
export type ImpreciseRule = (typeof IMPRECISE_RULES)[number];

export function isImprecise(edge: Pick<EdgeRecord, 'span' | 'info'>, memoryMs: number): boolean {
  const { span } = edge;
  if (edge.info.duration !== 'event') return false;
  if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) return false;
  if (COARSE.has(span.startPrecision) || COARSE.has(span.endPrecision)) return true;
  return span.end + 1 - span.start > Math.max(memoryMs, 86_400_000);
}

/** Whether an event live by the time index stays live under the rule (`imprecise` as isImprecise says). */
export function keepsImprecise(
  span: { readonly start: number; readonly end: number },
  bounds: ViewBounds,
  rule: ImpreciseRule,
): boolean {
  if (rule === 'always') return true;
  if (rule === 'never') return false;
  return span.start >= bounds.eventFrom && span.end <= bounds.to;
}
