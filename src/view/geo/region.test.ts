// The map's frame: everything when it can be read, else the crowd around the middle, never pulled away by a
// far actor; checked against the zoom fitViewport gives for the frame chosen.
import { describe, expect, it } from 'vitest';
import { fitViewport, type FitBox, type Margin } from '../fit';
import { READABLE_ZOOM, regionPoints } from './region';

const margin: Margin = { left: 10, right: 10, top: 10, bottom: 10 };
const box: FitBox = { width: 800, height: 600, minZoom: 0.1, maxZoom: 4, padding: 30 };
const zoomOf = (ps: { x: number; y: number }[]) => fitViewport(ps, margin, box)!.zoom;

describe('regionPoints', () => {
  it('frames everything when everything can be read', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 1000, y: 500 },
    ];
    expect(regionPoints(pts, margin, box)).toEqual(pts);
  });

  it('leaves a far actor out and keeps the crowd readable', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      x: 5000 + (i % 4) * 120,
      y: 2000 + Math.floor(i / 4) * 120,
    }));
    const near = { x: 4200, y: 1800 };
    const far = { x: -4000, y: 2000 };
    const chosen = regionPoints([far, ...crowd, near], margin, box);
    expect(chosen).not.toContainEqual(far);
    expect(chosen).toEqual(expect.arrayContaining([...crowd, near]));
    expect(zoomOf(chosen)).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(zoomOf([far, ...crowd, near])).toBeLessThan(READABLE_ZOOM);
  });

  it('keeps at least one point, and none for none', () => {
    expect(regionPoints([], margin, box)).toEqual([]);
    expect(regionPoints([{ x: 0, y: 0 }], margin, box)).toHaveLength(1);
  });
});
