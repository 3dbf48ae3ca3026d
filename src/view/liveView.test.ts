// What the explorer draws at a view state, on the hand-made fixture: time, filters, weights, mediators, event
// age and focus; and that moving step by step gives the same answer as deriving each state afresh.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import { FIXTURE } from '../model/dataset/test-fixture';
import { LiveViewDeriver, specOf } from './liveView';

const model = buildModel(FIXTURE);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const at = (date: string, patch: Partial<ViewState> = {}) => ({ ...DEFAULT_VIEW, ...patch, date: day(date) });
const filters = (patch: Partial<ViewState['filters']>) => ({
  filters: { ...DEFAULT_VIEW.filters, ...patch },
});

describe('LiveViewDeriver', () => {
  const cases: [string, ViewState & { date: number }, string[], string[]][] = [
    [
      'the day of the mediation',
      at('2025-10-19'),
      ['r-agency', 'r-mediation~alpha', 'r-mediation~beta', 'r-rivalry', 'r-support'],
      ['agency', 'alpha', 'beta', 'delta', 'gamma'],
    ],
    [
      'the mediation is past the event memory',
      at('2025-12-01'),
      ['r-agency', 'r-rivalry', 'r-support'],
      ['agency', 'alpha', 'beta', 'gamma'],
    ],
    [
      'a late-February event is live once its span starts',
      at('2026-02-27'),
      ['r-agency', 'r-attack', 'r-condemn', 'r-rivalry', 'r-support'],
      ['agency', 'alpha', 'beta', 'gamma', 'union'],
    ],
    [
      'alleged relations off',
      at('2025-10-19', filters({ showAlleged: false })),
      ['r-agency', 'r-mediation~alpha', 'r-mediation~beta', 'r-rivalry'],
      ['agency', 'alpha', 'beta', 'delta', 'gamma'],
    ],
    [
      'alleged off and isolated hidden',
      at('2024-01-01', filters({ showAlleged: false, hideIsolated: true })),
      ['r-agency', 'r-rivalry'],
      ['agency', 'alpha', 'gamma'],
    ],
    [
      'armed groups hidden, with their relations',
      at('2025-10-19', filters({ hiddenKinds: ['armed-group'] })),
      ['r-agency', 'r-mediation~alpha', 'r-mediation~beta'],
      ['agency', 'alpha', 'beta', 'delta'],
    ],
    [
      'a relation type hidden',
      at('2025-10-19', filters({ hiddenTypes: ['mediation', 'rivalry'] })),
      ['r-agency', 'r-support'],
      ['agency', 'alpha', 'beta', 'delta', 'gamma'],
    ],
    [
      'a window over the strikes',
      at('2026-03-10', { mode: 'window', window: { from: day('2026-02-21'), to: day('2026-02-28') } }),
      ['r-agency', 'r-attack', 'r-condemn', 'r-rivalry', 'r-support'],
      ['agency', 'alpha', 'beta', 'gamma', 'union'],
    ],
    [
      'cumulative up to the mediation',
      at('2025-10-19', { mode: 'cumulative' }),
      ['r-agency', 'r-mediation~alpha', 'r-mediation~beta', 'r-rivalry', 'r-support'],
      ['agency', 'alpha', 'beta', 'delta', 'gamma'],
    ],
    ['before anything', at('1980-01-01'), [], []],
  ];

  it.each(cases)('%s', (_name, state, edges, actors) => {
    const view = new LiveViewDeriver(model).derive(state);
    expect([...view.edges].sort()).toEqual(edges);
    expect([...view.actors].sort()).toEqual(actors);
  });

  it('weighs actors by the intensity of their drawn relations and marks mediators', () => {
    const view = new LiveViewDeriver(model).derive(at('2025-10-19'));
    // alpha: rivalry 2 + mediation 1 + affiliation 2
    expect(view.weight.get('alpha')).toBe(5);
    expect(view.weight.get('delta')).toBe(2);
    expect([...view.mediators]).toEqual(['delta']);
  });

  it('fades events with age inside the memory, in snapshot mode only', () => {
    const fresh = new LiveViewDeriver(model).derive(at('2025-10-20'));
    const old = new LiveViewDeriver(model).derive(at('2025-11-15'));
    const window = new LiveViewDeriver(model).derive(
      at('2025-11-15', { mode: 'window', window: { from: day('2025-10-01'), to: day('2025-11-15') } }),
    );
    expect(fresh.age.get('r-mediation~alpha')).toBeUndefined();
    expect(old.age.get('r-mediation~alpha')).toBe(3);
    expect(window.age.size).toBe(0);
  });

  it.each([
    [1 as const, ['agency', 'gamma'], ['r-agency', 'r-rivalry', 'r-support']],
    [2 as const, [], []],
  ])('dims what lies beyond %d hop(s) of the focus', (hops, actors, edges) => {
    const view = new LiveViewDeriver(model).derive(at('2025-10-19', { focus: { id: 'delta', hops } }));
    expect([...view.dimmedActors].sort()).toEqual(actors);
    expect([...view.dimmedEdges].sort()).toEqual(edges);
  });

  it('moves step by step to the same view as a fresh derivation', () => {
    const deriver = new LiveViewDeriver(model);
    let date = day('2025-09-01');
    for (let i = 0; i < 200; i++, date += 86_400_000) {
      const state = { ...DEFAULT_VIEW, date, filters: DEFAULT_VIEW.filters };
      const stepped = deriver.derive(state);
      const fresh = new LiveViewDeriver(model).derive(state);
      expect(stepped.edges).toEqual(fresh.edges);
      expect(stepped.actors).toEqual(fresh.actors);
    }
  });

  it('reads a date as its whole day', () => {
    expect(specOf(at('2026-02-22'))).toEqual({
      mode: 'snapshot',
      at: day('2026-02-23') - 1,
      memory: 30 * 86_400_000,
    });
  });
});

describe('actors that do not exist yet', () => {
  const ev = [{ source: 'note', quote: 'A passage that stands in for a quote in tests.' }];
  const model = buildModel({
    ...FIXTURE,
    actors: [
      ...FIXTURE.actors,
      { id: 'new-gov', label: 'New government', kind: 'state', description: 'x', when: '2021-08-15/..' },
    ],
    relations: [
      ...FIXTURE.relations,
      {
        id: 'r-2021',
        type: 'endorsement',
        source: 'alpha',
        target: 'new-gov',
        when: '2021',
        summary: 's',
        status: 'reported',
        evidence: ev,
      },
    ],
  });

  it.each([
    ['2021-08-13', 'snapshot', false],
    ['2021-08-16', 'snapshot', true],
    ['2021-08-13', 'cumulative', false],
    ['2021-12-31', 'cumulative', true],
  ] as const)(
    'on %s (%s) the relation with a government formed on 2021-08-15 is drawn: %s',
    (date, mode, drawn) => {
      const view = new LiveViewDeriver(model).derive(at(date, { mode }));
      expect(view.edges.has('r-2021')).toBe(drawn);
      expect(view.actors.has('new-gov')).toBe(drawn);
      expect(model.index.isLive('r-2021', view.spec)).toBe(true);
    },
  );
});

describe('imprecise events', () => {
  // "2026-02-2X" (some day of 20 to 29 February) is wider than a memory of 7 days: imprecise at that memory.
  const view = (rule: 'always' | 'whole-span' | 'never', date = '2026-02-27') =>
    new LiveViewDeriver(model).derive(at(date, { memory: 7, ...filters({ imprecise: rule }) }));
  it('are drawn, and marked, whenever their span meets the view with "always"', () => {
    const v = view('always');
    expect(v.edges.has('r-condemn')).toBe(true);
    expect([...v.imprecise]).toEqual(['r-condemn']);
  });
  it('wait until their whole span is in view with "whole-span", and never show with "never"', () => {
    expect(view('whole-span').edges.has('r-condemn')).toBe(false);
    expect(view('never').edges.has('r-condemn')).toBe(false);
    expect(view('whole-span').edges.has('r-attack')).toBe(true);
  });
  it('are not imprecise at a memory wider than their span', () => {
    const v = new LiveViewDeriver(model).derive(at('2026-02-27'));
    expect(v.edges.has('r-condemn')).toBe(true);
    expect(v.imprecise.size).toBe(0);
  });
});
