// The story the bundled dataset ships (graph-data/af-pak.json, `stories`): 6 to 10 steps, every day inside the
// dataset's period and every citation an existing relation (the dataset validator's story checks), and every step's
// view drawing the relations it cites: the view each step sets, derived as the explorer derives it (the model's
// live set, then filters, focus and actor lifetimes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { assertDataset } from '../model/dataset/validate';
import { checkStories, storyPeriodOf } from '../model/story/check';
import { parseIsoDay } from '../model/time/days';
import { viewOfStep } from '../state/storyView';
import { DEFAULT_VIEW } from '../state/viewState';
import { LiveViewDeriver } from './liveView';

const file = new URL('../../graph-data/af-pak.json', import.meta.url);
const dataset = assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' });
const model = buildModel(dataset);
const stories = dataset.stories ?? [];

describe('the bundled story', () => {
  it('is there, with 6 to 10 steps, each with a caption and a citation', () => {
    expect(stories.map((s) => s.id)).toContain('from-kabul-to-open-war');
    for (const story of stories) {
      expect(story.steps.length).toBeGreaterThanOrEqual(6);
      expect(story.steps.length).toBeLessThanOrEqual(10);
      for (const step of story.steps) {
        expect(step.caption.trim()).not.toBe('');
        expect(step.citations.length).toBeGreaterThan(0);
      }
    }
  });

  it('visits only days inside the period and cites only relations the dataset has', () => {
    expect(checkStories(dataset, stories)).toEqual([]);
    const period = storyPeriodOf(dataset)!;
    for (const story of stories)
      for (const step of story.steps) {
        const day = parseIsoDay(step.view.date);
        expect(day).not.toBeNull();
        expect(day!).toBeGreaterThanOrEqual(period.first);
        expect(day!).toBeLessThanOrEqual(period.last);
      }
  });

  it('walks forward in time', () => {
    for (const story of stories) {
      const days = story.steps.map((s) => s.view.date);
      expect([...days].sort()).toEqual(days);
    }
  });

  const steps = stories.flatMap((story) => story.steps.map((step, i) => [story.id, i + 1, step] as const));
  it.each(steps)('%s step %i draws every relation it cites', (_id, _n, step) => {
    const state = viewOfStep({ ...DEFAULT_VIEW, dataset: dataset.id }, step.view);
    const live = new LiveViewDeriver(model).derive(state);
    const drawn = new Set([...live.edges].map((k) => model.edgeByKey.get(k)!.relationId));
    const missing = step.citations.map((c) => c.relation).filter((id) => !drawn.has(id));
    expect(missing).toEqual([]);
  });
});
