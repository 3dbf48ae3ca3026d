// The view semantics of docs/time.md read literally, as a filter over every edge: O(n) per view. It shares no
// code with the time index on purpose: the property tests use it as the oracle the index must agree with, and
// the benchmark measures the index against it.
import type { EdgeRecord, ViewSpec } from '../types';

/** Whether the closed spans [aStart, aEnd] and [bStart, bEnd] share at least one instant. */
function meets(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart <= bEnd && bStart <= aEnd;
}

export function isLiveLinear(edge: EdgeRecord, spec: ViewSpec): boolean {
  const { start, end } = edge.span;
  const event = edge.info.duration === 'event';
  switch (spec.mode) {
    case 'snapshot':
      // Lasting: the span contains `at`. Event: the span meets [at - memory, at].
      return event ? meets(start, end, spec.at - spec.memory, spec.at) : start <= spec.at && spec.at <= end;
    case 'window':
      return meets(start, end, spec.from, spec.to);
    case 'cumulative':
      return meets(start, end, -Infinity, spec.at);
  }
}

/** Keys of the live edges, in edge order. */
export function linearScan(edges: readonly EdgeRecord[], spec: ViewSpec): string[] {
  const out: string[] = [];
  for (const edge of edges) if (isLiveLinear(edge, spec)) out.push(edge.key);
  return out;
}
