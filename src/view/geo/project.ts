// The geographic layout's heavy half, loaded only when the map is first chosen (a dynamic import: d3-geo,
// topojson-client and Natural Earth's 1:50m countries stay out of the first bundle). Projects the countries with
// the Natural Earth projection, centred so no cluster of actors is cut by the map's edge and scaled so the most
// crowded country holds its actors at a readable spacing; then places every actor (placement.ts) and writes the
// basemap's paths in the same coordinates. Deterministic: the same places always give the same picture.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { geoCentroid, geoNaturalEarth1, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import atlasJson from 'world-atlas/countries-50m.json';
import type { Point } from '../../state/viewState';
import { ALPHA2_OF, NAMED_OUTLINES } from './countries';
import type { GeoMap, MapCountry } from './map';
import { centralMeridian } from './meridian';
import { asideColumn, spreadGroups, type PlacementGroup } from './placement';
import { areaOf, boxOf, contains, deepestPoint, type Shape } from './polygon';

/** One place of the layout graph, with what the dataset says about where it is. */
export interface GeoPlace {
  readonly id: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string | null;
  /** Its own coordinates, degrees, when the dataset gives them: they win over the country. */
  readonly at: { readonly lon: number; readonly lat: number } | null;
  /** Distinct neighbours: the most connected stand nearest their country's middle. */
  readonly degree: number;
}

export interface GeoLayout {
  /** Place id → position, layout coordinates. */
  readonly byPlace: Map<string, Point>;
  readonly map: GeoMap;
}

/** The atlas is bundled data, but its shape is still checked before anything relies on it. */
export class AtlasError extends Error {
  override readonly name = 'AtlasError';
}

/** The scale countries are first projected at; the final scale is a multiple of it. */
const REF = 1000;
/** Room a country gives each of its actors, in spacings squared: a sunflower of n spots fills about 1.3 n. */
const FILL = 1.6;
/** The world's width in layout pixels: at least (countries of one actor each keep apart), at most (a crowded
 * small country cannot blow the map up without bound; its crowd then stands around it). */
const WORLD_WIDTH = { min: 8_000, max: 40_000 };

interface Outline {
  readonly id: string;
  readonly alpha2: string | null;
  readonly name: string;
  readonly feature: Feature<Geometry, { name: string }>;
}

let outlinesCache: readonly Outline[] | undefined;

function outlines(): readonly Outline[] {
  if (outlinesCache) return outlinesCache;
  const topology = atlasJson as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  if (topology?.type !== 'Topology' || topology.objects?.countries?.type !== 'GeometryCollection')
    throw new AtlasError('The bundled world atlas (world-atlas/countries-50m.json) has no countries.');
  const byName = new Map([...NAMED_OUTLINES].map(([code, name]) => [name, code]));
  const collection = feature(topology, topology.objects.countries);
  outlinesCache = collection.features.map((f) => {
    const name = f.properties.name;
    const numeric = f.id === undefined ? null : String(f.id);
    return {
      id: numeric ?? name,
      alpha2: numeric ? (ALPHA2_OF.get(numeric) ?? null) : (byName.get(name) ?? null),
      name,
      feature: f,
    };
  });
  return outlinesCache;
}

/** Collects what geoPath draws as rings of points. */
class RingCollector implements GeoContext {
  readonly rings: Point[][] = [];
  private current: Point[] | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.current = [{ x, y }];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push({ x, y });
  }
  closePath(): void {
    this.current = null;
  }
  arc(): void {}
}

function project(
  path: (o: GeoPermissibleObjects) => void,
  collector: RingCollector,
  o: GeoPermissibleObjects,
) {
  collector.rings.length = 0;
  path(o);
  return collector.rings.filter((r) => r.length > 2).map((r) => [...r]);
}

const scaled = (shape: Shape, f: number): Shape =>
  shape.map((ring) => ring.map((p) => ({ x: p.x * f, y: p.y * f })));

/** SVG path data of a shape scaled by f, to a tenth of a pixel, consecutive repeats dropped. */
function pathData(shape: Shape, f: number): string {
  let out = '';
  for (const ring of shape) {
    let [lx, ly] = [NaN, NaN];
    for (let i = 0; i < ring.length; i++) {
      const x = Math.round(ring[i]!.x * f * 10) / 10;
      const y = Math.round(ring[i]!.y * f * 10) / 10;
      if (x === lx && y === ly) continue;
      out += `${i === 0 ? 'M' : 'L'}${x},${y}`;
      [lx, ly] = [x, y];
    }
    out += 'Z';
  }
  return out;
}

function byImportance(places: readonly GeoPlace[]): string[] {
  return [...places].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id)).map((p) => p.id);
}

/** Positions of every place and the basemap, `spacing` apart at least (layout pixels), seeded by `seed`. */
export function geoLayout(places: readonly GeoPlace[], spacing: number, seed: number): GeoLayout {
  const all = outlines();
  const byCode = new Map(all.filter((o) => o.alpha2).map((o) => [o.alpha2!, o]));
  const located = places.filter((p) => p.at !== null);
  const inCountry = places.filter((p) => p.at === null && p.country !== null && byCode.has(p.country));
  const aside = places.filter((p) => p.at === null && !(p.country !== null && byCode.has(p.country)));
  const unmapped = [...new Set(aside.flatMap((p) => (p.country ? [p.country] : [])))].sort();

  const countries = [...new Set(inCountry.map((p) => p.country!))].sort();
  const centre = centralMeridian([
    ...located.map((p) => p.at!.lon),
    ...countries.map((c) => geoCentroid(byCode.get(c)!.feature)[0]),
  ]);
  const projection = geoNaturalEarth1().rotate([-centre, 0]).scale(REF).translate([0, 0]);
  const collector = new RingCollector();
  // The atlas's points lie a few kilometres apart: straight lines between them need no adaptive resampling,
  // which would cost more than all the rest. The world's edge has no points of its own and keeps it.
  const draw = (o: GeoPermissibleObjects) => project(geoPath(projection, collector), collector, o);
  const sphereRef = draw({ type: 'Sphere' });
  projection.precision(0);
  const shapesRef = new Map(all.map((o) => [o, draw(o.feature)]));
  const world = boxOf(sphereRef);

  // The most crowded country (by room per actor) sets the scale, within the world's bounds.
  let f = WORLD_WIDTH.min / (world.x2 - world.x1);
  for (const c of countries) {
    const n = inCountry.filter((p) => p.country === c).length;
    const area = areaOf(shapesRef.get(byCode.get(c)!)!);
    if (n >= 2 && area > 0) f = Math.max(f, Math.sqrt((n * FILL * spacing * spacing) / area));
  }
  f = Math.min(f, WORLD_WIDTH.max / (world.x2 - world.x1));

  const shapeOf = new Map<string, Shape>();
  const shape = (code: string) => {
    let s = shapeOf.get(code);
    if (!s) shapeOf.set(code, (s = scaled(shapesRef.get(byCode.get(code)!)!, f)));
    return s;
  };
  const groups: PlacementGroup[] = [];
  for (const p of [...located].sort((a, b) => a.id.localeCompare(b.id))) {
    const [x, y] = projection([p.at!.lon, p.at!.lat]) ?? [0, 0];
    const anchor = { x: x * f, y: y * f };
    const own = p.country && byCode.has(p.country) ? shape(p.country) : null;
    groups.push({ key: p.id, anchor, shape: own && contains(own, anchor) ? own : null, members: [p.id] });
  }
  const crowds = countries
    .map((c) => ({ c, members: byImportance(inCountry.filter((p) => p.country === c)) }))
    .sort((a, b) => b.members.length - a.members.length || a.c.localeCompare(b.c));
  for (const { c, members } of crowds) {
    const s = shape(c);
    const [x, y] = projection(geoCentroid(byCode.get(c)!.feature)) ?? [0, 0];
    groups.push({ key: c, anchor: deepestPoint(s) ?? { x: x * f, y: y * f }, shape: s, members });
  }
  const byPlace = spreadGroups(groups, spacing, seed);
  const crowd = crowds[0]?.members.map((id) => byPlace.get(id)!) ?? [];
  const column = asideColumn(byImportance(aside), crowd, byPlace.values(), spacing);
  column?.positions.forEach((p, id) => byPlace.set(id, p));

  const mapCountries: MapCountry[] = all.map((o) => {
    const s = shapesRef.get(o)!;
    const b = boxOf(s);
    const box = { x1: b.x1 * f, y1: b.y1 * f, x2: b.x2 * f, y2: b.y2 * f };
    return { id: o.id, alpha2: o.alpha2, name: o.name, d: pathData(s, f), box };
  });
  return {
    byPlace,
    map: {
      countries: mapCountries,
      sphere: pathData(sphereRef, f),
      aside: column?.box ?? null,
      unmapped,
    },
  };
}
