// The triangle census of a signed network (structural balance): every triangle of ties is balanced (+ + +, + − −:
// "the friend of my friend", "the enemy of my enemy") or unbalanced (+ + −, − − −). The unbalanced ones are the
// tensions, e.g. two allies of one actor at war with each other. Triangles are listed once each by orienting
// every tie from the lower-degree actor to the higher: O(m^1.5) for m ties, over numbered actors in typed arrays.
import type { SignedNetwork, SignedTie } from './signed';

/** The signs of a triangle's three ties, positive first. */
export type TriadKind = '+++' | '++-' | '+--' | '---';

export interface Tension {
  readonly kind: '++-' | '---';
  /** The three actors, in id order. */
  readonly actors: readonly [string, string, string];
  /** The ties first–second, first–third and second–third actor. */
  readonly ties: readonly [SignedTie, SignedTie, SignedTie];
  /** For + + −: the actor with a positive tie to both others (null for − − −). */
  readonly pivot: string | null;
  /** Sum of the three ties' absolute weights: how strong the tension is. */
  readonly strength: number;
}

export interface TriadCensus {
  readonly counts: Readonly<Record<TriadKind, number>>;
  readonly total: number;
  readonly balanced: number;
  readonly unbalanced: number;
  /** Balanced / total; null when the network has no triangle. */
  readonly balanceRatio: number | null;
  /** Unbalanced triangles, strongest first. */
  readonly tensions: readonly Tension[];
}

const KINDS: readonly TriadKind[] = ['+++', '++-', '+--', '---'];

const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function tensionOf(
  kind: '++-' | '---',
  actors: [string, string, string],
  ties: [SignedTie, SignedTie, SignedTie],
): Tension {
  let pivot: string | null = null;
  if (kind === '++-') {
    const negative = ties.find((t) => t.sign < 0)!;
    pivot = actors.find((x) => x !== negative.a && x !== negative.b) ?? null;
  }
  const strength = ties.reduce((s, t) => s + Math.abs(t.weight), 0);
  return { kind, actors, ties, pivot, strength };
}

export function triadCensus(network: SignedNetwork): TriadCensus {
  // Actors numbered in id order, so a triangle's actors sort as numbers; ties oriented from the actor of lower
  // degree (then lower id) to the higher, in a compressed adjacency: each triangle is found once, from its
  // lowest-ranked corner, in O(m^1.5).
  const ties = [...network.ties.values()];
  const actors = new Set<string>();
  for (const t of ties) actors.add(t.a).add(t.b);
  const ids = [...actors].sort(compareIds);
  const n = ids.length;
  const numberOf = new Map(ids.map((id, i) => [id, i]));
  const ends = new Int32Array(ties.length * 2);
  const degree = new Int32Array(n);
  ties.forEach((t, i) => {
    const a = numberOf.get(t.a)!;
    const b = numberOf.get(t.b)!;
    ends[2 * i] = a;
    ends[2 * i + 1] = b;
    degree[a]!++;
    degree[b]!++;
  });
  const rank = new Int32Array(n);
  Int32Array.from(ids.keys())
    .sort((x, y) => degree[x]! - degree[y]! || x - y)
    .forEach((x, r) => (rank[x] = r));
  const offsets = new Int32Array(n + 1);
  const lower = (i: number): number => {
    const a = ends[2 * i]!;
    const b = ends[2 * i + 1]!;
    return rank[a]! < rank[b]! ? a : b;
  };
  for (let i = 0; i < ties.length; i++) offsets[lower(i) + 1]!++;
  for (let x = 0; x < n; x++) offsets[x + 1]! += offsets[x]!;
  const fill = offsets.slice(0, n);
  const higher = new Int32Array(ties.length);
  const tieOf = new Int32Array(ties.length);
  for (let i = 0; i < ties.length; i++) {
    const from = lower(i);
    const at = fill[from]!++;
    higher[at] = ends[2 * i]! === from ? ends[2 * i + 1]! : ends[2 * i]!;
    tieOf[at] = i;
  }

  const counts: Record<TriadKind, number> = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
  const found: { tension: Tension; corners: [number, number, number] }[] = [];
  // mark[x] = 1 + the tie from the current u to x, while u's higher neighbours are marked.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const [from, to] = [offsets[u]!, offsets[u + 1]!];
    for (let x = from; x < to; x++) mark[higher[x]!] = tieOf[x]! + 1;
    for (let x = from; x < to; x++) {
      const v = higher[x]!;
      for (let y = offsets[v]!, end = offsets[v + 1]!; y < end; y++) {
        const w = higher[y]!;
        if (mark[w] === 0) continue;
        const uv = ties[tieOf[x]!]!;
        const uw = ties[mark[w]! - 1]!;
        const vw = ties[tieOf[y]!]!;
        const negatives = (uv.sign < 0 ? 1 : 0) + (uw.sign < 0 ? 1 : 0) + (vw.sign < 0 ? 1 : 0);
        const kind = KINDS[negatives]!;
        counts[kind]++;
        if (kind !== '++-' && kind !== '---') continue;
        // Each tie named by the corner it does not touch, to list them in the order of the sorted corners.
        const facing = (corner: number): SignedTie => (corner === u ? vw : corner === v ? uw : uv);
        const corners = [u, v, w].sort((i, j) => i - j) as [number, number, number];
        const [p, q, r] = corners;
        const actors: [string, string, string] = [ids[p]!, ids[q]!, ids[r]!];
        const tension = tensionOf(kind, actors, [facing(r), facing(q), facing(p)]);
        found.push({ tension, corners });
      }
    }
    for (let x = from; x < to; x++) mark[higher[x]!] = 0;
  }
  // Strongest first, then by the actors (numbers follow id order).
  found.sort(
    (x, y) =>
      y.tension.strength - x.tension.strength ||
      x.corners[0] - y.corners[0] ||
      x.corners[1] - y.corners[1] ||
      x.corners[2] - y.corners[2],
  );
  const tensions = found.map((f) => f.tension);
  const balanced = counts['+++'] + counts['+--'];
  const unbalanced = counts['++-'] + counts['---'];
  const total = balanced + unbalanced;
  return { counts, total, balanced, unbalanced, balanceRatio: total > 0 ? balanced / total : null, tensions };
}
