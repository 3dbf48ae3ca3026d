import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, type ViewState } from '../state/viewState';
import { buildLegend } from '../look/legend';
import { dayMs, fixtureModel, fixtureView } from './figure-fixture';
import { filterWords, presenceOf, sourceLine, sourcesShown, typesShown, viewWords } from './describe';
import { figureLegend, legendLabels } from './legend-svg';

const DAY = 86_400_000;

describe('viewWords', () => {
  it.each([
    [
      'snapshot',
      { mode: 'snapshot', at: dayMs('2026-02-27') + DAY - 1, memory: 30 * DAY },
      '27 February 2026',
      'snapshot: relations holding that day and events of the 30 days before',
    ],
    [
      'snapshot, one day of memory',
      { mode: 'snapshot', at: dayMs('2026-02-27'), memory: DAY },
      '27 February 2026',
      'snapshot: relations holding that day and events of the 1 day before',
    ],
    [
      'snapshot, no memory',
      { mode: 'snapshot', at: dayMs('2026-02-27'), memory: 0 },
      '27 February 2026',
      'snapshot: relations holding that day and events of that day',
    ],
    [
      'window across years',
      { mode: 'window', from: dayMs('2025-10-01'), to: dayMs('2026-04-13') + DAY - 1 },
      '1 October 2025 – 13 April 2026',
      'window: every relation that held or happened in it',
    ],
    [
      'window in one month',
      { mode: 'window', from: dayMs('2026-02-20'), to: dayMs('2026-02-27') + DAY - 1 },
      '20–27 February 2026',
      'window: every relation that held or happened in it',
    ],
    [
      'cumulative',
      { mode: 'cumulative', at: dayMs('2025-10-19') + DAY - 1 },
      'up to 19 October 2025',
      'cumulative: every relation recorded until then',
    ],
  ] as const)('%s', (_what, spec, when, mode) => {
    expect(viewWords(spec)).toEqual({ when, mode });
  });
});

describe('filterWords', () => {
  const f = (patch: Partial<ViewState['filters']>, focus: ViewState['focus'] = null) =>
    filterWords({ filters: { ...DEFAULT_FILTERS, ...patch }, focus }, fixtureModel);
  it.each([
    ['nothing filtered', f({}), 'Filters: none'],
    [
      'hidden types by label',
      f({ hiddenTypes: ['attack', 'rivalry'] }),
      'Filters: hidden relation types: Attack, Rivalry',
    ],
    [
      'hidden kinds by label',
      f({ hiddenKinds: ['armed-group'] }),
      'Filters: hidden actor kinds: Armed group',
    ],
    [
      'statuses',
      f({ showReported: false, showAlleged: false }),
      'Filters: reported relations hidden; alleged relations hidden',
    ],
    ['isolated actors', f({ hideIsolated: true }), 'Filters: actors without a relation in view hidden'],
    [
      'focus',
      f({}, { id: 'alpha', hops: 2 }),
      'Filters: focus on Alpha and the actors within 2 steps (others dimmed)',
    ],
  ])('%s', (_what, words, expected) => {
    expect(words).toBe(expected);
  });
});

describe('what a view holds', () => {
  it('names the sources cited by the shown relations, and none for an empty view', () => {
    const { live } = fixtureView('2026-02-27');
    expect(sourcesShown(fixtureModel, live).map((s) => s.id)).toEqual(['note']);
    expect(sourcesShown(fixtureModel, { edges: new Set() })).toEqual([]);
  });

  it.each([
    [{ id: 's', title: 'T', published: '2026' }, '“T”, 2026'],
    [
      { id: 's', title: 'T', author: 'A. Writer', publisher: 'Press', published: '2026-04' },
      'A. Writer, “T”, Press, April 2026',
    ],
    [{ id: 's', title: 'T', publisher: 'Press', published: '2026-02-24' }, '“T”, Press, 24 February 2026'],
  ])('words a source: %j', (source, line) => {
    expect(sourceLine(source)).toBe(line);
  });

  it('lists the relation types shown, in the legend order', () => {
    const { live } = fixtureView('2026-02-27');
    expect(typesShown(fixtureModel, live).map((t) => t.id)).toEqual([
      'support',
      'affiliation',
      'rivalry',
      'condemnation',
      'attack',
    ]);
  });

  it.each([
    ['2026-02-27', {}, ['state', 'armed-group', 'state-agency', 'organisation'], true, false],
    ['2025-10-19', {}, ['state', 'armed-group', 'state-agency'], true, true],
    [
      '2025-10-19',
      { filters: { ...DEFAULT_FILTERS, showAlleged: false } },
      ['state', 'armed-group', 'state-agency'],
      false,
      true,
    ],
  ] as const)('on %s %j: kinds, alleged, mediator', (date, patch, kinds, alleged, mediator) => {
    const { live } = fixtureView(date, patch);
    const p = presenceOf(fixtureModel, live);
    expect([...p.kinds].sort()).toEqual([...kinds].sort());
    expect([p.alleged, p.mediator]).toEqual([alleged, mediator]);
  });

  it('restricts the legend to what is present', () => {
    const { live } = fixtureView('2025-12-01');
    const legend = figureLegend(
      buildLegend(typesShown(fixtureModel, live), 'light'),
      presenceOf(fixtureModel, live),
    );
    expect(legendLabels(legend)).toEqual([
      'State',
      'Armed group',
      'State agency',
      'Cooperative',
      'Support',
      'Affiliation',
      'Hostile',
      'Rivalry',
      'alleged (dashed)',
    ]);
  });
});
