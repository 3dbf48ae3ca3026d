// What the map layout frames, pure: the region where the actors shown gather, not the whole world they span. One
// actor in Washington and fifteen between Kabul and Karachi would otherwise be framed at a zoom where no label
// can be read. The actors nearest the middle of the crowd come first (the median point: a far actor does not
// pull it), and each further one joins the frame while the frame can still be read; the others stay where they
// are, a pan or a zoom away, with their lines leading off the edge.
import type { Point } from '../../state/viewState';
import { fitViewport, type FitBox, type Margin } from '../fit';

/** Below this zoom labels are smaller than about 7 px on screen even at their largest size (24 px). */
export const READABLE_ZOOM = 0.3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The points to frame: every one when they fit at `readable` zoom, else the largest crowd around the middle that does. */
export function regionPoints(
  points: readonly Point[],
  margin: Margin,
  box: FitBox,
  readable = READABLE_ZOOM,
): Point[] {
  const fits = (ps: readonly Point[]) => (fitViewport(ps, margin, box)?.zoom ?? 0) >= readable;
  if (points.length === 0 || fits(points)) return [...points];
  const mid = { x: median(points.map((p) => p.x)), y: median(points.map((p) => p.y)) };
  const byDistance = points
    .map((p, i) => ({ p, i, d: Math.hypot(p.x - mid.x, p.y - mid.y) }))
    .sort((a, b) => a.d - b.d || a.i - b.i);
  // A frame depends on its points' box only: two corners stand for everything chosen so far.
  const chosen = [byDistance[0]!.p];
  let [low, high] = [byDistance[0]!.p, byDistance[0]!.p];
  for (const { p } of byDistance.slice(1)) {
    const lo = { x: Math.min(low.x, p.x), y: Math.min(low.y, p.y) };
    const hi = { x: Math.max(high.x, p.x), y: Math.max(high.y, p.y) };
    if (!fits([lo, hi])) continue;
    chosen.push(p);
    [low, high] = [lo, hi];
  }
  return chosen;
}
