// The Cytoscape element of one actor or one edge record, with everything the stylesheet reads precomputed
// (classes for kind, tone, line style, direction and status; data fields for label, size and width). Built the
// first time the element is shown (sync.ts), then kept: time never rebuilds it, it is removed and restored.
import type { ElementDefinition } from 'cytoscape';
import type { ActorRecord, EdgeRecord } from '../model';
import type { Point } from '../state/viewState';
import { edgeClassKey, edgeClasses, edgeWidth, nodeSize } from './look';

export function nodeElement(a: ActorRecord, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: a.id, label: a.actor.label, size: nodeSize(0) },
    classes: [`kind-${a.actor.kind}`],
    position: { ...position },
  };
}

export function edgeElement(e: EdgeRecord): ElementDefinition {
  const classes = edgeClasses(edgeClassKey(e.info, e.status));
  if (e.status === 'alleged') classes.push('alleged');
  return {
    group: 'edges',
    data: {
      id: e.key,
      source: e.source,
      target: e.target,
      relationId: e.relationId,
      width: edgeWidth(e.info.intensity),
    },
    classes,
  };
}
