// The small nodes of a large graph (fast drawing, zoomed out), filled by the line layer's frame hook
// (lineLayer.ts) instead of one texture copy each. Cytoscape draws a node from a pre-rendered texture with one
// `drawImage` per node, plus its bounding box asked for five times: on the 200,000-relation benchmark's first view
// (7,129 nodes on screen, 2 to 6 px across) that was most of a frame. Here each node is traced by Cytoscape's own
// shape drawer and filled and stroked directly, in Cytoscape's order (underlay, body, border, node after node).
// Only nodes at most SMALL_NODE_PX across on screen, with no label, are taken: at that size Cytoscape's texture is
// a few pixels scaled from a smaller or larger copy, so the two pictures agree to within antialiasing
// (e2e/lines.spec.ts compares the colour at every such node's centre). A double border (mediators) is drawn as
// Cytoscape leaves it, two bands a third of its width, but its gap shows the node's fill, not what lies under it.
import { keptByStyle, num, rgba } from './byStyle';
import type { DrawnElement } from './lineLayer';

/** Nodes up to this many CSS pixels across on screen are filled by the layer; larger ones stay Cytoscape's. */
export const SMALL_NODE_PX = 8;

/** Cytoscape's shape drawers (pinned 3.34): each traces a node's outline into a path. */
export interface ShapeDrawers {
  readonly nodeShapes: Readonly<
    Record<
      string,
      {
        /** Begins a path on `context` and traces the shape centred on (x, y). */
        draw(
          context: NodeContext,
          x: number,
          y: number,
          w: number,
          h: number,
          radius: unknown,
          rs?: unknown,
        ): void;
      }
    >
  >;
  getNodeShape(node: DrawnElement): string;
}

/** How one node is painted: an underlay, its body and its border, each a colour with its opacity. */
export interface NodePaint {
  readonly underlay: { readonly colour: string; readonly shape: string; readonly padding: number } | null;
  readonly fill: string;
  readonly border: { readonly colour: string; readonly width: number; readonly double: boolean } | null;
}

/** Whether the layer fills this node at this zoom: a shown, unlabelled, plain node small on screen. */
export function drawsNode(e: DrawnElement, zoom: number): boolean {
  if (e._private.group !== 'nodes') return false;
  if (Math.max(num(e, 'width'), num(e, 'height')) * zoom > SMALL_NODE_PX) return false;
  if (!e.visible() || e.pstyle('label').strValue !== '') return false;
  return num(e, 'padding') === 0 && e.pstyle('background-image').strValue === 'none';
}

/** How Cytoscape paints this node, from its computed style. */
export function paintOf(e: DrawnElement): NodePaint {
  const opacity = num(e, 'opacity', 'value');
  const under = num(e, 'underlay-opacity', 'value');
  const width = num(e, 'border-width');
  return {
    underlay:
      under > 0
        ? {
            colour: rgba(e.pstyle('underlay-color').value, under),
            shape: e.pstyle('underlay-shape').value as string,
            padding: num(e, 'underlay-padding'),
          }
        : null,
    fill: rgba(e.pstyle('background-color').value, num(e, 'background-opacity', 'value') * opacity),
    border:
      width > 0
        ? {
            colour: rgba(e.pstyle('border-color').value, num(e, 'border-opacity', 'value') * opacity),
            width,
            double: e.pstyle('border-style').value === 'double',
          }
        : null,
  };
}

/** An actor's paint, once per look. */
const cachedPaint = keptByStyle(paintOf);

/** Sets what every small node's border shares (Cytoscape's defaults: solid, mitred). */
export function prepareNodes(context: NodeContext): void {
  context.setLineDash([]);
  context.lineJoin = 'miter';
  context.lineCap = 'butt';
}

/** Draws one small node as Cytoscape does: its underlay, its body, its border. */
export function fillNode(context: NodeContext, e: DrawnElement, shapes: ShapeDrawers): void {
  const { x, y } = e._private.position!;
  const w = num(e, 'width');
  const h = num(e, 'height');
  const radius = e.pstyle('corner-radius').value;
  const paint = cachedPaint(e);
  const u = paint.underlay;
  if (u) {
    context.fillStyle = u.colour;
    shapes.nodeShapes[u.shape]!.draw(context, x, y, w + 2 * u.padding, h + 2 * u.padding, radius);
    context.fill();
  }
  context.fillStyle = paint.fill;
  const shape = shapes.nodeShapes[shapes.getNodeShape(e)]!;
  shape.draw(context, x, y, w, h, radius, e._private.rscratch);
  context.fill();
  const border = paint.border;
  if (!border) return;
  context.strokeStyle = border.colour;
  if (!border.double) {
    context.lineWidth = border.width;
    context.stroke();
    return;
  }
  // Cytoscape strokes the whole width, then clears its middle third: two bands a third as wide remain.
  const band = border.width / 3;
  context.lineWidth = band;
  for (const grow of [2 * band, -2 * band]) {
    shape.draw(context, x, y, w + grow, h + grow, radius, e._private.rscratch);
    context.stroke();
  }
}

/** The part of a 2D context the layer fills with (a recording fake in the unit test). */
export type NodeContext = Pick<
  CanvasRenderingContext2D,
  'fill' | 'stroke' | 'setLineDash' | 'fillStyle' | 'strokeStyle' | 'lineWidth' | 'lineJoin' | 'lineCap'
>;

/**
 * Fills every small node of `eles` in their order, each as Cytoscape does (underlay, body, border), tracing its
 * shape with Cytoscape's own drawer; returns how many.
 */
export function fillNodes(
  context: NodeContext,
  eles: readonly DrawnElement[],
  zoom: number,
  shapes: ShapeDrawers,
): number {
  let count = 0;
  prepareNodes(context);
  for (const e of eles) {
    if (!drawsNode(e, zoom)) continue;
    fillNode(context, e, shapes);
    count++;
  }
  return count;
}
