// The lines of a large graph (fast drawing), stroked onto Cytoscape's own canvas in one pass instead of element by
// element. Cytoscape's canvas renderer spends most of a frame on each line's bookkeeping (its bounding box asked
// for four times, texture-cache lookups, a path cache keyed by a joined string), not on the strokes: on the
// 200,000-relation benchmark's first view that was about 110 ms of a 230 ms frame, against 18 ms for the strokes.
// The layer takes over only lines it draws exactly as Cytoscape does: straight or overlaid (haystack) lines with
// no label, styled from Cytoscape's own computed style, in Cytoscape's order (underlay, outline, line), so the
// pixels are the same (e2e/lines.spec.ts compares them), except that a dash pattern finer than a pixel on screen
// (dotted lines zoomed far out) is stroked solid, as it looks anyway. Actors a few pixels across are filled here too
// (smallNodes.ts). Everything else stays Cytoscape's: larger actors, labelled lines, hit-testing (the elements and
// their styles are untouched), and exports, which draw through other contexts (cytoscape-svg) and so still get
// every line from Cytoscape. Frames on screen skip Cytoscape's layered textures, which it uses only some of the
// time and which draw a slightly different picture.
import type { Core } from 'cytoscape';
import { keptByStyle, num, rgba } from './byStyle';
import { drawsNode, fillNode, prepareNodes, type ShapeDrawers } from './smallNodes';

/** One stroke of a line: its underlay band, its outline or the line itself. */
export interface Stroke {
  readonly width: number;
  readonly cap: CanvasLineCap;
  readonly dash: readonly number[];
  /** The dash pattern's length (0 for a solid stroke). */
  readonly period: number;
  readonly dashOffset: number;
  readonly colour: string;
}

/** What the layer reads of an element: Cytoscape's parsed style and its renderer's scratch (pinned 3.34). */
export interface DrawnElement {
  readonly _private: {
    readonly group: string;
    readonly rscratch: { readonly edgeType?: string; readonly allpts?: number[]; readonly badLine?: boolean };
    /** Cytoscape's hash of the element's whole computed style: equal keys, equal looks. */
    readonly styleKey?: number;
    /** A node's model position. */
    readonly position?: { readonly x: number; readonly y: number };
  };
  pstyle(name: string): { readonly value: unknown; readonly pfValue: unknown; readonly strValue: string };
  visible(): boolean;
}

/** The two ways Cytoscape's canvas renderer draws a frame's elements; the layer wraps both. */
type DrawElements = (context: unknown, eles: DrawnElement[], pxRatio: number, extent: unknown) => void;
interface CanvasRenderer extends ShapeDrawers {
  drawLayeredElements: DrawElements;
  drawCachedElements: DrawElements;
}

/** Whether the layer draws this element: a shown straight or overlaid line with a path and no label. */
export function drawsLine(e: DrawnElement): boolean {
  if (e._private.group !== 'edges') return false;
  const rs = e._private.rscratch;
  if (rs.edgeType !== 'haystack' && rs.edgeType !== 'straight') return false;
  const pts = rs.allpts;
  if (rs.badLine || !pts || Number.isNaN(pts[0])) return false;
  return e.visible() && e.pstyle('label').strValue === '';
}

/** The strokes Cytoscape would make for this line, in its order, from its computed style. */
export function strokesOf(e: DrawnElement): Stroke[] {
  const strokes: Stroke[] = [];
  // Cytoscape draws the underlay whatever the line's opacity, solid, with round caps.
  const underlay = num(e, 'underlay-opacity', 'value');
  if (underlay > 0) {
    const colour = rgba(e.pstyle('underlay-color').value, underlay);
    strokes.push({
      width: 2 * num(e, 'underlay-padding'),
      cap: 'round',
      dash: [],
      period: 0,
      dashOffset: 0,
      colour,
    });
  }
  const opacity = num(e, 'opacity', 'value') * num(e, 'line-opacity', 'value');
  if (opacity === 0) return strokes;
  const style = e.pstyle('line-style').value;
  const dash =
    style === 'dotted'
      ? [1, 1]
      : style === 'dashed'
        ? (e.pstyle('line-dash-pattern').pfValue as number[])
        : [];
  const dashOffset = style === 'dashed' ? num(e, 'line-dash-offset') : 0;
  const period = dash.reduce((a, b) => a + b, 0);
  const cap = e.pstyle('line-cap').value as CanvasLineCap;
  const width = num(e, 'width');
  const outline = num(e, 'line-outline-width', 'value');
  if (outline > 0) {
    const colour = rgba(e.pstyle('line-outline-color').value, opacity);
    strokes.push({ width: width + outline, cap, dash, period, dashOffset, colour });
  }
  strokes.push({ width, cap, dash, period, dashOffset, colour: rgba(e.pstyle('line-color').value, opacity) });
  return strokes;
}

/** A line's strokes, once per look. */
const cachedStrokes = keptByStyle(strokesOf);

/** The part of a 2D context the layer strokes with (a recording fake in the unit test). */
export type LineContext = Pick<
  CanvasRenderingContext2D,
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'setLineDash'
  | 'lineWidth'
  | 'lineCap'
  | 'lineJoin'
  | 'lineDashOffset'
  | 'strokeStyle'
>;

/**
 * A dash pattern shorter than this on screen (device px) cannot be seen: its dots or dashes run together into a
 * solid line, which is what the layer strokes instead. Rasterising the pattern is what costs: the dotted lines of
 * the 200,000-relation benchmark's first view, 0.5 px a period at the least zoom, were 48 of 63 ms of its lines.
 */
export const UNSEEN_DASH_PX = 1;

/**
 * Strokes every line of `eles` the layer draws, one after another as Cytoscape would; returns how many. `scale` is
 * device pixels per model unit (zoom × pixel ratio).
 */
export function strokeLines(context: LineContext, eles: readonly DrawnElement[], scale = 1): number {
  let count = 0;
  prepareLines(context);
  for (const e of eles) {
    if (!drawsLine(e)) continue;
    strokeLine(context, e, scale);
    count++;
  }
  handBack(context);
  return count;
}

/** Strokes one line the layer draws (the context's line join already round). */
export function strokeLine(context: LineContext, e: DrawnElement, scale: number): void {
  const pts = e._private.rscratch.allpts!;
  for (const s of cachedStrokes(e)) {
    const seen = s.period * scale >= UNSEEN_DASH_PX;
    context.lineWidth = s.width;
    context.lineCap = s.cap;
    context.setLineDash(seen ? (s.dash as number[]) : []);
    context.lineDashOffset = s.dashOffset;
    context.strokeStyle = s.colour;
    context.beginPath();
    context.moveTo(pts[0]!, pts[1]!);
    for (let i = 2; i + 1 < pts.length; i += 2) context.lineTo(pts[i]!, pts[i + 1]!);
    context.stroke();
  }
}

/** Sets what every line the layer strokes shares. */
function prepareLines(context: LineContext): void {
  context.lineJoin = 'round';
}

/** Leaves the context as Cytoscape leaves it after an element, for the next one it draws. */
function handBack(context: Pick<LineContext, 'lineCap' | 'setLineDash'>): void {
  context.lineCap = 'butt';
  context.setLineDash([]);
}

export interface LineLayer {
  /** Off hands every line back to Cytoscape's element-by-element drawing (the benchmark's and pixel test's baseline). */
  setEnabled(on: boolean): void;
  enabled(): boolean;
  /** Lines stroked and small nodes filled in the last frame that had any. */
  readonly lastFrame: { readonly lines: number; readonly nodes: number };
}

function isCanvasRenderer(r: unknown): r is CanvasRenderer {
  const c = r as Partial<CanvasRenderer> | null;
  return (
    typeof c?.drawLayeredElements === 'function' &&
    typeof c.drawCachedElements === 'function' &&
    typeof c.getNodeShape === 'function' &&
    typeof c.nodeShapes === 'object'
  );
}

/**
 * Takes over the lines of `cy`'s frames on screen. Null when the renderer is not the canvas one this was written
 * against (the WebGL renderer, another version): Cytoscape then draws every line itself, as before.
 */
export function attachLineLayer(cy: Core): LineLayer | null {
  const renderer: unknown = (cy as unknown as { renderer(): unknown }).renderer();
  if (!isCanvasRenderer(renderer)) return null;
  let on = true;
  let last = { lines: 0, nodes: 0 };
  const layered = renderer.drawLayeredElements;
  const cached = renderer.drawCachedElements;
  // Only frames drawn onto a canvas: exports draw through other contexts and keep Cytoscape's own lines.
  const wrap = (draw: DrawElements): DrawElements =>
    function (this: CanvasRenderer, context, eles, pxRatio, extent) {
      if (!(context instanceof CanvasRenderingContext2D)) {
        draw.call(this, context, eles, pxRatio, extent);
        return;
      }
      // Element by element, never from Cytoscape's layered textures, on or off: those draw a still graph from
      // scaled textures, a little differently, and only some of the time, so the picture would change with them.
      if (!on) {
        cached.call(this, context, eles, pxRatio, extent);
        return;
      }
      const zoom = cy.zoom();
      const scale = zoom * pxRatio;
      const counts = { lines: 0, nodes: 0 };
      // Cytoscape's order is kept: a run of elements it draws itself is handed to it between the layer's own.
      let run: DrawnElement[] = [];
      let drawing: 'lines' | 'nodes' | null = null;
      const theirs = () => {
        if (drawing) handBack(context);
        drawing = null;
        if (run.length) cached.call(this, context, run, pxRatio, extent);
        run = [];
      };
      for (const e of eles) {
        const kind = drawsLine(e) ? 'lines' : drawsNode(e, zoom) ? 'nodes' : null;
        if (kind === null) {
          run.push(e);
          continue;
        }
        if (run.length) theirs();
        if (drawing !== kind) (kind === 'lines' ? prepareLines : prepareNodes)(context);
        drawing = kind;
        if (kind === 'lines') strokeLine(context, e, scale);
        else fillNode(context, e, this);
        counts[kind]++;
      }
      theirs();
      // The drag layer's call usually has nothing of ours; the counts kept are the last frame's that had some.
      if (counts.lines + counts.nodes > 0) last = counts;
    };
  renderer.drawLayeredElements = wrap(layered);
  renderer.drawCachedElements = wrap(cached);
  return {
    setEnabled(next) {
      if (next === on) return;
      on = next;
      if (!cy.destroyed()) cy.forceRender();
    },
    enabled: () => on,
    get lastFrame() {
      return last;
    },
  };
}
