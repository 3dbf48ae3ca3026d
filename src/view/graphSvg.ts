// The graph as SVG for the figure export, taken from the live Cytoscape instance so it is the view itself: same
// positions, viewport, styles, classes (dimming, selection, fading) and labels, drawn by cytoscape-svg with text
// as <text>. The figure keeps only the part of the viewport the drawing covers (the crop), never moving a thing.
// Used by the graph's handle (graphHandle.ts), which swaps the stylesheet when a figure asks for the other theme.
import cytoscape, { type Core } from 'cytoscape';
import svgExtension from 'cytoscape-svg';
import type { Point } from '../state/viewState';

declare module 'cytoscape' {
  interface Core {
    /** From cytoscape-svg: the viewport (or with `full` the whole graph) as SVG markup. */
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}

export interface Crop {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GraphCapture {
  /** The whole viewport as SVG, in CSS pixels. */
  readonly markup: string;
  /** The region of it to show, in the same pixels. */
  readonly crop: Crop;
  /** Markup to draw under it in the same pixels: the map layout's basemap. */
  readonly underlay?: string;
}

/** Room kept around the drawing, px. */
const PAD = 12;
/** How far a label may reach beside and below its node when only node positions are known, px. */
const LABEL_REACH = { side: 70, below: 60, above: 40 };

let registered = false;

/** Two animation frames: the renderer has recomputed styles and label boxes after a change. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function clampCrop(cy: Core, x1: number, y1: number, x2: number, y2: number): Crop {
  const w = cy.width();
  const h = cy.height();
  const left = Math.max(0, Math.floor(x1 - PAD));
  const top = Math.max(0, Math.floor(y1 - PAD));
  const right = Math.min(w, Math.ceil(x2 + PAD));
  const bottom = Math.min(h, Math.ceil(y2 + PAD));
  if (!(right > left && bottom > top)) return { x: 0, y: 0, width: w, height: h };
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The part of the viewport the drawn elements and their labels cover. */
export function drawnCrop(cy: Core): Crop {
  if (cy.elements().empty()) return { x: 0, y: 0, width: cy.width(), height: cy.height() };
  const bb = cy.elements().renderedBoundingBox({ includeLabels: true });
  return clampCrop(cy, bb.x1, bb.y1, bb.x2, bb.y2);
}

/** The part of the viewport nodes at these model positions would cover, labels included: one crop for many frames. */
export function positionsCrop(cy: Core, positions: Iterable<Point>): Crop {
  const zoom = cy.zoom();
  const pan = cy.pan();
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    const x = p.x * zoom + pan.x;
    const y = p.y * zoom + pan.y;
    [x1, y1, x2, y2] = [Math.min(x1, x), Math.min(y1, y), Math.max(x2, x), Math.max(y2, y)];
  }
  if (x1 > x2) return { x: 0, y: 0, width: cy.width(), height: cy.height() };
  const r = LABEL_REACH;
  return clampCrop(cy, x1 - r.side, y1 - r.above, x2 + r.side, y2 + r.below);
}

/** The current viewport as SVG, sized in CSS pixels (cytoscape-svg would multiply in the device pixel ratio). */
export function viewportSvg(cy: Core): string {
  if (!registered) {
    cytoscape.use(svgExtension);
    registered = true;
  }
  return cy.svg({ scale: 1 / (window.devicePixelRatio || 1) });
}
