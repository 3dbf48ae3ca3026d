// Placement against brute force: no two actors nearer than the spacing (checked pair by pair), every actor inside
// its outline while there is room, the overflow of a small country close around it, the column clear of
// everyone, and the same spots for the same groups.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../state/viewState';
import { asideColumn, spreadGroups, type PlacementGroup } from './placement';
import { contains, edgeDistance, type Ring } from './polygon';

const square = (x: number, y: number, side: number): Ring => [
  { x, y },
  { x: x + side, y },
  { x: x + side, y: y + side },
  { x, y: y + side },
];
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

function minDistance(points: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      min = Math.min(min, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
  return min;
}

describe('spreadGroups', () => {
  it('keeps every two actors a spacing apart, across groups, whatever the groups', () => {
    const group = fc.record({
      key: fc.string({ minLength: 1, maxLength: 4 }),
      anchor: fc.record({ x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) }),
      size: fc.integer({ min: 1, max: 12 }),
      side: fc.option(fc.integer({ min: 20, max: 800 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 5 }), fc.integer(), (gs, seed) => {
        const groups: PlacementGroup[] = gs.map((g, i) => ({
          key: g.key,
          anchor: g.anchor,
          shape: g.side === null ? null : [square(g.anchor.x - g.side / 2, g.anchor.y - g.side / 2, g.side)],
          members: ids(`g${i}-`, g.size),
        }));
        const placed = spreadGroups(groups, 100, seed);
        expect(placed.size).toBe(gs.reduce((n, g) => n + g.size, 0));
        // Spots are rounded to whole pixels: a hair under the spacing at worst.
        expect(minDistance([...placed.values()])).toBeGreaterThanOrEqual(100 - 1.5);
        expect(spreadGroups(groups, 100, seed)).toEqual(placed);
      }),
      { numRuns: 60 },
    );
  });

  it('puts every member inside a country with room for them, the first at the anchor', () => {
    const shape = [square(0, 0, 1000)];
    const placed = spreadGroups(
      [{ key: 'big', anchor: { x: 500, y: 500 }, shape, members: ids('a', 20) }],
      100,
      1,
    );
    expect(placed.get('a0')).toEqual({ x: 500, y: 500 });
    for (const p of placed.values()) expect(contains(shape, p)).toBe(true);
  });

  it('stands the crowd of a small country just around it', () => {
    const shape = [square(0, 0, 60)];
    const placed = spreadGroups(
      [{ key: 'small', anchor: { x: 30, y: 30 }, shape, members: ids('s', 7) }],
      100,
      1,
    );
    const pts = [...placed.values()];
    expect(pts.filter((p) => contains(shape, p))).toHaveLength(1);
    // Seven spots at least 100 apart fit within about two spacings of the outline.
    for (const p of pts) expect(contains(shape, p) || edgeDistance(shape, p) < 220).toBe(true);
  });

  it('turns each group’s spiral by its seed, and only the seed', () => {
    const group = { key: 'k', anchor: { x: 0, y: 0 }, shape: null, members: ids('m', 5) };
    expect(spreadGroups([group], 100, 7)).toEqual(spreadGroups([group], 100, 7));
    expect(spreadGroups([group], 100, 7)).not.toEqual(spreadGroups([group], 100, 8));
  });
});

describe('asideColumn', () => {
  it('stands beside the crowd, to its right, in columns of eight, clear of every actor', () => {
    const crowd = [
      { x: 0, y: 0 },
      { x: 200, y: 100 },
    ];
    // An actor right where the column would first go pushes it further right.
    const others = [...crowd, { x: 450, y: 50 }];
    const column = asideColumn(ids('o', 10), crowd, others, 100)!;
    const pts = [...column.positions.values()];
    expect(pts).toHaveLength(10);
    expect(new Set(pts.map((p) => p.x)).size).toBe(2);
    expect(Math.min(...pts.map((p) => p.x))).toBeGreaterThan(450);
    for (const o of others)
      expect(
        o.x < column.box.x1 - 100 || o.x > column.box.x2 + 100 || o.y < column.box.y1 || o.y > column.box.y2,
      ).toBe(true);
    for (const p of pts)
      expect(p.x > column.box.x1 && p.x < column.box.x2 && p.y > column.box.y1 && p.y < column.box.y2).toBe(
        true,
      );
  });

  it('makes a square block of a long list, not a row across the map', () => {
    const column = asideColumn(ids('o', 400), [{ x: 0, y: 0 }], [{ x: 0, y: 0 }], 100)!;
    const xs = new Set([...column.positions.values()].map((p) => p.x));
    const ys = new Set([...column.positions.values()].map((p) => p.y));
    expect([xs.size, ys.size]).toEqual([20, 20]);
  });

  it('is nothing when every actor has a place', () => {
    expect(asideColumn([], [], [], 100)).toBeNull();
  });
});
