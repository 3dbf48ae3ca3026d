// Plane geometry on a country's projected outline, pure: a shape is every ring of its polygons (outer rings and
// holes alike), so a point is inside when a ray from it crosses the rings an odd number of times. The placement
// asks whether a spot is inside a country and how far it is from the border, and finds each country's deepest
// point (farthest inside from any border), where its actors gather.
import type { Point } from '../../state/viewState';

export type Ring = readonly Point[];
/** Every ring of a country's polygons; the first point of a ring is not repeated at its end. */
export type Shape = readonly Ring[];

export interface Box {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export function boxOf(shape: Shape): Box {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of shape)
    for (const p of ring) {
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    }
  return { x1, y1, x2, y2 };
}

const ringBoxes = new WeakMap<Shape, readonly Box[]>();

/** Each ring's box, kept with the shape: most of a country's islands are far from any one point asked about. */
function boxesOf(shape: Shape): readonly Box[] {
  let boxes = ringBoxes.get(shape);
  if (!boxes) ringBoxes.set(shape, (boxes = shape.map((ring) => boxOf([ring]))));
  return boxes;
}

function ringCrossings(ring: Ring, p: Point): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Even–odd rule: inside one outer ring and no hole of it. */
export function contains(shape: Shape, p: Point): boolean {
  const boxes = boxesOf(shape);
  let inside = false;
  shape.forEach((ring, k) => {
    const b = boxes[k]!;
    if (p.x < b.x1 || p.x > b.x2 || p.y < b.y1 || p.y > b.y2) return;
    if (ringCrossings(ring, p)) inside = !inside;
  });
  return inside;
}

function segmentDistanceSquared(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len));
  const x = a.x + t * dx - p.x;
  const y = a.y + t * dy - p.y;
  return x * x + y * y;
}

/**
 * Distance from the point to the nearest border (any ring's edge). With `beyond`, the answer is only exact above
 * it: the search stops as soon as a border is found nearer than that.
 */
export function edgeDistance(shape: Shape, p: Point, beyond = 0): number {
  const boxes = boxesOf(shape);
  const stop = beyond * beyond;
  let best = Infinity;
  for (let k = 0; k < shape.length && best > stop; k++) {
    const b = boxes[k]!;
    const dx = Math.max(b.x1 - p.x, 0, p.x - b.x2);
    const dy = Math.max(b.y1 - p.y, 0, p.y - b.y2);
    if (dx * dx + dy * dy >= best) continue;
    const ring = shape[k]!;
    for (let i = 0, j = ring.length - 1; i < ring.length && best > stop; j = i++)
      best = Math.min(best, segmentDistanceSquared(p, ring[i]!, ring[j]!));
  }
  return Math.sqrt(best);
}

/** Positive inside, negative outside: how far the point is from the border. */
export function signedDistance(shape: Shape, p: Point): number {
  const d = edgeDistance(shape, p);
  return contains(shape, p) ? d : -d;
}

/** The area inside the shape (holes subtracted, as the even–odd rule reads them). */
export function areaOf(shape: Shape): number {
  // Rings of one country do not cross; a ring's area counts once for each ring around it, alternating in sign.
  const ringArea = (ring: Ring) => {
    let s = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      s += (ring[j]!.x - ring[i]!.x) * (ring[j]!.y + ring[i]!.y);
    return Math.abs(s) / 2;
  };
  const boxes = boxesOf(shape);
  let total = 0;
  shape.forEach((ring, i) => {
    const p = ring[0];
    if (!p) return;
    const depth = shape.filter((other, k) => {
      const b = boxes[k]!;
      return k !== i && p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2 && ringCrossings(other, p);
    }).length;
    total += depth % 2 === 0 ? ringArea(ring) : -ringArea(ring);
  });
  return Math.max(0, total);
}

/** Samples per side of the search grid, and how many times the grid narrows around the best point. */
const GRID = 16;
const ROUNDS = 4;

/** The ring of largest area: the mainland of a country of many islands. */
function largestRing(shape: Shape): Ring | undefined {
  let best: { ring: Ring; area: number } | undefined;
  for (const ring of shape) {
    const area = areaOf([ring]);
    if (!best || area > best.area) best = { ring, area };
  }
  return best?.ring;
}

function searchGrid(shape: Shape, box: Box): { p: Point; d: number } | null {
  let best: { p: Point; d: number } | null = null;
  let [cx, cy] = [(box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2];
  let [hw, hh] = [(box.x2 - box.x1) / 2, (box.y2 - box.y1) / 2];
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i <= GRID; i++)
      for (let j = 0; j <= GRID; j++) {
        const p = { x: cx - hw + (2 * hw * i) / GRID, y: cy - hh + (2 * hh * j) / GRID };
        if (!contains(shape, p)) continue;
        const d = edgeDistance(shape, p, best?.d);
        if (!best || d > best.d) best = { p, d };
      }
    if (!best) return null;
    [cx, cy] = [best.p.x, best.p.y];
    [hw, hh] = [(2 * hw) / GRID, (2 * hh) / GRID];
  }
  return best;
}

/**
 * A point deep inside the shape: a grid over its box, then finer grids around the best point so far, keeping the
 * point farthest from every border. Not the exact pole of inaccessibility, but inside and well clear of the
 * edges, which is what a crowd of actors needs. A country of small islands scattered over a wide box may slip
 * through the first grid: then its largest island is searched alone, and failing that (an island thinner than
 * the grid) one of its corners stands for it. Null for a shape with no ring.
 */
export function deepestPoint(shape: Shape): Point | null {
  const whole = searchGrid(shape, boxOf(shape));
  if (whole) return whole.p;
  const ring = largestRing(shape);
  if (!ring || ring.length === 0) return null;
  return searchGrid(shape, boxOf([ring]))?.p ?? ring[0]!;
}
