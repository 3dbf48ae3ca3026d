// The set of edges a view currently shows, kept up to date by diffs: one slider step, a play tick or a jump
// costs what the time index's diff costs, and the caller gets the same diff to update what it draws.
import type { EdgeDiff, ViewSpec } from '../types';
import type { TimeIndex } from './index';

export class LiveSet {
  private current: ViewSpec;
  private readonly live: Set<string>;

  constructor(
    private readonly index: TimeIndex,
    spec: ViewSpec,
  ) {
    this.current = spec;
    this.live = new Set(index.query(spec));
  }

  /** The view the set answers. */
  get spec(): ViewSpec {
    return this.current;
  }

  /** Keys of the live edges. */
  get keys(): ReadonlySet<string> {
    return this.live;
  }

  get size(): number {
    return this.live.size;
  }

  has(key: string): boolean {
    return this.live.has(key);
  }

  /** Moves to another view and returns what entered and left. */
  moveTo(spec: ViewSpec): EdgeDiff {
    const diff = this.index.diff(this.current, spec);
    for (const key of diff.removed) this.live.delete(key);
    for (const key of diff.added) this.live.add(key);
    this.current = spec;
    return diff;
  }
}
