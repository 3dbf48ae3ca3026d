// Fitting the graph to its canvas: the zoom and pan that frame a set of places with a margin for each node and
// its label, as cy.fit would frame drawn elements. Works from the places the layout gives (not from where nodes
// stand mid-animation), so a fit asked for during a layout change frames where the nodes are going.
import type { Point } from '../state/viewState';

export interface Margin {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
}

/** Half a node beside each outer place and a label line below the lowest: what a place needs when nothing is measured. */
export const PLACE_MARGIN: Margin = { left: 12, right: 12, top: 12, bottom: 30 };

export interface FitBox {
  readonly width: number;
  readonly height: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  /** Pixels left free on every side of the canvas. */
  readonly padding: number;
}

/** The viewport that frames every point with its margin (in model units) inside the box; null for no point. */
export function fitViewport(points: Iterable<Point>, margin: Margin, box: FitBox): Viewport | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return null;
  const left = x1 - margin.left;
  const right = x2 + margin.right;
  const top = y1 - margin.top;
  const bottom = y2 + margin.bottom;
  const fit = Math.min(
    (box.width - 2 * box.padding) / (right - left),
    (box.height - 2 * box.padding) / (bottom - top),
  );
  const zoom = Math.min(box.maxZoom, Math.max(box.minZoom, fit));
  return {
    zoom,
    pan: { x: (box.width - zoom * (left + right)) / 2, y: (box.height - zoom * (top + bottom)) / 2 },
  };
}

/** The margin the drawn nodes need around their places: the farthest each one's box (label included) reaches. */
export function measuredMargin(
  boxes: Iterable<{
    readonly at: Point;
    readonly x1: number;
    readonly y1: number;
    readonly x2: number;
    readonly y2: number;
  }>,
): Margin {
  let m = { left: 0, right: 0, top: 0, bottom: 0 };
  let any = false;
  for (const b of boxes) {
    any = true;
    m = {
      left: Math.max(m.left, b.at.x - b.x1),
      right: Math.max(m.right, b.x2 - b.at.x),
      top: Math.max(m.top, b.at.y - b.y1),
      bottom: Math.max(m.bottom, b.y2 - b.at.y),
    };
  }
  return any ? m : PLACE_MARGIN;
}
