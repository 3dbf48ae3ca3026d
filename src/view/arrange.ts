// Deterministic arrangements for the layouts that are not force-directed, pure: concentric rings (the most
// connected actor in the middle, each ring holding as many actors as fit at a readable spacing) and groups laid
// out as sunflower spirals in a grid. Spacing leaves room for a label (about 110 px) between neighbours.
import type { Point } from '../state/viewState';

/** Distance kept between neighbours on a ring or in a spiral: a node and its label. */
export const SPACING = 115;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Ids in order of importance → positions on concentric rings; ring k has radius k·SPACING and holds ~2πk actors. */
export function rings(ids: readonly string[], spacing = SPACING): Map<string, Point> {
  const out = new Map<string, Point>();
  let i = 0;
  for (let ring = 0; i < ids.length; ring++) {
    const capacity = ring === 0 ? 1 : Math.floor((2 * Math.PI * ring * spacing) / spacing);
    const count = Math.min(capacity, ids.length - i);
    // Each ring starts a little further round, so spokes do not line up across rings.
    const offset = ring * 0.5;
    for (let k = 0; k < count; k++, i++) {
      const angle = offset + (2 * Math.PI * k) / count;
      out.set(ids[i]!, {
        x: Math.round(ring * spacing * Math.cos(angle)),
        y: Math.round(ring * spacing * Math.sin(angle)),
      });
    }
  }
  return out;
}

/** Offsets of n points in a sunflower spiral, the first at the centre, neighbours at least ~`spacing` apart. */
export function sunflower(n: number, spacing = SPACING): Point[] {
  return Array.from({ length: n }, (_, i) => {
    if (i === 0) return { x: 0, y: 0 };
    // r = c·√(i + 2): the shift keeps the innermost points as far from the centre as the spiral's points are apart.
    const r = SPIRAL * spacing * Math.sqrt(i + 2);
    return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
  });
}

const SPIRAL = 0.6;

/** Radius of a sunflower of n points. */
function sunflowerRadius(n: number, spacing: number): number {
  return n <= 1 ? 0 : SPIRAL * spacing * Math.sqrt(n + 1);
}

/**
 * Groups (each a list of ids in order of importance) as sunflowers in a grid of two columns, read left to right
 * and top to bottom, with a gap of one and a half spacings between neighbouring groups.
 */
export function groupGrid(groups: readonly (readonly string[])[], spacing = SPACING): Map<string, Point> {
  const out = new Map<string, Point>();
  const radii = groups.map((g) => sunflowerRadius(g.length, spacing));
  // Each column as wide, and each row as tall, as its largest group: small groups do not stretch the picture.
  const colR = [0, 1].map((c) => Math.max(0, ...radii.filter((_, i) => i % 2 === c)));
  const rowR = radii.reduce<number[]>((rows, r, i) => {
    const row = Math.floor(i / 2);
    rows[row] = Math.max(rows[row] ?? 0, r);
    return rows;
  }, []);
  const gap = 1.5 * spacing;
  const colX = [0, colR[0]! + gap + colR[1]!];
  const rowY = rowR.map((_, row) => rowR.slice(0, row).reduce((y, r, k) => y + r + gap + rowR[k + 1]!, 0));
  groups.forEach((ids, gi) => {
    const cx = colX[gi % 2]!;
    const cy = rowY[Math.floor(gi / 2)]!;
    sunflower(ids.length, spacing).forEach((p, i) => {
      out.set(ids[i]!, { x: Math.round(cx + p.x), y: Math.round(cy + p.y) });
    });
  });
  return out;
}
