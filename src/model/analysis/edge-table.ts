// The model's edges as numbered rows for the analyses that run after each paint: each edge's actors and its
// unordered pair as small integers in typed arrays, built once per model on first use. A view's measures then
// add numbers in arrays instead of joining and hashing strings per edge: at 50,000 live edges that is the
// difference between tens and hundreds of milliseconds.
import type { EdgeRecord, Model } from '../types';
import { pairKey } from './edges';

export interface EdgeTable {
  /** Edge key → row; rows are model.edges' order. */
  readonly rowOf: ReadonlyMap<string, number>;
  readonly records: readonly EdgeRecord[];
  /** Actor numbers of each row's ends. Actors are numbered in id order. */
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** Each row's unordered pair of actors, numbered in order of first appearance. */
  readonly pair: Int32Array;
  readonly actorIds: readonly string[];
  /** Per pair: its pairKey and its two actor numbers (lower id first). */
  readonly pairKeys: readonly string[];
  readonly pairA: Int32Array;
  readonly pairB: Int32Array;
  /**
   * Scratch space of one pair and one row slot each, all zero between calls: a call marks what it touches and
   * clears it before returning, so a series of a thousand views allocates no model-sized array per view.
   */
  readonly pairScratch: Int32Array;
  readonly rowScratch: Uint8Array;
}

const tables = new WeakMap<Model, EdgeTable>();

export function edgeTable(model: Model): EdgeTable {
  let table = tables.get(model);
  if (table) return table;
  const records = model.edges;
  const n = records.length;
  const ids = new Set<string>(model.actors.keys());
  for (const e of records) ids.add(e.source).add(e.target);
  const actorIds = [...ids].sort();
  const actorOf = new Map(actorIds.map((id, i) => [id, i]));
  const rowOf = new Map<string, number>();
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  const pair = new Int32Array(n);
  const pairOf = new Map<string, number>();
  const pairKeys: string[] = [];
  const pairA: number[] = [];
  const pairB: number[] = [];
  for (let i = 0; i < n; i++) {
    const e = records[i]!;
    rowOf.set(e.key, i);
    const s = actorOf.get(e.source)!;
    const t = actorOf.get(e.target)!;
    source[i] = s;
    target[i] = t;
    const key = pairKey(e.source, e.target);
    let p = pairOf.get(key);
    if (p === undefined) {
      pairOf.set(key, (p = pairKeys.length));
      pairKeys.push(key);
      pairA.push(Math.min(s, t));
      pairB.push(Math.max(s, t));
    }
    pair[i] = p;
  }
  table = {
    rowOf,
    records,
    source,
    target,
    pair,
    actorIds,
    pairKeys,
    pairA: Int32Array.from(pairA),
    pairB: Int32Array.from(pairB),
    pairScratch: new Int32Array(pairKeys.length),
    rowScratch: new Uint8Array(n),
  };
  tables.set(model, table);
  return table;
}

/** The rows of these keys, each once, in order of first appearance; unknown keys skipped. */
export function rowsOf(table: EdgeTable, keys: Iterable<string>): Int32Array {
  const seen = table.rowScratch;
  const rows: number[] = [];
  for (const key of keys) {
    const row = table.rowOf.get(key);
    if (row === undefined || seen[row]) continue;
    seen[row] = 1;
    rows.push(row);
  }
  for (const row of rows) seen[row] = 0;
  return Int32Array.from(rows);
}
