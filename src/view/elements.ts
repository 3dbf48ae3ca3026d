// The Cytoscape element of one actor, one edge record or one pair line, with everything the stylesheet reads
// precomputed (classes for kind, tone, line style, direction and status; data fields for label, size and width).
// Built the first time the element is shown (sync.ts), then kept: time never rebuilds it, it is removed and
// restored, and a pair line whose members change is updated in place (pairLook).
import type { ElementDefinition } from 'cytoscape';
import type { ActorRecord, EdgeRecord } from '../model';
import type { Point } from '../state/viewState';
import { AGE_STEPS, edgeClassKey, edgeClasses, edgeWidth, nodeSize } from '../look/look';
import type { PairLine } from './pairs';

/** Characters of an actor's label drawn on the graph; the details and the table show it whole. */
export const DRAWN_LABEL_CHARS = 80;

/**
 * The label as drawn: a label longer than DRAWN_LABEL_CHARS is cut at a word where it can be, with an ellipsis.
 * The canvas measures and wraps every character it is given on every draw, and an imported label can be megabytes.
 */
export function drawnLabel(label: string): string {
  if (label.length <= DRAWN_LABEL_CHARS) return label;
  const cut = label.slice(0, DRAWN_LABEL_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DRAWN_LABEL_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export function nodeElement(a: ActorRecord, position: Point): ElementDefinition {
  return {
    group: 'nodes',
    data: { id: a.id, label: drawnLabel(a.actor.label), size: nodeSize(0) },
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
