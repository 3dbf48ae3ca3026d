// Under a story caption: the cited relations, each named by its type and parties, with the passages the citation
// picks (one, or all of the relation's) and their sources, as the relation details show them.
import { useMemo } from 'react';
import type { EdgeRecord, Model } from '../model';
import type { Citation } from '../model';
import { EvidenceList } from './Evidence';
import { edgesByRelation } from '../model';
import { partiesText, whenText } from './relationText';

export function citationTitle(
  model: Model,
  edges: ReadonlyMap<string, readonly EdgeRecord[]>,
  relationId: string,
): string {
  const edge = edges.get(relationId)?.[0];
  if (!edge) return relationId;
  const alleged = edge.status === 'alleged' ? ' (alleged)' : '';
  return `${edge.info.label}${alleged}: ${partiesText(model, edge, true)} · ${whenText(edge)}`;
}

export function StoryCitations({ model, citations }: { model: Model; citations: readonly Citation[] }) {
  const relations = useMemo(() => new Map(model.dataset.relations.map((r) => [r.id, r])), [model]);
  const edges = useMemo(() => edgesByRelation(model), [model]);
  if (citations.length === 0) return null;
  return (
    <div className="story-citations" aria-label="Sources of this step">
      {citations.map((c, i) => {
        const relation = relations.get(c.relation);
        if (!relation) return null;
        const quote = c.quote === undefined ? undefined : relation.evidence[c.quote];
        return (
          <div key={i} className="story-citation" data-relation={c.relation}>
            <p className="story-citation-title">{citationTitle(model, edges, c.relation)}</p>
            <EvidenceList model={model} relation={quote ? { ...relation, evidence: [quote] } : relation} />
          </div>
        );
      })}
    </div>
  );
}
