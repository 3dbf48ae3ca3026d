// The Cytoscape element of one actor, one edge record or one pair line, with everything the stylesheet reads
// precomputed (classes for kind, tone, line style, direction and status; data fields for label, size and width).
// Built the first time the element is shown (sync.ts), then kept: time never rebuilds it, it is removed and
// restored, and a pair line whose members change is updated in place (pairLook).
import type { ElementDefinition } from 'cytoscape';
import type { ActorRecord, EdgeRecord } from '../model';
import type { Point } from '../state/viewState';
import { AGE_STEPS, edgeClassKey, edgeClasses, edgeWidth, nodeSize } from './look';
import type { PairLine } from './pairs';

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

/** Width of a pair line: its strongest relation's width, thickened by the log of how many relations it holds. */
export function pairWidth(intensity: number, count: number): number {
  return Math.min(12, edgeWidth(intensity) + 1.6 * Math.log2(count));
}

/** The badge a pair line carries: how many relations, "alleged" when all are, and the comparison's mark. */
export function pairLabel(line: PairLine): string {
  const parts: string[] = [];
  if (line.members.length > 1) parts.push(`×${line.members.length}`);
  if (line.alleged) parts.push('alleged');
  if (line.ended) parts.push('ended');
  else if (line.added) parts.push('new');
  if (line.flipped) parts.push('flipped');
  return parts.join(' · ');
}

/** What of a pair line's element changes when its members do: data fields and classes. */
export function pairLook(line: PairLine): { data: Record<string, unknown>; classes: string[] } {
  const classes = [
    'pairline',
    ...edgeClasses({ tone: line.tone, lineStyle: line.lineStyle, directed: line.directed }),
  ];
  if (line.alleged) classes.push('alleged');
  if (line.age > 0 && line.age < AGE_STEPS.length) classes.push(`age${line.age}`);
  if (line.dimmed) classes.push('dim');
  if (line.imprecise) classes.push('imprecise');
  if (line.ended) classes.push('ended');
  if (line.added) classes.push('added');
  if (line.flipped) classes.push('flipped');
  return {
    data: {
      width: pairWidth(line.intensity, line.members.length),
      label: pairLabel(line),
      members: line.members,
      count: line.members.length,
    },
    classes,
  };
}

export function pairElement(line: PairLine): ElementDefinition {
  const look = pairLook(line);
  return {
    group: 'edges',
    data: { id: line.id, source: line.source, target: line.target, pair: line.pair, ...look.data },
    classes: look.classes,
  };
}
