// Actor search by label or alias, insensitive to case and diacritics: whole-name matches first, then names
// that start with the query, then names with a word that does, then any substring; ties by label.
import type { ActorRecord, Model } from '../model';
import { foldText, foldedNames } from '../view/names';

export interface SearchHit {
  readonly actor: ActorRecord;
  /** The label or alias that matched, as written in the dataset. */
  readonly matched: string;
}

function rank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-()'’]+/).some((w) => w.startsWith(q))) return 2;
  return name.includes(q) ? 3 : Infinity;
}

export function searchActors(model: Model, query: string, limit = 8): SearchHit[] {
  const q = foldText(query);
  if (!q) return [];
  const hits: { hit: SearchHit; score: number }[] = [];
  for (const record of model.actors.values()) {
    const written = [record.actor.label, ...(record.actor.aliases ?? [])];
    const folded = foldedNames(record.actor);
    let best = Infinity;
    let matched = record.actor.label;
    folded.forEach((name, i) => {
      const r = rank(name, q);
      if (r < best) {
        best = r;
        matched = written[i]!;
      }
    });
    if (best < Infinity) hits.push({ hit: { actor: record, matched }, score: best });
  }
  hits.sort((a, b) => a.score - b.score || a.hit.actor.actor.label.localeCompare(b.hit.actor.actor.label));
  return hits.slice(0, limit).map((h) => h.hit);
}
