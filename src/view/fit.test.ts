// Tests of the fit: every point with its margin lands inside the canvas less its padding, centred, within the zoom
// limits; the measured margin is the farthest reach of any node's box.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitViewport, measuredMargin, PLACE_MARGIN } from './fit';

const box = { width: 800, height: 500, minZoom: 0.1, maxZoom: 4, padding: 30 };

describe('fitViewport', () => {
  it('is null with no point', () => {
    expect(fitViewport([], PLACE_MARGIN, box)).toBeNull();
  });

  it('frames every point and its margin inside the padded canvas', () => {
    const point = fc.record({
      x: fc.integer({ min: -5000, max: 5000 }),
      y: fc.integer({ min: -5000, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 40 }), (points) => {
        const v = fitViewport(points, PLACE_MARGIN, box)!;
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        const spreadX = Math.max(...xs) - Math.min(...xs) + 24;
        const spreadY = Math.max(...ys) - Math.min(...ys) + 42;
        // Within the zoom limits the whole frame fits; only the minimum zoom may leave it larger than the canvas.
        if (v.zoom > box.minZoom) {
          for (const p of points) {
            const x = p.x * v.zoom + v.pan.x;
            const y = p.y * v.zoom + v.pan.y;
            expect(x - 12 * v.zoom).toBeGreaterThanOrEqual(box.padding - 1e-6);
            expect(x + 12 * v.zoom).toBeLessThanOrEqual(box.width - box.padding + 1e-6);
            expect(y - 12 * v.zoom).toBeGreaterThanOrEqual(box.padding - 1e-6);
            expect(y + 30 * v.zoom).toBeLessThanOrEqual(box.height - box.padding + 1e-6);
          }
          // And it is as large as it can be: one side of the frame touches the padding.
          const used = Math.max(
            (spreadX * v.zoom) / (box.width - 60),
            (spreadY * v.zoom) / (box.height - 60),
          );
          if (v.zoom < box.maxZoom) expect(used).toBeCloseTo(1, 6);
        }
      }),
    );
  });
});

describe('measuredMargin', () => {
  it('takes the farthest reach on each side', () => {
    const m = measuredMargin([
      { at: { x: 0, y: 0 }, x1: -10, y1: -8, x2: 40, y2: 20 },
      { at: { x: 100, y: 50 }, x1: 70, y1: 40, x2: 110, y2: 90 },
    ]);
    expect(m).toEqual({ left: 30, right: 40, top: 10, bottom: 40 });
  });
  it('falls back to a place margin when nothing is drawn', () => {
    expect(measuredMargin([])).toBe(PLACE_MARGIN);
  });
});
