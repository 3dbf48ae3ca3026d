// The map's central meridian, pure: the world is cut open at the meridian opposite it, and that cut should run
// through the widest stretch of longitude holding no actor, so no cluster is torn across the map's two edges. The
// familiar cut through the Pacific (centre 0°) is kept whenever it falls in that stretch.

/** Longitude in [-180, 180). */
function normal(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** The longitude to centre the map on, whole degrees, for actors at these longitudes. */
export function centralMeridian(lons: readonly number[]): number {
  const sorted = [...new Set(lons.map(normal))].sort((a, b) => a - b);
  if (sorted.length < 2) return 0;
  let widest = { from: 0, gap: -1 };
  sorted.forEach((lon, i) => {
    const next = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    if (next - lon > widest.gap) widest = { from: lon, gap: next - lon };
  });
  // 180° lies in the gap when it is between its ends, read eastwards from `from`.
  const toDateLine = (((180 - widest.from) % 360) + 360) % 360;
  if (toDateLine > 0 && toDateLine < widest.gap) return 0;
  const cut = widest.from + widest.gap / 2;
  return Math.round(normal(cut + 180));
}
