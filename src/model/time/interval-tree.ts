// A static centred interval tree over edge spans, in flat typed arrays: answers "which spans contain instant p"
// (start <= p <= end) in O(log n + k). Each node keeps the spans that contain its centre twice, sorted by start
// ascending and by end descending, so a query reads only spans it reports plus one stop per node on its path.
// The centre of a node is the median start of its spans, so each child holds at most half of them.
import { compareNumbers } from './endpoints';

export class IntervalTree {
  private readonly center: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly offset: Int32Array;
  private readonly count: Int32Array;
  private readonly byStartIds: Int32Array;
  private readonly byStartValues: Float64Array;
  private readonly byEndIds: Int32Array;
  private readonly byEndValues: Float64Array;
  private readonly root: number;
  private nodes = 0;
  private cursor = 0;

  /** `idsByStart`: edge ids sorted by start; `starts`/`ends`: every edge's instants, by id. */
  constructor(
    idsByStart: Int32Array,
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
  ) {
    const n = idsByStart.length;
    // Every node keeps at least the span whose start is its centre, so there are at most n nodes.
    this.center = new Float64Array(n);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.offset = new Int32Array(n);
    this.count = new Int32Array(n);
    this.byStartIds = new Int32Array(n);
    this.byStartValues = new Float64Array(n);
    this.byEndIds = new Int32Array(n);
    this.byEndValues = new Float64Array(n);
    this.root = this.build(idsByStart);
  }

  private build(ids: Int32Array): number {
    if (ids.length === 0) return -1;
    const { starts, ends } = this;
    const c = starts[ids[ids.length >>> 1]!]!;
    const here: number[] = [];
    const lower: number[] = [];
    const higher: number[] = [];
    for (const id of ids) {
      if (ends[id]! < c) lower.push(id);
      else if (starts[id]! > c) higher.push(id);
      else here.push(id);
    }
    const node = this.nodes++;
    const at = this.cursor;
    this.center[node] = c;
    this.offset[node] = at;
    this.count[node] = here.length;
    for (let i = 0; i < here.length; i++) {
      const id = here[i]!;
      this.byStartIds[at + i] = id;
      this.byStartValues[at + i] = starts[id]!;
    }
    here.sort((a, b) => compareNumbers(ends[b]!, ends[a]!) || a - b);
    for (let i = 0; i < here.length; i++) {
      const id = here[i]!;
      this.byEndIds[at + i] = id;
      this.byEndValues[at + i] = ends[id]!;
    }
    this.cursor += here.length;
    // Partitioning a start-sorted list keeps both halves start-sorted, which the children's centres rely on.
    this.left[node] = this.build(Int32Array.from(lower));
    this.right[node] = this.build(Int32Array.from(higher));
    return node;
  }

  /** Appends to `out` the id of every span with start <= p <= end. */
  stab(p: number, out: number[]): void {
    let node = this.root;
    while (node >= 0) {
      const c = this.center[node]!;
      const from = this.offset[node]!;
      const until = from + this.count[node]!;
      if (p < c) {
        // Every span here ends at or after c > p: it contains p exactly when it starts by p.
        for (let i = from; i < until && this.byStartValues[i]! <= p; i++) out.push(this.byStartIds[i]!);
        node = this.left[node]!;
      } else if (p > c) {
        for (let i = from; i < until && this.byEndValues[i]! >= p; i++) out.push(this.byEndIds[i]!);
        node = this.right[node]!;
      } else {
        for (let i = from; i < until; i++) out.push(this.byStartIds[i]!);
        return;
      }
    }
  }
}
