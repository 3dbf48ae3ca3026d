// The story panel's edits as pure functions: each returns the changed story and leaves the input as it was.
import { describe, expect, it } from 'vitest';
import type { Story } from '../model/story/schema';
import {
  addStep,
  cite,
  deleteStep,
  freshStoryId,
  moveStep,
  newStory,
  renameStory,
  setCaption,
  uncite,
} from './storyEdits';

const story: Story = Object.freeze({
  id: 'tour',
  title: 'Tour',
  steps: ['2025-01-01', '2025-02-01', '2025-03-01'].map((date) => ({
    view: { date },
    caption: date,
    citations: [],
  })),
});
const dates = (s: Story) => s.steps.map((x) => x.view.date);

describe('story edits', () => {
  it('adds a step after the one shown, or at the end', () => {
    expect(dates(addStep(story, 0, { date: '2025-01-15' }))).toEqual([
      '2025-01-01',
      '2025-01-15',
      '2025-02-01',
      '2025-03-01',
    ]);
    expect(dates(addStep(story, 9, { date: '2025-04-01' })).at(-1)).toBe('2025-04-01');
  });

  it.each([
    [0, -1, 0, ['2025-01-01', '2025-02-01', '2025-03-01']],
    [0, 1, 1, ['2025-02-01', '2025-01-01', '2025-03-01']],
    [2, -1, 1, ['2025-01-01', '2025-03-01', '2025-02-01']],
    [2, 1, 2, ['2025-01-01', '2025-02-01', '2025-03-01']],
  ] as const)('moves step %i by %i to %i', (index, by, to, order) => {
    const moved = moveStep(story, index, by);
    expect([moved.index, dates(moved.story)]).toEqual([to, order]);
  });

  it('deletes, renames and sets a caption', () => {
    expect(dates(deleteStep(story, 1))).toEqual(['2025-01-01', '2025-03-01']);
    expect(renameStory(story, 'New').title).toBe('New');
    expect(setCaption(story, 2, '*March*').steps[2]?.caption).toBe('*March*');
    expect(dates(story)).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
  });

  it('cites a relation once and removes a citation', () => {
    const cited = cite(cite(story, 1, { relation: 'r-attack' }), 1, { relation: 'r-attack' });
    expect(cited.steps[1]?.citations).toEqual([{ relation: 'r-attack' }]);
    const two = cite(cited, 1, { relation: 'r-attack', quote: 0 });
    expect(two.steps[1]?.citations).toHaveLength(2);
    expect(uncite(two, 1, 0).steps[1]?.citations).toEqual([{ relation: 'r-attack', quote: 0 }]);
  });

  it('gives a new story an id no other story has', () => {
    expect(freshStoryId([])).toBe('story');
    const first = newStory([], { date: '2025-01-01' });
    const second = newStory([first], { date: '2025-01-01' });
    expect([first.id, second.id, freshStoryId([first, second, { ...story, id: 'story-3' }])]).toEqual([
      'story',
      'story-2',
      'story-4',
    ]);
  });
});
