// The time index: which relations a view shows, in O(log n + k), and what changes between two views, at a cost
// that grows with the change. Semantics in docs/time.md; the bounds come from view.ts. Lasting relations and
// events are indexed apart because a snapshot reads them with different lower bounds (events have a memory).
// Per class: an interval tree (spans containing the lower bound) and two sorted endpoint columns (starts, ends):
//   live(from, to) = spans containing `from`  +  spans starting in (from, to]
//   |live|         = #(start <= to) - #(end < from)
//   changed(A, B)  ⊆ spans starting between A.to and B.to  +  spans ending between A.from and B.from
import type { EdgeDiff, EdgeRecord, ViewSpec } from '../types';
import { compareNumbers, SortedColumn, type ColumnParts } from './endpoints';
import { IntervalTree, type TreeParts } from './interval-tree';
import { boundsOf, fromFor, type ViewBounds } from './view';

export { DAY_MS, DEFAULT_EVENT_MEMORY, ViewSpecError, boundsOf, type ViewBounds } from './view';
export { LiveSet } from './live-set';

export interface TimeIndexOptions {
  /**
   * How `diff` finds the change: `walk` the endpoints between the two views, `rescan` both views and compare,
   * or `auto` (default): walk unless the endpoints to walk outnumber a rescan's work (the two live sets) or
   * `rescanFraction` of all relations.
   */
  readonly diffStrategy?: 'auto' | 'walk' | 'rescan';
  /** Default 0.1: a diff that would walk more than a tenth of the relations rescans instead. */
  readonly rescanFraction?: number;
  /** The edges by key, when the caller already holds that map (buildModel does); built otherwise. */
  readonly edgeByKey?: ReadonlyMap<string, EdgeRecord>;
}

const LASTING = 0;
const EVENT = 1;

interface ClassIndex {
  readonly starts: SortedColumn;
  readonly ends: SortedColumn;
  readonly tree: IntervalTree;
}

function fromOf(bounds: ViewBounds, cls: number): number {
  return cls === EVENT ? bounds.eventFrom : bounds.lastingFrom;
}

/** An index's arrays: what a worker sends the page (every array can be transferred). */
export interface IndexParts {
  readonly keys: readonly string[];
  readonly classes: readonly {
    readonly starts: ColumnParts;
    readonly ends: ColumnParts;
    readonly tree: TreeParts;
  }[];
}

/** What indexing reads of each edge, as typed arrays: all a worker needs to sort and index them. */
export interface SpanColumns {
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** 1 for an event, 0 for a lasting relation. */
  readonly event: Uint8Array;
}

/** The edges' spans and classes as columns (one pass; the arrays can be transferred). */
export function spanColumns(edges: readonly EdgeRecord[]): SpanColumns {
  const n = edges.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const event = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const e = edges[i]!;
    start[i] = e.span.start;
    end[i] = e.span.end;
    event[i] = e.info.duration === 'event' ? 1 : 0;
  }
  return { start, end, event };
}

/** An index's parts without its keys: `order[id]` is the position, in the edges indexed, of the index's edge `id`. */
export interface OrderedParts {
  readonly order: Int32Array;
  readonly classes: IndexParts['classes'];
}

/** Sorts and indexes edges given as columns: the work of building a TimeIndex, typed arrays only. */
export function indexColumns({ start: startOf, end: endOf, event }: SpanColumns): OrderedParts {
  const n = startOf.length;
  // Plain loops throughout: this runs once per edge of datasets of a million.
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((x, y) => compareNumbers(startOf[x]!, startOf[y]!) || x - y);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const members: number[][] = [[], []];
  for (let id = 0; id < n; id++) {
    const i = order[id]!;
    start[id] = startOf[i]!;
    end[id] = endOf[i]!;
    members[event[i] ? EVENT : LASTING]!.push(id);
  }
  const classes = members.map((ids) => {
    const starts = SortedColumn.of(Int32Array.from(ids), start, end);
    const ends = SortedColumn.of(starts.ids, end, start);
    return { starts, ends, tree: IntervalTree.build(starts.ids, ends.ids, start, end).parts };
  });
  return { order, classes };
}

/** The parts of `edges` from their ordered parts (worked out here or by a worker from `spanColumns(edges)`). */
export function withKeys(edges: readonly EdgeRecord[], { order, classes }: OrderedParts): IndexParts {
  const keys = new Array<string>(order.length);
  for (let id = 0; id < order.length; id++) keys[id] = edges[order[id]!]!.key;
  return { keys, classes };
}

/** Sorts and indexes the edges: the work of building a TimeIndex, as plain arrays. */
export function indexParts(edges: readonly EdgeRecord[]): IndexParts {
  return withKeys(edges, indexColumns(spanColumns(edges)));
}

/** The typed arrays of an index's parts, to transfer rather than copy them to another thread. */
export function partsBuffers(
  parts: Pick<IndexParts, 'classes'> & { readonly order?: Int32Array },
): ArrayBuffer[] {
  const out: ArrayBufferLike[] = parts.order ? [parts.order.buffer] : [];
  for (const c of parts.classes) {
    for (const col of [c.starts, c.ends]) out.push(col.ids.buffer, col.values.buffer, col.others.buffer);
    const t = c.tree;
    for (const a of [
      t.center,
      t.left,
      t.right,
      t.offset,
      t.count,
      t.byStartIds,
      t.byStartValues,
      t.byEndIds,
      t.byEndValues,
    ])
      out.push(a.buffer);
  }
  return [...new Set(out)] as ArrayBuffer[];
}

export class TimeIndex {
  /** Internal ids number the edges in order of start, so a view's edges sit close together in every array. */
  private readonly keys: readonly string[];
  private readonly edgeByKey: ReadonlyMap<string, EdgeRecord>;
  private readonly classes: readonly ClassIndex[];
  private readonly strategy: 'auto' | 'walk' | 'rescan';
  private readonly rescanAbove: number;
  private readonly stamp: Int32Array;
  private epoch = 0;

  /** `parts`: the edges already sorted and indexed by `indexParts` (a worker's), in their order. */
  constructor(
    edges: readonly EdgeRecord[],
    options: TimeIndexOptions = {},
    parts: IndexParts = indexParts(edges),
  ) {
    const n = parts.keys.length;
    this.keys = parts.keys;
    this.classes = parts.classes.map((c) => ({
      starts: new SortedColumn(c.starts),
      ends: new SortedColumn(c.ends),
      tree: new IntervalTree(c.tree),
    }));
    this.edgeByKey = options.edgeByKey ?? new Map(edges.map((e) => [e.key, e]));
    this.strategy = options.diffStrategy ?? 'auto';
    this.rescanAbove = (options.rescanFraction ?? 0.1) * n;
    this.stamp = new Int32Array(n);
  }

  /**
   * The index of edges sorted and indexed elsewhere (a worker ran `indexParts` on the same records), with the
   * page's own records by key: the same index as `new TimeIndex(edges)`, with none of the sorting done here.
   */
  static fromParts(
    parts: IndexParts,
    edgeByKey: ReadonlyMap<string, EdgeRecord>,
    options: Omit<TimeIndexOptions, 'edgeByKey'> = {},
  ): TimeIndex {
    return new TimeIndex([], { ...options, edgeByKey }, parts);
  }

  /** Number of indexed edges. */
  get size(): number {
    return this.keys.length;
  }

  /** The keys of the edges live in a view, lasting relations first, each class in no particular order. */
  query(spec: ViewSpec): string[] {
    return this.keysOf(this.idsIn(boundsOf(spec)));
  }

  /** `query` as internal ids (0 to size − 1), for LiveSet. */
  queryIds(spec: ViewSpec): number[] {
    return this.idsIn(boundsOf(spec));
  }

  /** The key of an internal id. */
  keyOf(id: number): string {
    return this.keys[id]!;
  }

  /** A plain loop: several times faster than Array#map over tens of thousands of ids. */
  keysOf(ids: readonly number[]): string[] {
    const out = new Array<string>(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.keys[ids[i]!]!;
    return out;
  }

  /** Number of edges live in a view, in O(log n). */
  count(spec: ViewSpec): number {
    return this.countIn(boundsOf(spec));
  }

  /** Whether one edge is live in a view, in O(1). Unknown keys are not live. */
  isLive(key: string, spec: ViewSpec): boolean {
    const e = this.edgeByKey.get(key);
    if (!e) return false;
    const bounds = boundsOf(spec);
    return e.span.start <= bounds.to && e.span.end >= fromFor(bounds, e.info.duration);
  }

  /** Edges that enter (`added`) and leave (`removed`) the view when it moves from `from` to `to`. */
  diff(from: ViewSpec, to: ViewSpec): EdgeDiff {
    const { added, removed } = this.diffIds(from, to);
    return { added: this.keysOf(added), removed: this.keysOf(removed) };
  }

  /** `diff` as internal ids, for LiveSet. */
  diffIds(from: ViewSpec, to: ViewSpec): { added: number[]; removed: number[] } {
    const a = boundsOf(from);
    const b = boundsOf(to);
    const added: number[] = [];
    const removed: number[] = [];
    if (this.shouldRescan(a, b)) this.rescan(a, b, added, removed);
    else this.walk(a, b, added, removed);
    return { added, removed };
  }

  /** The actors at either end of the given edges: the actors live in a view, given its edges. */
  liveActors(edgeKeys: Iterable<string>): Set<string> {
    const actors = new Set<string>();
    for (const key of edgeKeys) {
      const e = this.edgeByKey.get(key);
      if (!e) continue;
      actors.add(e.source);
      actors.add(e.target);
    }
    return actors;
  }

  private idsIn(bounds: ViewBounds): number[] {
    const out: number[] = [];
    this.classes.forEach((c, cls) => {
      const from = fromOf(bounds, cls);
      c.tree.stab(from, out);
      // Spans starting after `from` and by `to` meet the view and were not reported by the stab.
      const ids = c.starts.ids;
      for (let i = c.starts.countAtMost(from), until = c.starts.countAtMost(bounds.to); i < until; i++)
        out.push(ids[i]!);
    });
    return out;
  }

  private countIn(bounds: ViewBounds): number {
    let n = 0;
    this.classes.forEach((c, cls) => {
      // A span that ends before `from` (<= `to`) also starts by `to`: the second count is part of the first.
      n += c.starts.countAtMost(bounds.to) - c.ends.countBelow(fromOf(bounds, cls));
    });
    return n;
  }

  private shouldRescan(a: ViewBounds, b: ViewBounds): boolean {
    if (this.strategy !== 'auto') return this.strategy === 'rescan';
    let walk = 0;
    this.classes.forEach((c, cls) => {
      const [toLo, toHi] = ordered(a.to, b.to);
      const [fromLo, fromHi] = ordered(fromOf(a, cls), fromOf(b, cls));
      walk += c.starts.countAtMost(toHi) - c.starts.countAtMost(toLo);
      walk += c.ends.countBelow(fromHi) - c.ends.countBelow(fromLo);
    });
    return walk > this.rescanAbove || walk > this.countIn(a) + this.countIn(b);
  }

  /** Visits only edges with an endpoint between the two views: no other edge can change state. */
  private walk(a: ViewBounds, b: ViewBounds, added: number[], removed: number[]): void {
    this.classes.forEach((c, cls) => {
      const [fromA, fromB] = [fromOf(a, cls), fromOf(b, cls)];
      const [toLo, toHi] = ordered(a.to, b.to);
      const [fromLo, fromHi] = ordered(fromA, fromB);
      const visit = (id: number, start: number, end: number): void => {
        const before = start <= a.to && end >= fromA;
        if (before !== (start <= b.to && end >= fromB)) (before ? removed : added).push(id);
      };
      // `start <= to` flips for starts in (toLo, toHi]; `end >= from` flips for ends in [fromLo, fromHi).
      const s = c.starts;
      for (let i = s.countAtMost(toLo), until = s.countAtMost(toHi); i < until; i++)
        visit(s.ids[i]!, s.values[i]!, s.others[i]!);
      // A span met by both walks is live in neither view (it starts after toLo and ends before fromHi, and the
      // view with the higher `from` has the higher `to`), so no edge is reported twice.
      const e = c.ends;
      for (let i = e.countBelow(fromLo), until = e.countBelow(fromHi); i < until; i++)
        visit(e.ids[i]!, e.others[i]!, e.values[i]!);
    });
  }

  /** Queries both views and compares them with stamps instead of hash sets: O(log n + k1 + k2). */
  private rescan(a: ViewBounds, b: ViewBounds, added: number[], removed: number[]): void {
    if (this.epoch > 0x3ffffff0) {
      this.stamp.fill(0);
      this.epoch = 0;
    }
    const inA = ++this.epoch;
    const inBoth = ++this.epoch;
    const before = this.idsIn(a);
    for (const id of before) this.stamp[id] = inA;
    for (const id of this.idsIn(b)) {
      if (this.stamp[id] === inA) this.stamp[id] = inBoth;
      else added.push(id);
    }
    for (const id of before) if (this.stamp[id] === inA) removed.push(id);
  }
}

function ordered(x: number, y: number): [number, number] {
  return x <= y ? [x, y] : [y, x];
}
