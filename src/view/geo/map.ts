// The basemap of the geographic layout as the view and the figure draw it: each country's outline as SVG path
// data in layout coordinates (the coordinates node positions are in), the world's edge, and the box around the
// actors that have no place on the map. Made by the lazily loaded projection (project.ts) together with the
// positions, and kept per model here, so drawing it needs neither d3 nor the atlas in the first bundle.
import type { Model } from '../../model';
import type { Box } from './polygon';

export interface MapCountry {
  /** The outline's ISO 3166-1 numeric code, or its name when Natural Earth gives it none. */
  readonly id: string;
  /** Its ISO 3166-1 alpha-2 code, where the table knows one. */
  readonly alpha2: string | null;
  /** Natural Earth's short name. */
  readonly name: string;
  /** SVG path data, layout coordinates. */
  readonly d: string;
  readonly box: Box;
}

export interface GeoMap {
  readonly countries: readonly MapCountry[];
  /** The outline of the whole world in this projection. */
  readonly sphere: string;
  /** Around the column of actors with no place on the map; null when every actor has one. */
  readonly aside: Box | null;
  /** Countries named by actors that the map has no outline for, alpha-2, sorted (they stand in the column). */
  readonly unmapped: readonly string[];
}

/** What the column of actors with no place on the map is called on the map. */
export const ASIDE_TITLE = 'No place on the map';
/** Its size, layout pixels: it grows and shrinks with the map. */
export const ASIDE_TITLE_SIZE = 28;

const maps = new WeakMap<Model, GeoMap>();

export function keepGeoMap(model: Model, map: GeoMap): void {
  maps.set(model, map);
}

/** The model's basemap, once its geographic layout has been prepared. */
export function geoMapOf(model: Model): GeoMap | undefined {
  return maps.get(model);
}
