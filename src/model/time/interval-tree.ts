// A static centred interval tree over edge spans, in flat typed arrays: answers "which spans contain instant p"
// (start <= p <= end) in O(log n + k). Each node keeps the spans that contain its centre twice, sorted by start
// ascending and by end descending, so a query reads only spans it reports plus one stop per node on its path.
// The centre of a node is the median start of its spans, so each child holds at most half of them. The arrays
// are the whole tree, so a tree built in a worker crosses to the page as they are (`parts`).

/** The tree's arrays, by node and by slot. */
export interface TreeParts {
  readonly center: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly offset: Int32Array;
  readonly count: Int32Array;
  readonly byStartIds: Int32Array;
  readonly byStartValues: Float64Array;
  readonly byEndIds: Int32Array;
  readonly byEndValues: Float64Array;
  readonly root: number;
}

export class IntervalTree {
  constructor(readonly parts: TreeParts) {}

  /** `idsByStart`, `idsByEnd`: the edge ids sorted by start and by end; `starts`/`ends`: every edge's instants, by id. */
  static build(
    idsByStart: Int32Array,
    idsByEnd: Int32Array,
    starts: Float64Array,
    ends: Float64Array,
  ): IntervalTree {
    return new IntervalTree(new TreeBuilder(starts, ends).build(idsByStart, idsByEnd));
  }

  /** Appends to `out` the id of every span with start <= p <= end. */
  stab(p: number, out: number[]): void {
    const { center, offset, count, left, right, byStartIds, byStartValues, byEndIds, byEndValues } =
      this.parts;
    let node = this.parts.root;
    while (node >= 0) {
      const c = center[node]!;
      const from = offset[node]!;
      const until = from + count[node]!;
      if (p < c) {
        // Every span here ends at or after c > p: it contains p exactly when it starts by p.
        for (let i = from; i < until && byStartValues[i]! <= p; i++) out.push(byStartIds[i]!);
        node = left[node]!;
      } else if (p > c) {
        for (let i = from; i < until && byEndValues[i]! >= p; i++) out.push(byEndIds[i]!);
        node = right[node]!;
      } else {
        for (let i = from; i < until; i++) out.push(byStartIds[i]!);
        return;
      }
    }
  }
}

class TreeBuilder {
  private nodes = 0;
  private cursor = 0;
  private center = new Float64Array(0);
  private left = new Int32Array(0);
  private right = new Int32Array(0);
  private offset = new Int32Array(0);
  private count = new Int32Array(0);
  private byStartIds = new Int32Array(0);
  private byStartValues = new Float64Array(0);

  constructor(
    private readonly starts: Float64Array,
    private readonly ends: Float64Array,
  ) {}

  build(idsByStart: Int32Array, idsByEnd: Int32Array): TreeParts {
    const n = idsByStart.length;
    const { ends } = this;
    // Every node keeps at least the span whose start is its centre, so there are at most n nodes.
    this.center = new Float64Array(n);
    this.left = new Int32Array(n);
    this.right = new Int32Array(n);
    this.offset = new Int32Array(n);
    this.count = new Int32Array(n);
    this.byStartIds = new Int32Array(n);
    this.byStartValues = new Float64Array(n);
    const byEndIds = new Int32Array(n);
    const byEndValues = new Float64Array(n);
    // Spans still to place, start-sorted, split in place segment by segment as the tree grows.
    const work = Int32Array.from(idsByStart);
    const nodeOf = new Int32Array(this.starts.length);
    const root = this.node(work, new Int32Array(n), nodeOf, 0, n);
    // Dealing the spans out by descending end gives every node its spans in that order, with no sort per node.
    const fill = Int32Array.from(this.offset);
    for (let i = idsByEnd.length - 1; i >= 0; i--) {
      const id = idsByEnd[i]!;
      const at = fill[nodeOf[id]!]!++;
      byEndIds[at] = id;
      byEndValues[at] = ends[id]!;
    }
    const { center, left, right, offset, count, byStartIds, byStartValues } = this;
    return { center, left, right, offset, count, byStartIds, byStartValues, byEndIds, byEndValues, root };
  }

  /** Builds the node for the spans in work[from, until) and returns its index (-1 for none). */
  private node(
    work: Int32Array,
    scratch: Int32Array,
    nodeOf: Int32Array,
    from: number,
    until: number,
  ): number {
    if (from >= until) return -1;
    const { starts, ends } = this;
    const c = starts[work[(from + until) >>> 1]!]!;
    const node = this.nodes++;
    const at = this.cursor;
    // Stable three-way split: spans containing c go to this node, those ending before c stay at the front of
    // the segment, those starting after c wait in scratch; both halves stay start-sorted for their children.
    let lower = from;
    let higher = 0;
    for (let i = from; i < until; i++) {
      const id = work[i]!;
      if (ends[id]! < c) work[lower++] = id;
      else if (starts[id]! > c) scratch[higher++] = id;
      else {
        nodeOf[id] = node;
        this.byStartIds[this.cursor] = id;
        this.byStartValues[this.cursor++] = starts[id]!;
      }
    }
    work.set(scratch.subarray(0, higher), lower);
    const here = this.cursor - at;
    this.center[node] = c;
    this.offset[node] = at;
    this.count[node] = here;
    this.left[node] = this.node(work, scratch, nodeOf, from, lower);
    this.right[node] = this.node(work, scratch, nodeOf, lower, lower + higher);
    return node;
  }
}
