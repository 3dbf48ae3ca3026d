// Layouts are deterministic, place every actor, keep successive records of one party in one place, and group
// by kind when asked.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset/schema';
import { buildModel } from '../model';
import { LAYOUTS } from '../state/viewState';
import { FIXTURE } from './fixture';
import { layoutPositions } from './layout';
import { placeGroups } from './successors';

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

describe.each(LAYOUTS)('%s layout', (name) => {
  it('places every actor, the same way each time', () => {
    const a = layoutPositions(buildModel(FIXTURE), name);
    const b = layoutPositions(buildModel(FIXTURE), name);
    expect([...a.keys()].sort()).toEqual(FIXTURE.actors.map((x) => x.id).sort());
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(b).toEqual(a);
  });

  it('keeps actors apart', () => {
    const pts = [...layoutPositions(buildModel(FIXTURE), name).values()];
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) {
        expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThan(30);
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

  it.each(['fcose', 'concentric'] as const)('share one place in the %s layout', (name) => {
    const p = layoutPositions(model, name);
    expect(p.get('front-government')).toEqual(p.get('front'));
    expect(p.get('other')).not.toEqual(p.get('front'));
  });
});

describe('grouped by kind', () => {
  it('puts each kind in its own band, left to right', () => {
    const model = buildModel(FIXTURE);
    const p = layoutPositions(model, 'kind');
    const span = (kind: string) => {
      const xs = FIXTURE.actors.filter((a) => a.kind === kind).map((a) => p.get(a.id)!.x);
      return [Math.min(...xs), Math.max(...xs)] as const;
    };
    const order = ['state', 'armed-group', 'state-agency', 'organisation'].map(span);
    for (let i = 1; i < order.length; i++) expect(order[i]![0]).toBeGreaterThan(order[i - 1]![1]);
  });
});
