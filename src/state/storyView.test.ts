// A step's view and the view state, both ways: a step taken from any view gives that view back (on the fields a
// step sets), and what a step leaves out takes its default while the layout, positions and theme stay.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS } from '../model/dataset/vocabulary';
import { stepViewSchema, type Story } from '../model/story/schema';
import { IMPRECISE_RULES } from '../model/time/precision';
import { stepViewOf, viewOfStep, viewOfStoryStep } from './storyView';
import { DEFAULT_VIEW, EDGE_MODES, MODES, type ViewState } from './viewState';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The fields a step sets. */
function stepFields(s: ViewState) {
  const { date, mode, window, memory, filters, focus, selection, edgeMode } = s;
  return {
    date,
    mode,
    window: mode === 'window' ? window : null,
    memory,
    filters,
    focus,
    selection,
    edgeMode,
  };
}

describe('step views', () => {
  it('give back the view they were taken from', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)?$/);
    const dayArb = fc.integer({ min: 0, max: 20_000 }).map((n) => n * DAY);
    const state = fc.record({
      date: dayArb,
      mode: fc.constantFrom(...MODES),
      window: fc.tuple(dayArb, dayArb).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      memory: fc.integer({ min: 0, max: 3650 }),
      filters: fc.record({
        hiddenTypes: fc.uniqueArray(id, { maxLength: 3 }).map((a) => a.sort()),
        hiddenKinds: fc.subarray([...ACTOR_KINDS].sort()),
        showReported: fc.boolean(),
        showAlleged: fc.boolean(),
        hideIsolated: fc.boolean(),
        imprecise: fc.constantFrom(...IMPRECISE_RULES),
      }),
      focus: fc.option(fc.record({ id, hops: fc.constantFrom(1 as const, 2 as const) }), { nil: null }),
      selection: fc.option(fc.record({ kind: fc.constantFrom('actor' as const, 'relation' as const), id }), {
        nil: null,
      }),
      edgeMode: fc.constantFrom(...EDGE_MODES),
    });
    fc.assert(
      fc.property(state, (parts) => {
        const s = { ...DEFAULT_VIEW, ...parts };
        const view = stepViewOf(s);
        expect(stepViewSchema.safeParse(view).success).toBe(true);
        expect(stepFields(viewOfStep(DEFAULT_VIEW, view))).toEqual(stepFields(s));
      }),
    );
  });

  it('leave out what is at its default', () => {
    expect(stepViewOf({ ...DEFAULT_VIEW, date: day('2025-10-19') })).toEqual({ date: '2025-10-19' });
  });

  it('write out the week window mode shows before a window is chosen', () => {
    expect(stepViewOf({ ...DEFAULT_VIEW, date: day('2025-10-19'), mode: 'window', window: null })).toEqual({
      date: '2025-10-19',
      mode: 'window',
      window: { from: '2025-10-12', to: '2025-10-19' },
    });
  });

  it('reset what a step leaves out and keep the layout, positions, theme and panel', () => {
    const before: ViewState = {
      ...DEFAULT_VIEW,
      date: day('2020-01-01'),
      mode: 'window',
      window: { from: day('2019-01-01'), to: day('2020-01-01') },
      filters: { ...DEFAULT_VIEW.filters, showAlleged: false },
      focus: { id: 'qatar', hops: 2 },
      compare: day('2019-06-01'),
      layout: 'kind',
      theme: 'dark',
      positions: { qatar: { x: 1, y: 2 } },
      panel: 'table',
    };
    const after = viewOfStep(before, { date: '2025-10-19', selection: { kind: 'actor', id: 'qatar' } });
    expect(after).toEqual({
      ...before,
      date: day('2025-10-19'),
      mode: 'snapshot',
      window: null,
      filters: DEFAULT_VIEW.filters,
      focus: null,
      selection: { kind: 'actor', id: 'qatar' },
      compare: null,
    });
  });

  it('open a story step clamped to the story, with the place set', () => {
    const story: Story = {
      id: 'tour',
      title: 'Tour',
      steps: [
        { view: { date: '2025-01-01' }, caption: '', citations: [] },
        { view: { date: '2025-02-01' }, caption: '', citations: [] },
      ],
    };
    const at = viewOfStoryStep(DEFAULT_VIEW, story, 7);
    expect([at.date, at.story]).toEqual([day('2025-02-01'), { id: 'tour', step: 1 }]);
  });
});
