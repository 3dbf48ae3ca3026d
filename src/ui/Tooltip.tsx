// The short tooltip shown while hovering an actor or a relation in the graph.
import type { Model } from '../model';
import { ACTOR_KIND_INFO } from '../model';
import type { Hover } from '../view/GraphView';
import { actorLabel, partiesText, whenText } from './relationText';

export function Tooltip({ model, hover }: { model: Model; hover: Hover | null }) {
  if (!hover) return null;
  let title: string;
  let line: string;
  if (hover.kind === 'actor') {
    const a = model.actors.get(hover.id)?.actor;
    if (!a) return null;
    title = a.label;
    line = ACTOR_KIND_INFO[a.kind].label;
  } else if (hover.kind === 'pair') {
    const members = (hover.members ?? []).map((k) => model.edgeByKey.get(k)).filter((e) => e !== undefined);
    const first = members[0];
    if (!first) return null;
    const alleged = members.filter((e) => e.status === 'alleged').length;
    title = `${actorLabel(model, first.source)} – ${actorLabel(model, first.target)}`;
    line = `${members.length} ${first.info.tone} relation${members.length === 1 ? '' : 's'}${alleged ? ` (${alleged} alleged)` : ''} · click for the pair's history`;
  } else {
    const e = model.edgeByKey.get(hover.id);
    if (!e) return null;
    title = `${e.info.label}${e.status === 'alleged' ? ' (alleged)' : ''}`;
    line = `${partiesText(model, e)} · ${whenText(e)}`;
  }
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{title}</strong>
      <div>{line}</div>
    </div>
  );
}
