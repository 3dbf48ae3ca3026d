// What the map layout reads from the dataset: coordinates in range, as numbers or text, else nothing; the country
// of a place; successive records of one party as one place.
import { describe, expect, it } from 'vitest';
import { buildModel, type ActorRecord } from '../../model';
import type { Dataset } from '../../model/dataset/schema';
import { FIXTURE } from '../../model/dataset/test-fixture';
import { layoutGraph } from '../layout';
import { coordinatesOf, geoPlacesOf } from './places';

const record = (attributes: Record<string, string | number | boolean | null>): ActorRecord => ({
  id: 'a',
  actor: { id: 'a', label: 'A', kind: 'state', description: 'x', attributes },
  span: null,
});

describe('coordinatesOf', () => {
  it.each([
    [
      { lat: 33.7, lon: 73.1 },
      { lat: 33.7, lon: 73.1 },
    ],
    [
      { lat: '33.7', lon: ' 73.1 ' },
      { lat: 33.7, lon: 73.1 },
    ],
    [
      { lat: -90, lon: 180 },
      { lat: -90, lon: 180 },
    ],
    [{ lat: 91, lon: 10 }, null],
    [{ lat: 10, lon: -181 }, null],
    [{ lat: 10 }, null],
    [{ lat: '', lon: '' }, null],
    [{ lat: 'north', lon: 5 }, null],
    [{ lat: true, lon: 5 }, null],
    [{ lat: null, lon: 5 }, null],
  ])('reads %o as %o', (attributes, expected) => {
    expect(coordinatesOf(record(attributes))).toEqual(expected);
  });
});

describe('geoPlacesOf', () => {
  const dataset: Dataset = {
    ...FIXTURE,
    actors: [
      ...FIXTURE.actors,
      { id: 'front', label: 'Front', kind: 'armed-group', description: 'x', when: '1994/2021-08-15' },
      {
        id: 'front-government',
        label: 'Front government',
        kind: 'state',
        description: 'x',
        aliases: ['Front'],
        country: 'AF',
        when: '2021-08-15/..',
      },
    ],
  };
  const model = buildModel(dataset);
  const places = geoPlacesOf(model, layoutGraph(model));

  it('gives one place per party, with the first country any of its records names', () => {
    expect(places.map((p) => p.id)).not.toContain('front-government');
    expect(places.find((p) => p.id === 'front')).toMatchObject({ country: 'AF', at: null });
    expect(places).toHaveLength(FIXTURE.actors.length + 1);
  });
});
