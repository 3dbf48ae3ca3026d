// The set of edges a view currently shows, kept up to date by diffs: one slider step, a play tick or a jump
// costs what the time index's diff costs, and the caller gets the same diff to update what it draws. The set
// is kept by internal id in typed arrays (a dense list and each id's place in it), so adding and removing
// tens of thousands of edges on a jump costs no hashing; `keys` reads it as a set of edge keys.
import type { EdgeDiff, ViewSpec } from '../types';
import type { TimeIndex } from './index';

/** A read-only set of edge keys over the live set's ids. */
class LiveKeys implements ReadonlySet<string> {
  constructor(private readonly owner: LiveSet) {}

  get size(): number {
    return this.owner.size;
  }

  has(key: string): boolean {
    return this.owner.has(key);
  }

  *[Symbol.iterator](): SetIterator<string> {
    yield* this.owner.keyList();
  }

  keys(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  values(): SetIterator<string> {
    return this[Symbol.iterator]();
  }

  *entries(): SetIterator<[string, string]> {
    for (const key of this) yield [key, key];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this) callback.call(thisArg, key, key, this);
  }
}

export class LiveSet {
  private current: ViewSpec;
  /** The live ids, in no order, in dense[0 .. count). */
  private readonly dense: Int32Array;
  /** Each id's place in `dense`, or -1 when it is not live. */
  private readonly place: Int32Array;
  private count = 0;
  private readonly view = new LiveKeys(this);

  constructor(
    private readonly index: TimeIndex,
    spec: ViewSpec,
  ) {
    this.current = spec;
    this.dense = new Int32Array(index.size);
    this.place = new Int32Array(index.size).fill(-1);
    for (const id of index.queryIds(spec)) this.add(id);
  }

  /** The view the set answers. */
  get spec(): ViewSpec {
    return this.current;
  }

  /** Keys of the live edges, in no particular order. */
  get keys(): ReadonlySet<string> {
    return this.view;
  }

  get size(): number {
    return this.count;
  }

  /** The set is exactly the view's live edges, so membership is liveness in the view: no key map needed. */
  has(key: string): boolean {
    return this.index.isLive(key, this.current);
  }

  /** The live keys as a new array. */
  keyList(): string[] {
    return this.index.keysOf(Array.from(this.dense.subarray(0, this.count)));
  }

  /** Moves to another view and returns what entered and left. */
  moveTo(spec: ViewSpec): EdgeDiff {
    const { added, removed } = this.index.diffIds(this.current, spec);
    for (const id of removed) this.remove(id);
    for (const id of added) this.add(id);
    this.current = spec;
    return { added: this.index.keysOf(added), removed: this.index.keysOf(removed) };
  }

  private add(id: number): void {
    this.dense[this.count] = id;
    this.place[id] = this.count++;
  }

  private remove(id: number): void {
    const at = this.place[id]!;
    const last = this.dense[--this.count]!;
    this.dense[at] = last;
    this.place[last] = at;
    this.place[id] = -1;
  }
}
