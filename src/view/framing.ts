// Where the view is framed: every actor of the whole period at the place its layout (or a drag) gives it, so the
// view holds still while time moves. Only the viewport changes here, never a position.
import type { Core } from 'cytoscape';
import type { Model } from '../model';
import type { LayoutName, Point, ViewState } from '../state/viewState';
import { PLACE_MARGIN, fitViewport, measuredMargin } from './fit';
import { regionPoints } from './geo/region';
import { layoutPositions } from './layout';

/** Where an actor stands: dragged there, or where the layout puts it. */
export function targetPosition(
  model: Model,
  layout: LayoutName,
  positions: ViewState['positions'],
  id: string,
): Point {
  return positions[id] ?? layoutPositions(model, layout).get(id) ?? { x: 0, y: 0 };
}

/** How long an asked-for fit glides (a resize fits at once: the canvas has already jumped). */
const FIT_MS = 350;

/**
 * Zooms and pans so every actor of the whole period, at the place its layout gives it, stands inside the canvas
 * with its label (`detailed`: measured from the drawn labels; otherwise a fixed margin): a fit during a layout
 * change frames where the nodes are going.
 */
export function frame(cy: Core, model: Model, state: ViewState, detailed: boolean, animate: boolean): void {
  // The map frames the region where the actors shown gather (geo/region.ts), not the whole world they span.
  const geo = state.layout === 'geo' && cy.nodes().nonempty();
  const ids = geo ? cy.nodes().map((n) => n.id()) : model.actors.keys();
  const placed = [...ids].map((id) => targetPosition(model, state.layout, state.positions, id));
  const margin = detailed
    ? measuredMargin(
        cy.nodes().map((n) => {
          const b = n.boundingBox();
          return { at: n.position(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        }),
      )
    : PLACE_MARGIN;
  const box = {
    width: cy.width(),
    height: cy.height(),
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    padding: 30,
  };
  const v = fitViewport(geo ? regionPoints(placed, margin, box) : placed, margin, box);
  if (!v) return;
  cy.stop(true, true);
  if (animate) cy.animate({ zoom: v.zoom, pan: { ...v.pan } }, { duration: FIT_MS });
  else cy.viewport({ zoom: v.zoom, pan: { ...v.pan } });
}
