// Round trip of the view state through the query string, and what happens to values a link cannot carry.
import { IMPRECISE_RULES } from '../model/time/precision';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromQuery, parseIsoDay, toQuery } from './url';
import { ACTOR_KINDS } from '../model/dataset/vocabulary';
import {
  DEFAULT_VIEW,
  EDGE_MODES,
  LAYOUTS,
  MODES,
  PANELS,
  SIDES,
  THEMES,
  pairSelectionId,
  type ViewState,
} from './viewState';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('toQuery / fromQuery', () => {
  const cases: [string, ViewState, string][] = [
    ['defaults with a date', { ...DEFAULT_VIEW, date: day('2026-02-27') }, '?dataset=af-pak&date=2026-02-27'],
    [
      'window mode and filters',
      {
        ...DEFAULT_VIEW,
        date: day('2026-02-27'),
        mode: 'window',
        window: { from: day('2026-02-21'), to: day('2026-02-28') },
        filters: {
          ...DEFAULT_VIEW.filters,
          hiddenTypes: ['attack', 'clash'],
          showAlleged: false,
          hideIsolated: true,
          imprecise: 'whole-span',
        },
      },
      '?dataset=af-pak&date=2026-02-27&mode=window&from=2026-02-21&to=2026-02-28&hide=attack,clash&alleged=0&isolated=hide&imprecise=whole-span',
    ],
    [
      'focus, selection, positions, theme',
      {
        ...DEFAULT_VIEW,
        date: day('2025-10-19'),
        focus: { id: 'qatar', hops: 2 },
        selection: { kind: 'relation', id: 'qa-mediation-2025-10-19' },
        positions: { pakistan: { x: -12.5, y: 40 }, qatar: { x: 3, y: 4 } },
        theme: 'dark',
        layout: 'kind',
        panel: 'table',
        memory: 7,
      },
      '?dataset=af-pak&date=2025-10-19&memory=7&focus=qatar&hops=2&sel=relation:qa-mediation-2025-10-19&pos=pakistan:-12.5,40;qatar:3,4&layout=kind&theme=dark&panel=table',
    ],
    [
      'every relation, a pair selected, comparison and the analysis panel',
      {
        ...DEFAULT_VIEW,
        date: day('2025-11-01'),
        edgeMode: 'relations',
        selection: { kind: 'pair', id: 'pakistan~taliban-government' },
        compare: day('2025-09-01'),
        side: 'analysis',
      },
      '?dataset=af-pak&date=2025-11-01&sel=pair:pakistan~taliban-government&edges=all&compare=2025-09-01&side=analysis',
    ],
    [
      'a story at its third step (counted from 1 in the address)',
      { ...DEFAULT_VIEW, date: day('2025-10-19'), side: 'story', story: { id: 'from-kabul', step: 2 } },
      '?dataset=af-pak&date=2025-10-19&side=story&story=from-kabul&step=3',
    ],
  ];
  it.each(cases)('%s', (_name, state, query) => {
    expect(toQuery(state)).toBe(query);
    expect(fromQuery(query)).toEqual(state);
  });

  it('round-trips any view state', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)?$/);
    const dayArb = fc.integer({ min: -20_000, max: 40_000 }).map((n) => n * 86_400_000);
    const coord = fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 10);
    const state: fc.Arbitrary<ViewState> = fc.record({
      dataset: id,
      date: fc.option(dayArb, { nil: null }),
      mode: fc.constantFrom(...MODES),
      window: fc.option(
        fc.tuple(dayArb, dayArb).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
        { nil: null },
      ),
      memory: fc.integer({ min: 0, max: 3650 }),
      filters: fc.record({
        hiddenTypes: fc.uniqueArray(id, { maxLength: 4 }).map((a) => a.sort()),
        hiddenKinds: fc.subarray([...ACTOR_KINDS].sort()),
        showReported: fc.boolean(),
        showAlleged: fc.boolean(),
        hideIsolated: fc.boolean(),
        imprecise: fc.constantFrom(...IMPRECISE_RULES),
      }),
      focus: fc.option(fc.record({ id, hops: fc.constantFrom(1 as const, 2 as const) }), { nil: null }),
      selection: fc.option(
        fc.oneof(
          fc.record({ kind: fc.constantFrom('actor' as const, 'relation' as const), id }),
          fc
            .tuple(id, id)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({ kind: 'pair' as const, id: pairSelectionId(a, b) })),
        ),
        { nil: null },
      ),
      positions: fc.dictionary(id, fc.record({ x: coord, y: coord }), { maxKeys: 5 }),
      theme: fc.constantFrom(...THEMES),
      layout: fc.constantFrom(...LAYOUTS),
      panel: fc.constantFrom(...PANELS),
      edgeMode: fc.constantFrom(...EDGE_MODES),
      compare: fc.option(dayArb, { nil: null }),
      side: fc.constantFrom(...SIDES),
      story: fc.option(fc.record({ id, step: fc.integer({ min: 0, max: 999 }) }), { nil: null }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(fromQuery(toQuery(s))).toEqual(s);
      }),
    );
  });
});

describe('fromQuery with values a link cannot use', () => {
  const cases: [string, string, Partial<ViewState>][] = [
    ['impossible date', '?date=2026-02-30', { date: null }],
    ['not a date', '?date=yesterday', { date: null }],
    ['unknown mode', '?mode=replay', { mode: 'snapshot' }],
    ['negative memory', '?memory=-3', { memory: DEFAULT_VIEW.memory }],
    ['window with one end', '?from=2026-01-01', { window: null }],
    [
      'window given backwards',
      '?from=2026-02-28&to=2026-02-21',
      { window: { from: day('2026-02-21'), to: day('2026-02-28') } },
    ],
    ['hops other than 2', '?focus=qatar&hops=7', { focus: { id: 'qatar', hops: 1 } }],
    ['selection of an unknown kind', '?sel=source:x', { selection: null }],
    ['pair of one actor', '?sel=pair:qatar~qatar', { selection: null }],
    ['pair of three actors', '?sel=pair:a~b~c', { selection: null }],
    [
      'pair given in the other order',
      '?sel=pair:qatar~china',
      { selection: { kind: 'pair', id: 'china~qatar' } },
    ],
    ['unknown edge mode', '?edges=some', { edgeMode: 'pairs' }],
    ['story without a step opens its first', '?story=tour', { story: { id: 'tour', step: 0 } }],
    ['story step 0 is the first', '?story=tour&step=0', { story: { id: 'tour', step: 0 } }],
    ['story step not a number', '?story=tour&step=two', { story: { id: 'tour', step: 0 } }],
    ['story id not an id', '?story=Tour!&step=2', { story: null }],
    ['impossible comparison date', '?compare=2025-02-30', { compare: null }],
    ['malformed position dropped', '?pos=a:1,2;b:x,3;C:1,1', { positions: { a: { x: 1, y: 2 } } }],
    [
      'unknown actor kind dropped',
      '?kinds=state,planet',
      { filters: { ...DEFAULT_VIEW.filters, hiddenKinds: ['state'] } },
    ],
  ];
  it.each(cases)('%s', (_name, query, expected) => {
    expect(fromQuery(query)).toMatchObject(expected);
  });

  it('parses only real calendar days', () => {
    expect(parseIsoDay('2024-02-29')).toBe(day('2024-02-29'));
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });
});
