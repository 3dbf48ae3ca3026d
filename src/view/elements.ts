// The Cytoscape elements of a whole dataset, built once per load: one node per actor, one edge per edge record,
// with everything the stylesheet reads precomputed (classes for kind, tone, line style, direction and status;
// data fields for label, size and width). Time never rebuilds them; sync.ts removes and restores them.
import type { ElementDefinition } from 'cytoscape';
import type { Model } from '../model';
import type { Point } from '../state/viewState';
import { edgeClassKey, edgeClasses, edgeWidth, nodeSize } from './look';

export function buildElements(model: Model, positionOf: (id: string) => Point): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const a of model.actors.values()) {
    out.push({
      group: 'nodes',
      data: { id: a.id, label: a.actor.label, size: nodeSize(0) },
      classes: [`kind-${a.actor.kind}`],
      position: { ...positionOf(a.id) },
    });
  }
  for (const e of model.edges) {
    const classes = edgeClasses(edgeClassKey(e.info, e.status));
    if (e.status === 'alleged') classes.push('alleged');
    out.push({
      group: 'edges',
      data: {
        id: e.key,
        source: e.source,
        target: e.target,
        relationId: e.relationId,
        width: edgeWidth(e.info.intensity),
      },
      classes,
    });
  }
  return out;
}
