// What the cross-record checks of validate.ts share: the dataset (already of the right shape), the lookups
// built once, and one way to report a problem at a place, so every check words its place the same way.
import type { Problem } from './problems';
import type { Actor, Dataset } from './schema';
import type { RelationTypeInfo } from './vocabulary';
import type { WarningCap } from './warning-cap';

export type RecordRef = { readonly kind: 'actor' | 'relation' | 'source'; readonly id: string };

export interface CheckContext {
  readonly dataset: Dataset;
  readonly file: string | undefined;
  /** Relations without evidence are errors (curated data) or warnings (imports of formats without quotes). */
  readonly requireEvidence: boolean;
  /** Actors by id, the first one when an id repeats. */
  readonly actors: ReadonlyMap<string, Actor>;
  readonly sourceIds: ReadonlySet<string>;
  /** Built-in and declared relation types by id. */
  readonly types: ReadonlyMap<string, RelationTypeInfo>;
  readonly problems: Problem[];
  /** Warnings past a hundred of a kind are counted here, not built. */
  readonly cap: WarningCap;
}

export function report(
  ctx: CheckContext,
  path: string,
  record: RecordRef | undefined,
  message: string,
  severity: Problem['severity'] = 'error',
): void {
  if (severity === 'warning' && !ctx.cap.admit(message)) return;
  ctx.problems.push({
    ...(ctx.file !== undefined && { file: ctx.file }),
    path,
    ...(record && { record }),
    message,
    severity,
  });
}

export const actorRef = (id: string): RecordRef => ({ kind: 'actor', id });
export const relationRef = (id: string): RecordRef => ({ kind: 'relation', id });
export const sourceRef = (id: string): RecordRef => ({ kind: 'source', id });

/** Levenshtein distance of a and b, or any value above `max` as soon as it is sure to exceed it. */
function editDistance(a: string, b: string, max: number): number {
  let previous = Int32Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** Suggestions are offered for the first problems only: a large broken import must not cost ids × ids. */
const SUGGEST_WITHIN_PROBLEMS = 20;

/** `; did you mean "group-b"?` when one known id is a likely typo of `value`, else ''. */
export function didYouMean(ctx: CheckContext, value: string, known: Iterable<string>): string {
  if (ctx.problems.length >= SUGGEST_WITHIN_PROBLEMS) return '';
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(value.length / 4)) + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - value.length) >= bestDistance) continue;
    const distance = editDistance(value, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best === undefined ? '' : `; did you mean "${best}"?`;
}
