// Plane geometry against answers known in closed form: squares with and without a hole, where being inside,
// the distance to the border, the area and the deepest point are plain arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  areaOf,
  boxOf,
  contains,
  deepestPoint,
  edgeDistance,
  signedDistance,
  type Ring,
  type Shape,
} from './polygon';

const square = (x: number, y: number, side: number): Ring => [
  { x, y },
  { x: x + side, y },
  { x: x + side, y: y + side },
  { x, y: y + side },
];

/** A 100-wide square with a 20-wide hole in its middle, and an island far off. */
const HOLED: Shape = [square(0, 0, 100), square(40, 40, 20), square(300, 0, 10)];

/** Distance from p to the border of the square [x, x+s]², the oracle for points anywhere. */
function squareDistance(p: { x: number; y: number }, x: number, y: number, s: number): number {
  const inside = p.x > x && p.x < x + s && p.y > y && p.y < y + s;
  if (inside) return Math.min(p.x - x, x + s - p.x, p.y - y, y + s - p.y);
  const dx = Math.max(x - p.x, 0, p.x - (x + s));
  const dy = Math.max(y - p.y, 0, p.y - (y + s));
  return Math.hypot(dx, dy);
}

describe('contains and the distance to the border', () => {
  it.each([
    [{ x: 10, y: 10 }, true],
    [{ x: 50, y: 50 }, false], // in the hole
    [{ x: 35, y: 50 }, true],
    [{ x: 305, y: 5 }, true], // on the island
    [{ x: 150, y: 50 }, false],
    [{ x: -1, y: 50 }, false],
  ])('reads %o as inside: %s', (p, inside) => {
    expect(contains(HOLED, p)).toBe(inside);
    expect(signedDistance(HOLED, p) > 0).toBe(inside);
  });

  it('agrees with the closed form for a square, anywhere', () => {
    const shape = [square(-50, -50, 100)];
    fc.assert(
      fc.property(
        fc.double({ min: -200, max: 200, noNaN: true }),
        fc.double({ min: -200, max: 200, noNaN: true }),
        (x, y) => {
          const p = { x, y };
          const d = squareDistance(p, -50, -50, 100);
          fc.pre(d > 1e-6);
          expect(contains(shape, p)).toBe(Math.abs(x) < 50 && Math.abs(y) < 50);
          expect(edgeDistance(shape, p)).toBeCloseTo(d, 6);
        },
      ),
    );
  });

  it('stops early only below the distance asked beyond', () => {
    const shape = [square(0, 0, 100)];
    expect(edgeDistance(shape, { x: 30, y: 50 }, 10)).toBeCloseTo(30, 9);
    expect(edgeDistance(shape, { x: 5, y: 50 }, 10)).toBeLessThanOrEqual(10);
  });
});

describe('area and box', () => {
  it('subtracts a hole and adds an island', () => {
    expect(areaOf(HOLED)).toBeCloseTo(100 * 100 - 20 * 20 + 10 * 10, 9);
    expect(boxOf(HOLED)).toEqual({ x1: 0, y1: 0, x2: 310, y2: 100 });
  });
});

describe('deepestPoint', () => {
  it('finds the middle of a square, within a grid step', () => {
    const p = deepestPoint([square(0, 0, 100)])!;
    expect(p.x).toBeCloseTo(50, 0);
    expect(p.y).toBeCloseTo(50, 0);
  });

  it('stays inside and clear of the hole', () => {
    const p = deepestPoint(HOLED)!;
    expect(contains(HOLED, p)).toBe(true);
    // The best spots lie in the ring between the hole and the outer edge: about 20 from both.
    expect(edgeDistance(HOLED, p)).toBeGreaterThan(18);
  });

  it('finds a small island that a coarse grid over a wide box would miss', () => {
    const islands: Shape = [square(0, 0, 3), square(1000, 1000, 2)];
    const p = deepestPoint(islands)!;
    expect(contains(islands, p)).toBe(true);
  });

  it('answers null for nothing', () => {
    expect(deepestPoint([])).toBeNull();
  });
});
