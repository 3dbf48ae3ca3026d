// Relations and actors in words, shared by the details panel, the table and the tooltip, so each names the
// parties and the dates the same way. Dates go through the model's formatter (stated precision, never more).
import type { EdgeRecord, Model } from '../model';
import { targetsOf } from '../model';
import { formatSpan } from '../model';

export function actorLabel(model: Model, id: string): string {
  return model.actors.get(id)?.actor.label ?? id;
}

/** "Pakistan → Afghan Taliban government" for directed types, "Pakistan – India" for undirected ones. */
export function partiesText(model: Model, edge: EdgeRecord, allTargets = false): string {
  const targets = allTargets ? targetsOf(edge.relation) : [edge.target];
  return `${actorLabel(model, edge.source)} ${edge.directed ? '→' : '–'} ${targets.map((t) => actorLabel(model, t)).join(', ')}`;
}

export function whenText(edge: EdgeRecord): string {
  return formatSpan(edge.span);
}

/** Only http(s) addresses become links; anything else in a dataset stays text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
