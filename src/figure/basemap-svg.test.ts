// The basemap in a figure: under the graph, in the picture's pixels (layout point · zoom + pan), only the
// countries reaching into the crop, clipped with the picture; and absent from figures of other layouts.
import { describe, expect, it } from 'vitest';
import { THEME_COLOURS } from '../look/look';
import { allElements, parseXml } from '../io/xml/tree';
import type { GeoMap } from '../view/geo/map';
import { basemapSvg } from './basemap-svg';
import { composeFigure } from './compose';
import { fixtureInput } from './figure-fixture';

const MAP: GeoMap = {
  countries: [
    {
      id: '586',
      alpha2: 'PK',
      name: 'Pakistan',
      d: 'M0,0L100,0L100,100Z',
      box: { x1: 0, y1: 0, x2: 100, y2: 100 },
    },
    {
      id: '840',
      alpha2: 'US',
      name: 'United States',
      d: 'M-5000,0L-4900,0L-4900,100Z',
      box: { x1: -5000, y1: 0, x2: -4900, y2: 100 },
    },
  ],
  sphere: 'M-6000,-3000L6000,-3000L6000,3000L-6000,3000Z',
  aside: { x1: 300, y1: 0, x2: 400, y2: 200 },
  unmapped: [],
};
const colours = THEME_COLOURS.light.map;

describe('basemapSvg', () => {
  const viewport = { zoom: 0.5, pan: { x: 40, y: 20 } };
  const markup = basemapSvg(MAP, viewport, { x: 0, y: 0, width: 400, height: 300 }, colours);
  const root = parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`);
  const paths = allElements(root).filter((e) => e.name === 'path');

  it('moves layout coordinates where the viewport draws them', () => {
    const g = allElements(root).find((e) => e.name === 'g')!;
    expect(g.attributes.get('transform')).toBe('translate(40 20) scale(0.5)');
  });

  it('writes the sea and the countries in the crop, not the others', () => {
    expect(paths.map((p) => p.attributes.get('data-country') ?? 'sea')).toEqual(['sea', 'PK']);
    expect(paths[0]!.attributes.get('fill')).toBe(colours.sea);
  });

  it('draws the box of actors with no place on the map, titled', () => {
    expect(allElements(root).some((e) => e.name === 'rect')).toBe(true);
    expect(allElements(root).find((e) => e.name === 'text')?.text).toBe('No place on the map');
  });
});

describe('composeFigure with an underlay', () => {
  it('puts it inside the graph picture, under the drawing', () => {
    const figure = composeFigure({ ...fixtureInput('2026-02-27'), graphUnderlay: '<g class="basemap"/>' });
    const nested = allElements(parseXml(figure.svg)).filter((e) => e.name === 'svg')[1]!;
    expect(nested.children[0]).toMatchObject({ name: 'g' });
    expect(figure.svg.indexOf('class="basemap"')).toBeLessThan(figure.svg.indexOf('>Alpha<'));
  });
});
