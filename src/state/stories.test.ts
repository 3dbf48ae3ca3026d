// Stories kept in the browser (IndexedDB, here fake-indexeddb): saved and loaded again per dataset, merged with
// the dataset's own (a kept one replaces the one of the same id), only the changed ones stored, and a kept story
// that no longer fits its dataset left out with its place and reason.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../model/dataset/problems';
import { FIXTURE } from '../model/dataset/test-fixture';
import type { Story } from '../model/story/schema';
import { keptPart, loadStories, mergeStories, saveStories } from './stories';

const story = (id: string, date = '2026-02-22', caption = ''): Story => ({
  id,
  title: id,
  steps: [{ view: { date }, caption, citations: [{ relation: 'r-attack' }] }],
});
const withOwn = { ...FIXTURE, stories: [story('own'), story('other')] };

describe('kept stories', () => {
  it('come back after a save, per dataset', async () => {
    await saveStories('fixture', [story('mine')]);
    await saveStories('local:elsewhere', [story('theirs')]);
    expect((await loadStories('fixture', FIXTURE)).stories.map((s) => s.id)).toEqual(['mine']);
    await saveStories('fixture', [story('mine', '2026-02-22', 'edited')]);
    expect((await loadStories('fixture', FIXTURE)).stories[0]?.steps[0]?.caption).toBe('edited');
  });

  it('replace the dataset story of the same id in its place, new ones after', () => {
    const merged = mergeStories(withOwn, [story('new'), story('own', '2026-02-22', 'edited')]);
    expect(merged.stories.map((s) => [s.id, s.steps[0]?.caption])).toEqual([
      ['own', 'edited'],
      ['other', ''],
      ['new', ''],
    ]);
    expect(merged.problems).toEqual([]);
  });

  it('are only the new and the changed ones', () => {
    const edited = story('own', '2026-02-22', 'edited');
    expect(keptPart(withOwn, [edited, story('other'), story('new')]).map((s) => s.id)).toEqual([
      'own',
      'new',
    ]);
  });

  it('that no longer fit the dataset are left out, saying where and why', () => {
    const merged = mergeStories(FIXTURE, [story('fine'), story('late', '2030-01-01'), { id: 'junk' }]);
    expect(merged.stories.map((s) => s.id)).toEqual(['fine']);
    expect(merged.problems.map(formatProblem)).toEqual([
      "kept stories[1].steps[0].view.date: 2030-01-01 is outside the dataset's period (1990-01-01 to 2026-02-28)",
      'kept stories[2]: is not a story any more (kept by an older version?)',
    ]);
  });
});
