// Where actors stand on the map, pure: each group (a country's actors, or one actor at its own coordinates)
// gathers around its anchor on a seeded sunflower spiral, taking the first spots that are at least a spacing away
// from every actor placed before (of any group) and inside the group's outline. When the outline is full, the
// nearest free spots just outside it are taken, so a small country's crowd stands next to it. Actors without a
// place on the map stand in a column beside everything else. The same groups always give the same picture.
import { seededRandom } from '../../model';
import type { Point } from '../../state/viewState';
import { boxOf, contains, type Box, type Shape } from './polygon';

export interface PlacementGroup {
  /** Names the group: its seed and its tie-break. */
  readonly key: string;
  readonly anchor: Point;
  /** The outline its members stay inside while there is room; null: anywhere around the anchor. */
  readonly shape: Shape | null;
  /** Member ids, most important first (the first gets the spot nearest the anchor). */
  readonly members: readonly string[];
}

/** Candidate spots are this dense on the spiral, in spacings: finer than the spacing, so crowds pack. */
const STEP = 0.35;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** A 32-bit hash of a text (FNV-1a), to seed each group's spiral from its key. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Placed points, bucketed by cells one spacing wide, so "is anything too near?" looks at nine cells. */
class Occupied {
  private readonly cells = new Map<string, Point[]>();
  constructor(private readonly spacing: number) {}

  private cell(x: number, y: number): string {
    return `${Math.floor(x / this.spacing)},${Math.floor(y / this.spacing)}`;
  }

  free(p: Point): boolean {
    const cx = Math.floor(p.x / this.spacing);
    const cy = Math.floor(p.y / this.spacing);
    const min = this.spacing * this.spacing;
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (const q of this.cells.get(`${cx + i},${cy + j}`) ?? [])
          if ((q.x - p.x) ** 2 + (q.y - p.y) ** 2 < min) return false;
    return true;
  }

  add(p: Point): void {
    const key = this.cell(p.x, p.y);
    const list = this.cells.get(key);
    if (list) list.push(p);
    else this.cells.set(key, [p]);
  }
}

/** The k-th spot of a group's spiral: the anchor first, then outwards on a sunflower turned by the group's seed. */
function spiralSpot(anchor: Point, k: number, turn: number, spacing: number): Point {
  if (k === 0) return anchor;
  const r = STEP * spacing * Math.sqrt(k);
  const a = turn + k * GOLDEN_ANGLE;
  return { x: anchor.x + r * Math.cos(a), y: anchor.y + r * Math.sin(a) };
}

const round = (p: Point): Point => ({ x: Math.round(p.x), y: Math.round(p.y) });

/**
 * Every member of every group at its spot, groups taken in the order given. Two members never stand closer than
 * `spacing`; a member stands inside its group's outline whenever a free spot is left there.
 */
export function spreadGroups(
  groups: readonly PlacementGroup[],
  spacing: number,
  seed: number,
): Map<string, Point> {
  const out = new Map<string, Point>();
  const occupied = new Occupied(spacing);
  const take = (id: string, p: Point) => {
    const at = round(p);
    out.set(id, at);
    occupied.add(at);
  };
  for (const g of groups) {
    const turn = seededRandom(seed ^ hashOf(g.key))() * 2 * Math.PI;
    // Past this radius the spiral has left the outline's box: no spot inside is left to find.
    const reach = g.shape ? farthestCorner(g.anchor, boxOf(g.shape)) + spacing : 0;
    const outside: Point[] = [];
    let k = 0;
    for (const id of g.members) {
      let spot: Point | undefined;
      while (!spot && g.shape && STEP * spacing * Math.sqrt(k) <= reach) {
        const p = spiralSpot(g.anchor, k++, turn, spacing);
        if (!occupied.free(p)) continue;
        if (contains(g.shape, p)) spot = p;
        else outside.push(p);
      }
      // The outline is full (or there is none): the nearest free spot passed by, else further out.
      while (!spot && outside.length > 0) {
        const p = outside.shift()!;
        if (occupied.free(p)) spot = p;
      }
      while (!spot) {
        const p = spiralSpot(g.anchor, k++, turn, spacing);
        if (occupied.free(p)) spot = p;
      }
      take(id, spot);
    }
  }
  return out;
}

function farthestCorner(p: Point, b: Box): number {
  return Math.max(
    Math.hypot(p.x - b.x1, p.y - b.y1),
    Math.hypot(p.x - b.x2, p.y - b.y1),
    Math.hypot(p.x - b.x1, p.y - b.y2),
    Math.hypot(p.x - b.x2, p.y - b.y2),
  );
}

/** The column of actors with no place on the map and the box drawn around it, in layout coordinates. */
export interface Aside {
  readonly positions: Map<string, Point>;
  readonly box: Box;
}

function boxAround(points: Iterable<Point>): Box | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 > x2 ? null : { x1, y1, x2, y2 };
}

/**
 * Ids in a column (or several: eight to a column, or a square block for a long list) beside the crowd `near` (the most crowded country's actors, where
 * the reader looks), two spacings to its right and centred on it, moved further right until no placed actor is
 * within a spacing of the column's box: the box is drawn over the map, so it must hide no actor.
 */
export function asideColumn(
  ids: readonly string[],
  near: Iterable<Point>,
  placed: Iterable<Point>,
  spacing: number,
): Aside | null {
  if (ids.length === 0) return null;
  const crowd = boxAround(near) ?? boxAround(placed) ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
  const others = [...placed];
  // Eight to a column; a long list makes a square block rather than a row across the map.
  const perColumn = Math.max(8, Math.ceil(Math.sqrt(ids.length)));
  const columns = Math.ceil(ids.length / perColumn);
  const rows = Math.min(perColumn, ids.length);
  const pad = spacing / 2;
  const top = (crowd.y1 + crowd.y2) / 2 - ((rows - 1) * spacing) / 2;
  const boxAt = (left: number): Box => ({
    x1: left - pad,
    y1: top - pad,
    x2: left + (columns - 1) * spacing + pad,
    y2: top + (rows - 1) * spacing + pad,
  });
  const clear = (b: Box) =>
    others.every(
      (p) => p.x < b.x1 - spacing || p.x > b.x2 + spacing || p.y < b.y1 - spacing || p.y > b.y2 + spacing,
    );
  let left = crowd.x2 + 2 * spacing;
  while (!clear(boxAt(left))) left += spacing;
  const positions = new Map<string, Point>();
  ids.forEach((id, i) => {
    positions.set(
      id,
      round({ x: left + Math.floor(i / perColumn) * spacing, y: top + (i % perColumn) * spacing }),
    );
  });
  return { positions, box: boxAt(left) };
}
