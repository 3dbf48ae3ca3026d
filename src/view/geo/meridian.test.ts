// The map's centre: the familiar Pacific cut when it runs through empty longitudes, else a cut through the
// widest empty stretch (checked against a brute-force reading of the gaps between actors).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centralMeridian } from './meridian';

describe('centralMeridian', () => {
  it.each([
    ['no actor', [], 0],
    ['one actor', [70], 0],
    // Washington to Beijing: the widest empty stretch is the Pacific, where the usual map is cut.
    ['the bundled dataset’s spread', [-98, 35, 45, 51, 66, 70, 79, 100, 104], 0],
    // Japan, Australia, Hawaii and California: cut through the Atlantic and Africa instead.
    ['a Pacific crowd', [139, 134, -157, -120], -173],
    // Both sides of the date line: the map is centred on it.
    ['both sides of the date line', [170, 175, -175, -170], -180],
  ])('%s', (_what, lons, centre) => {
    expect(centralMeridian(lons)).toBe(centre);
  });

  it('cuts the map inside the widest stretch with no actor', () => {
    const lon = fc.integer({ min: -180, max: 179 });
    fc.assert(
      fc.property(fc.uniqueArray(lon, { minLength: 2, maxLength: 12 }), (lons) => {
        const sorted = [...lons].sort((a, b) => a - b);
        const gaps = sorted.map((l, i) => ({
          from: l,
          to: i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360,
        }));
        const widest = Math.max(...gaps.map((g) => g.to - g.from));
        const cut = centralMeridian(lons) + 180;
        // The gap the cut falls in (read eastwards, modulo a turn) is one of the widest.
        const holding = gaps.find((g) => {
          const east = (((cut - g.from) % 360) + 360) % 360;
          return east > 0 && east < g.to - g.from;
        });
        expect(holding).toBeDefined();
        expect(holding!.to - holding!.from).toBe(widest);
      }),
    );
  });
});
