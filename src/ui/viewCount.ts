// What the graph's counter says, with one meaning of each word: actors drawn, relations (records of the dataset,
// as the table lists them, one per row) and lines (what the graph draws: one per pair and tone, or one per
// relation and party).
import { relationIdOfKey } from '../model';
import type { LiveView } from '../view/liveView';

export interface ViewCount {
  readonly actors: number;
  readonly relations: number;
  readonly lines: number;
}

export function viewCount(live: Pick<LiveView, 'actors' | 'edges' | 'pairs'>): ViewCount {
  const relations = new Set<string>();
  for (const key of live.edges) relations.add(relationIdOfKey(key));
  return { actors: live.actors.size, relations: relations.size, lines: live.pairs?.size ?? live.edges.size };
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** `12 actors · 30 relations (21 lines)`. */
export function viewCountText(c: ViewCount): string {
  return `${plural(c.actors, 'actor')} · ${plural(c.relations, 'relation')} (${plural(c.lines, 'line')})`;
}
