// What a view spec means in numbers: the three view kinds of docs/time.md reduced to one overlap test per
// duration class. A relation is live when `start <= to` and `end >= from`, where `from` is `lastingFrom` for
// lasting relations and `eventFrom` for events. The time index, the diff and the live set all read these bounds,
// so the semantics are written once.
import type { Duration } from '../dataset/vocabulary';
import type { ViewSpec } from '../types';

export const DAY_MS = 86_400_000;
/** How long an event stays in a snapshot after it ends, unless the user sets another memory. */
export const DEFAULT_EVENT_MEMORY = 30 * DAY_MS;

/** A view spec that names no instant or range: NaN, a negative memory, a window that ends before it starts. */
export class ViewSpecError extends Error {
  override readonly name = 'ViewSpecError';
  constructor(
    readonly spec: ViewSpec,
    readonly reason: string,
  ) {
    super(`invalid ${spec.mode} view: ${reason}`);
  }
}

/** Inclusive bounds of a view for each duration class; instants in ms UTC, possibly ±Infinity. */
export interface ViewBounds {
  readonly lastingFrom: number;
  readonly eventFrom: number;
  readonly to: number;
}

function check(spec: ViewSpec, ok: boolean, reason: string): void {
  if (!ok) throw new ViewSpecError(spec, reason);
}

/** The bounds of a view; throws ViewSpecError when the spec is not a view. */
export function boundsOf(spec: ViewSpec): ViewBounds {
  switch (spec.mode) {
    case 'snapshot':
      check(spec, !Number.isNaN(spec.at), '`at` is not a number');
      check(spec, spec.memory >= 0, '`memory` must be zero or more milliseconds');
      return { lastingFrom: spec.at, eventFrom: spec.at - spec.memory, to: spec.at };
    case 'window':
      check(spec, !Number.isNaN(spec.from) && !Number.isNaN(spec.to), '`from` and `to` must be numbers');
      check(spec, spec.from <= spec.to, '`from` is after `to`');
      return { lastingFrom: spec.from, eventFrom: spec.from, to: spec.to };
    case 'cumulative':
      check(spec, !Number.isNaN(spec.at), '`at` is not a number');
      return { lastingFrom: -Infinity, eventFrom: -Infinity, to: spec.at };
  }
}

/** The lower bound that applies to relations of one duration class. */
export function fromFor(bounds: ViewBounds, duration: Duration): number {
  return duration === 'event' ? bounds.eventFrom : bounds.lastingFrom;
}
