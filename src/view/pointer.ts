// What the pointer does on the graph: a tap selects an actor, a relation or a pair (an empty tap clears), hovering
// reports a tooltip target, a drag writes the node's rounded position to the view state.
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { ViewStore } from '../state/store';
import { roundPoint } from '../state/viewState';

export interface Hover {
  readonly kind: 'actor' | 'relation' | 'pair';
  /** Actor id, edge key for a relation, or pair line id. */
  readonly id: string;
  /** A pair line's member edge keys. */
  readonly members?: readonly string[];
  /** Position in the graph's box, px. */
  readonly x: number;
  readonly y: number;
}

export function listenToPointer(cy: Core, store: ViewStore, onHover: (hover: Hover | null) => void): void {
  const select = (kind: 'actor' | 'relation' | 'pair', id: string) =>
    store.update((v) => ({ ...v, selection: { kind, id }, side: 'details' }), 'push');
  cy.on('tap', 'node', (e: EventObject) => select('actor', (e.target as NodeSingular).id()));
  // A pair line opens the pair view; a relation line its relation.
  cy.on('tap', 'edge', (e: EventObject) => {
    const edge = e.target as EdgeSingular;
    const pair = edge.data('pair') as string | undefined;
    if (pair !== undefined) select('pair', pair);
    else select('relation', edge.data('relationId') as string);
  });
  cy.on('tap', (e: EventObject) => {
    if (e.target === cy) store.update((v) => (v.selection ? { ...v, selection: null } : v), 'push');
  });
  const hover = (kind: 'actor' | 'relation') => (e: EventObject) =>
    onHover({
      kind: kind === 'relation' && (e.target as EdgeSingular).data('pair') !== undefined ? 'pair' : kind,
      id: (e.target as NodeSingular | EdgeSingular).id(),
      members: (e.target as NodeSingular | EdgeSingular).data('members') as readonly string[] | undefined,
      x: e.renderedPosition.x,
      y: e.renderedPosition.y,
    });
  cy.on('mouseover', 'node', hover('actor'));
  cy.on('mouseover', 'edge', hover('relation'));
  cy.on('mouseout', 'node, edge', () => onHover(null));
  cy.on('dragfree', 'node', (e: EventObject) => {
    const node = e.target as NodeSingular;
    const p = roundPoint(node.position());
    node.position({ ...p });
    store.update((v) => ({ ...v, positions: { ...v.positions, [node.id()]: p } }), 'push');
  });
}
