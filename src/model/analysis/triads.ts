// The triangle census of a signed network (structural balance): every triangle of ties is balanced (+ + +, + − −:
// "the friend of my friend", "the enemy of my enemy") or unbalanced (+ + −, − − −). The unbalanced ones are the
// tensions, e.g. two allies of one actor at war with each other. Triangles are listed once each by orienting
// every tie from the lower-degree actor to the higher: O(m^1.5) for m ties.
import type { SignedNetwork, SignedTie } from './signed';

/** The signs of a triangle's three ties, positive first. */
export type TriadKind = '+++' | '++-' | '+--' | '---';

export interface Tension {
  readonly kind: '++-' | '---';
  /** The three actors, in id order. */
  readonly actors: readonly [string, string, string];
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

function adjacencyOf(network: SignedNetwork): Map<string, Map<string, SignedTie>> {
  const adjacency = new Map<string, Map<string, SignedTie>>();
  const link = (x: string, y: string, tie: SignedTie): void => {
    const around = adjacency.get(x);
    if (around) around.set(y, tie);
    else adjacency.set(x, new Map([[y, tie]]));
  };
  for (const tie of network.ties.values()) {
    link(tie.a, tie.b, tie);
    link(tie.b, tie.a, tie);
  }
  return adjacency;
}

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
  const adjacency = adjacencyOf(network);
  const rank = new Map(
    [...adjacency.keys()]
      .sort((x, y) => adjacency.get(x)!.size - adjacency.get(y)!.size || compareIds(x, y))
      .map((x, i) => [x, i]),
  );
  const counts: Record<TriadKind, number> = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
  const tensions: Tension[] = [];
  for (const [u, around] of adjacency) {
    const higher = [...around.keys()].filter((v) => rank.get(v)! > rank.get(u)!);
    for (let i = 0; i < higher.length; i++) {
      for (let j = i + 1; j < higher.length; j++) {
        const v = higher[i]!;
        const w = higher[j]!;
        const vw = adjacency.get(v)!.get(w);
        if (!vw) continue;
        const ties: [SignedTie, SignedTie, SignedTie] = [around.get(v)!, around.get(w)!, vw];
        const negatives = ties.filter((t) => t.sign < 0).length;
        const kind = KINDS[negatives]!;
        counts[kind]++;
        if (kind === '++-' || kind === '---')
          tensions.push(tensionOf(kind, [u, v, w].sort() as [string, string, string], ties));
      }
    }
  }
  tensions.sort((x, y) => y.strength - x.strength || compareIds(x.actors.join(), y.actors.join()));
  const balanced = counts['+++'] + counts['+--'];
  const unbalanced = counts['++-'] + counts['---'];
  const total = balanced + unbalanced;
  return { counts, total, balanced, unbalanced, balanceRatio: total > 0 ? balanced / total : null, tensions };
}
