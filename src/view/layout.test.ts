// Layouts are deterministic, place every actor, keep successive records of one party in one place, and group
// by kind when asked.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset/schema';
import { buildModel } from '../model';
import { LAYOUTS, type LayoutName } from '../state/viewState';
import { FIXTURE, ringDataset } from '../model/dataset/test-fixture';
import { rings, sunflower } from './arrange';
import {
  LAYOUT_VERSION,
  LayoutNotReadyError,
  PROOF_PLACES,
  SUCCESSOR_OFFSET,
  forcePlaces,
  hasPositions,
  layoutGraph,
  layoutKey,
  layoutPositions,
  seedForcePositions,
} from './layout';
import { placeGroups } from './successors';
import { preparePositions } from './positions';

const ev = [{ source: 'note', quote: 'A passage that stands in for a quote in tests.' }];
const WITH_SUCCESSOR: Dataset = {
  ...FIXTURE,
  actors: [
    ...FIXTURE.actors,
    {
      id: 'front',
      label: 'The Front (insurgency)',
      kind: 'armed-group',
      description: 'x',
      aliases: ['Front movement'],
      when: '1994/2021-08-15',
    },
    {
      id: 'front-government',
      label: 'Front government',
      kind: 'state',
      description: 'x',
      aliases: ['Front state', 'the FRONT'],
      when: '2021-08-15/..',
    },
    {
      id: 'other',
      label: 'Other',
      kind: 'armed-group',
      description: 'x',
      aliases: ['The Front'],
      when: '1990/1991',
    },
  ],
  relations: [
    ...FIXTURE.relations,
    {
      id: 'x1',
      type: 'clash',
      source: 'front',
      target: 'alpha',
      when: '2001',
      summary: 's',
      status: 'reported',
      evidence: ev,
    },
    {
      id: 'x2',
      type: 'talks',
      source: 'front-government',
      target: 'beta',
      when: '2022',
      summary: 's',
      status: 'reported',
      evidence: ev,
    },
  ],
};

/** A layout's positions of a fresh model; the map's are prepared first (its module is loaded lazily). */
async function positionsOf(dataset: Dataset, name: LayoutName) {
  const model = buildModel(dataset);
  if (name === 'geo') {
    expect(() => layoutPositions(model, name)).toThrow(LayoutNotReadyError);
    await preparePositions(model, name);
  }
  return layoutPositions(model, name);
}

describe.each(LAYOUTS)('%s layout', (name) => {
  it('places every actor, the same way each time', async () => {
    const a = await positionsOf(FIXTURE, name);
    const b = await positionsOf(FIXTURE, name);
    expect([...a.keys()].sort()).toEqual(FIXTURE.actors.map((x) => x.id).sort());
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(b).toEqual(a);
  });

  it('keeps actors apart', async () => {
    const pts = [...(await positionsOf(FIXTURE, name)).values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(
          name === 'fcose' ? 40 : 90,
        );
      }
  });
});

describe('successive records of one party', () => {
  const model = buildModel(WITH_SUCCESSOR);

  it('are found by a shared name and meeting spans', () => {
    const groups = placeGroups(model.actors.values());
    expect(groups.get('front-government')).toBe('front');
    expect(groups.get('other')).toBe('other');
    expect(groups.get('alpha')).toBe('alpha');
  });

  it.each(['fcose', 'concentric', 'geo'] as const)(
    'share one place in the %s layout, the later just beside',
    async (name) => {
      await preparePositions(model, name);
      const p = layoutPositions(model, name);
      const first = p.get('front')!;
      expect(p.get('front-government')).toEqual({
        x: first.x + SUCCESSOR_OFFSET.x,
        y: first.y + SUCCESSOR_OFFSET.y,
      });
      expect(p.get('other')).not.toEqual(first);
    },
  );
});

describe('grouped by kind', () => {
  it('puts each kind in its own cell of a grid, states first', () => {
    const p = layoutPositions(buildModel(FIXTURE), 'kind');
    const box = (kind: string) => {
      const pts = FIXTURE.actors.filter((a) => a.kind === kind).map((a) => p.get(a.id)!);
      const xs = pts.map((q) => q.x);
      const ys = pts.map((q) => q.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    const [state, armed, agency, org] = ['state', 'armed-group', 'state-agency', 'organisation'].map(box);
    expect(armed!.x0).toBeGreaterThan(state!.x1);
    expect(agency!.y0).toBeGreaterThan(state!.y1);
    expect(org!.x0).toBeGreaterThan(agency!.x1);
    expect(org!.y0).toBeGreaterThan(armed!.y1);
  });
});

describe('arrangements', () => {
  it('puts the most connected actor at the centre of the rings, the next on the first ring', () => {
    const p = rings(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], 100);
    expect(p.get('a')).toEqual({ x: 0, y: 0 });
    for (const id of ['b', 'c', 'd', 'e', 'f', 'g'])
      expect(Math.hypot(p.get(id)!.x, p.get(id)!.y)).toBeCloseTo(100, -1);
    expect(Math.hypot(p.get('h')!.x, p.get('h')!.y)).toBeCloseTo(200, -1);
  });

  it.each([5, 30, 200])('keeps %d points of a sunflower about a spacing apart', (n) => {
    const pts = sunflower(n, 100);
    let min = Infinity;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++)
        min = Math.min(min, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
    expect(min).toBeGreaterThan(95);
  });
});

describe('an actor without any relation', () => {
  const withLoner: Dataset = {
    ...FIXTURE,
    actors: [
      ...FIXTURE.actors,
      { id: 'loner', label: 'Loner', kind: 'organisation', description: 'Named, unrelated.' },
    ],
  };
  const bbox = (placed: ReadonlyMap<string, { x: number; y: number }>, skip = '') => {
    const ps = [...placed].filter(([id]) => id !== skip).map(([, p]) => p);
    const xs = ps.map((p) => p.x);
    const ys = ps.map((p) => p.y);
    return { w: Math.max(...xs) - Math.min(...xs), bottom: Math.max(...ys) };
  };

  it('leaves the others laid out as without it, and stands below them', () => {
    const alone = forcePlaces(layoutGraph(buildModel(FIXTURE)).elements);
    const placed = forcePlaces(layoutGraph(buildModel(withLoner)).elements);
    for (const [id, p] of alone) expect(placed.get(id)).toEqual(p);
    expect(placed.get('loner')!.y).toBeGreaterThan(bbox(alone).bottom);
    expect(bbox(placed, 'loner').w).toBe(bbox(alone).w);
  });
});

describe('large graphs', () => {
  const places = PROOF_PLACES + 100;
  const model = buildModel(ringDataset(places));
  const graph = layoutGraph(model);

  it('runs the fast spectral pass and spreads it to about √n · 110 px, the same way each time', () => {
    const placed = forcePlaces(graph.elements);
    expect(placed.size).toBe(places);
    const xs = [...placed.values()].map((p) => p.x);
    const ys = [...placed.values()].map((p) => p.y);
    const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(side).toBeCloseTo(Math.sqrt(places) * 110, -1);
    expect(forcePlaces(graph.elements)).toEqual(placed);
  });

  it('takes positions computed elsewhere as the model’s force layout', () => {
    const fresh = buildModel(ringDataset(places));
    expect(hasPositions(fresh, 'fcose')).toBe(false);
    expect(hasPositions(fresh, 'concentric')).toBe(true);
    const byPlace = new Map([...fresh.actors.keys()].map((id, i) => [id, { x: i, y: -i }]));
    seedForcePositions(fresh, layoutGraph(fresh), byPlace);
    expect(hasPositions(fresh, 'fcose')).toBe(true);
    expect(layoutPositions(fresh, 'fcose').get('a7')).toEqual({ x: 7, y: -7 });
  });
});

describe('layoutKey', () => {
  const base = layoutGraph(buildModel(ringDataset(40))).elements;
  it.each([
    ['the same graph', base, true],
    ['a copy of it', base.map((e) => ({ ...e, data: { ...e.data } })), true],
    ['one pair fewer', base.slice(0, -1), false],
    [
      'one pair with another count',
      base.map((e, i) => (i === base.length - 1 ? { ...e, data: { ...e.data, relations: 99 } } : e)),
      false,
    ],
  ])('%s: same key %s', (_name, elements, same) => {
    expect(layoutKey('fcose', elements) === layoutKey('fcose', base)).toBe(same);
  });

  it('names the layout and its version', () => {
    expect(layoutKey('fcose', base)).toMatch(new RegExp(`^fcose:v${LAYOUT_VERSION}:`));
  });
});
