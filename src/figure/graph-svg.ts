// Reads the graph picture the view hands over (cytoscape-svg's `cy.svg()`: one root <svg> with width and height
// and the drawing inside) so the figure can nest it, at its own size and clipped to it, as a child <svg>.
/** The graph markup was not a single SVG element with a size. */
export class GraphSvgError extends Error {
  override readonly name = 'GraphSvgError';
}

export interface GraphPicture {
  /** The drawing, without its root element. */
  readonly inner: string;
  /** The root's size: the coordinate system of `inner`. */
  readonly width: number;
  readonly height: number;
}

const ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b([^>]*?)(\/?)>([\s\S]*?)(?:<\/svg>)?\s*$/;

function sizeAttribute(attributes: string, name: string): number {
  const m = new RegExp(`\\s${name}="([0-9.]+)(?:px)?"`).exec(attributes);
  const value = m ? Number(m[1]) : NaN;
  if (!(value > 0)) throw new GraphSvgError(`the graph picture has no usable ${name} on its <svg> root`);
  return value;
}

export function readGraphSvg(markup: string): GraphPicture {
  const m = ROOT.exec(markup);
  if (!m) throw new GraphSvgError('the graph picture is not an <svg> element');
  const attributes = m[1] ?? '';
  return {
    inner: m[2] === '/' ? '' : (m[3] ?? ''),
    width: sizeAttribute(attributes, 'width'),
    height: sizeAttribute(attributes, 'height'),
  };
}

/** A region of the picture, in its own coordinates. */
export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The picture as a nested <svg> filling the box: the region `view` of its drawing (default all of it), scaled to
 * fit and clipped to the box. `underlay` (markup in the picture's coordinates, such as the map layout's basemap)
 * is drawn under the drawing and clipped with it.
 */
export function nestGraph(
  picture: GraphPicture,
  box: Region,
  view: Region = { x: 0, y: 0, width: picture.width, height: picture.height },
  underlay = '',
): string {
  const viewBox = [view.x, view.y, view.width, view.height].map(round).join(' ');
  return `<svg x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${underlay}${picture.inner}</svg>`;
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
