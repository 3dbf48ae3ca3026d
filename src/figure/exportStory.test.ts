import { describe, expect, it } from 'vitest';
import { STEP_EDGE_MODES, STEP_MODES, storyRequestSchema } from '../io/export/figure-request';
import { DEFAULT_VIEW, EDGE_MODES, MODES, type ViewState } from '../state/viewState';
import { stepViewState } from './exportStory';

const DAY = 86_400_000;

describe('the view of a story step', () => {
  it('offers the modes and edge modes the view state has', () => {
    expect(STEP_MODES).toEqual(MODES);
    expect(STEP_EDGE_MODES).toEqual(EDGE_MODES);
  });

  it('sets what the step names, keeps the rest of the view, and never compares', () => {
    const base: ViewState = {
      ...DEFAULT_VIEW,
      date: 5 * DAY,
      theme: 'dark',
      layout: 'kind',
      positions: { alpha: { x: 1, y: 2 } },
      compare: 3 * DAY,
      focus: { id: 'beta', hops: 1 },
    };
    const step = storyRequestSchema.parse({
      format: 'html',
      steps: [{ state: { date: 9 * DAY, mode: 'cumulative', focus: null } }],
    }).steps[0]!.state;
    expect(stepViewState(base, step)).toEqual({
      ...base,
      date: 9 * DAY,
      mode: 'cumulative',
      focus: null,
      compare: null,
    });
  });
});
