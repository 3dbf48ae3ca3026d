// The history of one pair of actors: every relation between them in time order, and their net stance over time
// as segments. The stance at instant t is what a snapshot at t shows of the pair: the sum of polarity ×
// intensity over the relations live then (lasting ones over their span, events over their span plus the event
// memory). Segments split where that sum changes, cover the first relation's start to the last one's end, and
// include the stretches where the pair has no live relation (net 0).
import { compareNumbers } from '../time/endpoints';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { EdgeRecord, Model } from '../types';
import { edgesByPair, pairKey, signedWeight, type EdgeFilter, type SignOptions } from './edges';

export interface StanceSegment {
  /** First and last ms of the segment (inclusive); ±Infinity at an open end. */
  readonly start: number;
  readonly end: number;
  readonly net: number;
  readonly sign: -1 | 0 | 1;
}

export interface DyadHistory {
  /** Every relation between the two actors, either direction, by start then end then key. */
  readonly relations: readonly EdgeRecord[];
  readonly stance: readonly StanceSegment[];
}

export interface DyadOptions extends SignOptions {
  /** Event memory in ms (default 30 days), as in a snapshot. */
  readonly memory?: number;
  readonly keep?: EdgeFilter;
}

const byTime = (x: EdgeRecord, y: EdgeRecord): number =>
  compareNumbers(x.span.start, y.span.start) ||
  compareNumbers(x.span.end, y.span.end) ||
  (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);

export function dyadHistory(model: Model, a: string, b: string, options: DyadOptions = {}): DyadHistory {
  const memory = options.memory ?? DEFAULT_EVENT_MEMORY;
  const relations = (edgesByPair(model).get(pairKey(a, b)) ?? [])
    .filter((e) => !options.keep || options.keep(e))
    .sort(byTime);
  // Each relation adds its weight from its start and takes it back the ms after its (remembered) end.
  const steps = new Map<number, number>();
  const add = (t: number, w: number): void => void steps.set(t, (steps.get(t) ?? 0) + w);
  for (const e of relations) {
    const w = signedWeight(e, options);
    if (w === 0) continue;
    add(e.span.start, w);
    add((e.info.duration === 'event' ? e.span.end + memory : e.span.end) + 1, -w);
  }
  const times = [...steps.keys()].sort(compareNumbers);
  const stance: StanceSegment[] = [];
  let net = 0;
  times.forEach((t, i) => {
    net += steps.get(t)!;
    const next = times[i + 1];
    if (next === undefined || t === Infinity) return;
    const last = stance[stance.length - 1];
    if (last && last.net === net) stance[stance.length - 1] = { ...last, end: next - 1 };
    else stance.push({ start: t, end: next - 1, net, sign: net > 0 ? 1 : net < 0 ? -1 : 0 });
  });
  return { relations, stance };
}
