// The map layout's basemap in an exported figure, pure: the same countries the explorer draws under the graph,
// as vector paths in the graph picture's own coordinates (the viewport's pixels: layout point · zoom + pan), so
// they sit exactly under the nodes. Only the countries that reach into the crop are written, and the picture's
// nested <svg> clips them to it, so a figure of one region does not carry the whole world.
import { escapeXml } from '../io/xml';
import type { MapColours } from '../look/look';
import type { Viewport } from '../view/fit';
import { ASIDE_TITLE, ASIDE_TITLE_SIZE, type GeoMap } from '../view/geo/map';
import { round, type Region } from './graph-svg';

/** Border width on the figure, px: the hairline the explorer draws at any zoom. */
const BORDER = 0.75;

/** The basemap as SVG markup to go under the graph picture cropped to `crop` (viewport pixels). */
export function basemapSvg(map: GeoMap, viewport: Viewport, crop: Region, colours: MapColours): string {
  const { zoom, pan } = viewport;
  const x1 = (crop.x - pan.x) / zoom;
  const y1 = (crop.y - pan.y) / zoom;
  const x2 = (crop.x + crop.width - pan.x) / zoom;
  const y2 = (crop.y + crop.height - pan.y) / zoom;
  const countries = map.countries
    .filter((c) => c.box.x2 >= x1 && c.box.x1 <= x2 && c.box.y2 >= y1 && c.box.y1 <= y2)
    .map((c) => `<path d="${c.d}"${c.alpha2 ? ` data-country="${escapeXml(c.alpha2)}"` : ''}/>`);
  const a = map.aside;
  const aside = a
    ? `<rect x="${round(a.x1)}" y="${round(a.y1)}" width="${round(a.x2 - a.x1)}" height="${round(a.y2 - a.y1)}" rx="12" fill="${colours.asideFill}" stroke="${colours.border}" stroke-width="${round(1 / zoom)}"/>` +
      `<text x="${round(a.x1)}" y="${round(a.y1 - ASIDE_TITLE_SIZE / 2)}" font-size="${ASIDE_TITLE_SIZE}" fill="${colours.asideText}">${escapeXml(ASIDE_TITLE)}</text>`
    : '';
  return [
    `<g class="basemap" transform="translate(${round(pan.x)} ${round(pan.y)}) scale(${zoom})">`,
    `<path class="basemap-sea" d="${map.sphere}" fill="${colours.sea}"/>`,
    `<g fill="${colours.land}" stroke="${colours.border}" stroke-width="${round(BORDER / zoom)}" stroke-linejoin="round">`,
    ...countries,
    '</g>',
    aside,
    '</g>',
  ].join('');
}
