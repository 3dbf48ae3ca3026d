// One sorted column of span endpoints (all starts, or all ends, of one duration class) with binary search. The
// diff walks the slice of a column between two instants; the index counts live relations from two columns.
// Values may be ±Infinity (open ends); comparisons, never subtraction, so infinities sort and search correctly.

/** Ascending comparison that is safe for ±Infinity (a - b would be NaN for two equal infinities). */
export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A column's arrays: what crosses from a worker. */
export interface ColumnParts {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly others: Float64Array;
}

/**
 * Edge ids sorted by one of their instants, with that instant and the span's other end copied beside them, so
 * that searching a column and testing the spans in a slice of it read memory in order.
 */
export class SortedColumn {
  readonly ids: Int32Array;
  readonly values: Float64Array;
  readonly others: Float64Array;

  /** `members`: the edge ids of one duration class; `valueOf`, `otherOf`: the sorting instant and the other end, by id. */
  static of(members: Int32Array, valueOf: Float64Array, otherOf: Float64Array): SortedColumn {
    const ids = Int32Array.from(members).sort((a, b) => compareNumbers(valueOf[a]!, valueOf[b]!) || a - b);
    const values = new Float64Array(ids.length);
    const others = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) {
      values[i] = valueOf[ids[i]!]!;
      others[i] = otherOf[ids[i]!]!;
    }
    return new SortedColumn({ ids, values, others });
  }

  /** A column from its arrays, as `of` made them (here or in another thread). */
  constructor(parts: ColumnParts) {
    this.ids = parts.ids;
    this.values = parts.values;
    this.others = parts.others;
  }

  get length(): number {
    return this.ids.length;
  }

  /** Number of values < x: the first position whose value is >= x. */
  countBelow(x: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Number of values <= x: the first position whose value is > x. */
  countAtMost(x: number): number {
    let lo = 0;
    let hi = this.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.values[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
