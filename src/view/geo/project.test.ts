// The map layout on the bundled dataset and on small made-up ones: Pakistan's actors east of Afghanistan's, every
// actor with a country inside its outline as drawn (or within half a spacing of it), the actors with no place on
// the map in the column beside the crowd, coordinates winning over the country, and the same picture every time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel, type Model } from '../../model';
import { assertDataset } from '../../model/dataset/validate';
import type { Dataset } from '../../model/dataset/schema';
import { FIXTURE } from '../../model/dataset/test-fixture';
import type { Point } from '../../state/viewState';
import { SPACING } from '../arrange';
import { LAYOUT_SEED, layoutGraph } from '../layout';
import type { GeoMap } from './map';
import { geoPlacesOf } from './places';
import { contains, edgeDistance, type Shape } from './polygon';
import { geoLayout } from './project';

const AF_PAK = assertDataset(
  JSON.parse(readFileSync(new URL('../../../graph-data/af-pak.json', import.meta.url), 'utf8')),
);

function layOut(model: Model) {
  return geoLayout(geoPlacesOf(model, layoutGraph(model)), SPACING, LAYOUT_SEED);
}

/** The outline of a country as the basemap draws it: its path data read back into rings. */
function outline(map: GeoMap, alpha2: string): Shape {
  const country = map.countries.find((c) => c.alpha2 === alpha2);
  if (!country) throw new Error(`no outline for ${alpha2}`);
  return country.d
    .split('Z')
    .filter(Boolean)
    .map((ring) =>
      ring
        .slice(1)
        .split('L')
        .map((xy) => {
          const [x, y] = xy.split(',').map(Number);
          return { x: x!, y: y! };
        }),
    );
}

const mean = (ps: Point[]) => ps.reduce((s, p) => s + p.x, 0) / ps.length;

describe('the map layout of the bundled dataset', () => {
  const model = buildModel(AF_PAK);
  const { byPlace, map } = layOut(model);
  const places = geoPlacesOf(model, layoutGraph(model));
  const of = (country: string) => places.filter((p) => p.country === country).map((p) => byPlace.get(p.id)!);

  it('puts Pakistan east of Afghanistan, actor by actor and on average', () => {
    const pk = of('PK');
    const af = of('AF');
    expect(pk.length).toBeGreaterThanOrEqual(8);
    expect(af.length).toBeGreaterThanOrEqual(2);
    expect(mean(pk)).toBeGreaterThan(mean(af));
    // The easternmost Afghan actor stands west of Pakistan's own place.
    expect(Math.max(...af.map((p) => p.x))).toBeLessThan(byPlace.get('pakistan')!.x + SPACING);
  });

  it('puts every actor with a country inside its outline, or within half a spacing of it', () => {
    const misses: string[] = [];
    for (const p of places) {
      if (!p.country) continue;
      const at = byPlace.get(p.id)!;
      const shape = outline(map, p.country);
      if (!contains(shape, at) && edgeDistance(shape, at) > SPACING / 2)
        misses.push(`${p.id} (${p.country})`);
    }
    expect(misses).toEqual([]);
    // The two crowded countries hold every one of their actors inside.
    for (const code of ['PK', 'AF'])
      for (const at of of(code)) expect(contains(outline(map, code), at), code).toBe(true);
  });

  it('stands the actors with no country in the box beside the crowd, clear of everyone else', () => {
    const aside = places.filter((p) => !p.country);
    expect(aside.map((p) => p.id)).toEqual(expect.arrayContaining(['united-nations', 'eu', 'al-qaeda']));
    const box = map.aside!;
    const inBox = (q: Point) => q.x >= box.x1 && q.x <= box.x2 && q.y >= box.y1 && q.y <= box.y2;
    for (const p of aside) expect(inBox(byPlace.get(p.id)!), p.id).toBe(true);
    for (const p of places) if (p.country) expect(inBox(byPlace.get(p.id)!), p.id).toBe(false);
    // Beside Pakistan's crowd, to its right.
    expect(box.x1).toBeGreaterThan(Math.max(...of('PK').map((q) => q.x)));
    expect(map.unmapped).toEqual([]);
  });

  it('keeps every two actors a spacing apart', () => {
    const pts = [...byPlace.values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++)
        expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThanOrEqual(SPACING - 1);
  });

  it('is the same picture every time', () => {
    const again = layOut(buildModel(AF_PAK));
    expect(again.byPlace).toEqual(byPlace);
    expect(again.map.countries.map((c) => c.d)).toEqual(map.countries.map((c) => c.d));
  });

  it('draws every country of the atlas, keyed by its ISO codes', () => {
    expect(map.countries.length).toBeGreaterThan(200);
    expect(map.countries.find((c) => c.alpha2 === 'PK')?.name).toBe('Pakistan');
    expect(map.sphere.startsWith('M')).toBe(true);
  });
});

const note = [{ source: 'note', quote: 'A passage that stands in for a quote in tests.' }];
const actor = (id: string, extra: object) => ({
  id,
  label: id,
  kind: 'state' as const,
  description: 'x',
  ...extra,
});

describe('coordinates and unknown countries', () => {
  const dataset: Dataset = {
    ...FIXTURE,
    actors: [
      // Lahore (east) and Quetta (west), both in Pakistan: their own coordinates win over the country's middle.
      actor('lahore-group', { country: 'PK', attributes: { lat: 31.55, lon: 74.34 } }),
      actor('quetta-group', { country: 'PK', attributes: { lat: '30.18', lon: '66.99' } }),
      actor('somewhere', { country: 'ZZ' }),
      actor('bad-coordinates', { attributes: { lat: 123, lon: 10 } }),
      actor('kabul', { country: 'AF' }),
    ],
    relations: [
      {
        id: 'r1',
        type: 'talks',
        source: 'lahore-group',
        target: 'kabul',
        when: '2020',
        summary: 's',
        status: 'reported',
        evidence: note,
      },
    ],
  };
  const model = buildModel(assertDataset(dataset));
  const { byPlace, map } = layOut(model);

  it('places an actor at its own coordinates, inside its country', () => {
    const lahore = byPlace.get('lahore-group')!;
    const quetta = byPlace.get('quetta-group')!;
    expect(lahore.x).toBeGreaterThan(quetta.x + SPACING);
    expect(contains(outline(map, 'PK'), lahore)).toBe(true);
    expect(contains(outline(map, 'PK'), quetta)).toBe(true);
  });

  it('puts a code the map does not know, and coordinates out of range, in the column, and names the code', () => {
    const box = map.aside!;
    for (const id of ['somewhere', 'bad-coordinates']) {
      const p = byPlace.get(id)!;
      expect(p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2, id).toBe(true);
    }
    expect(map.unmapped).toEqual(['ZZ']);
  });
});
