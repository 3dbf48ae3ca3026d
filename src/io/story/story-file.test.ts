// The story file read and written: what the app writes it reads back, and a broken file is refused with the
// place of each problem (line and column for JSON syntax, the JSON path for the shape and the checks).
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../model/dataset/problems';
import { FIXTURE } from '../../model/dataset/test-fixture';
import type { Story } from '../../model/story/schema';
import { parseStoryFile, storyFileName, writeStoryFile } from './story-file';

const stories: Story[] = [
  {
    id: 'tour',
    title: 'A tour',
    steps: [
      { view: { date: '2026-02-22' }, caption: 'Strikes.', citations: [{ relation: 'r-attack', quote: 0 }] },
    ],
  },
];

const problems = (text: string) => {
  const r = parseStoryFile(text, FIXTURE, 'tour.story.json');
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('story files', () => {
  it('read back what is written', () => {
    const text = writeStoryFile('fixture', stories);
    expect(storyFileName('fixture')).toBe('fixture.story.json');
    expect(text.endsWith('}\n')).toBe(true);
    const r = parseStoryFile(text, FIXTURE);
    expect(r.ok && r.value).toEqual({ format: 'faultline-story/1', dataset: 'fixture', stories });
  });

  const body = (over: Record<string, unknown>) =>
    JSON.stringify({ format: 'faultline-story/1', dataset: 'fixture', stories, ...over });
  it.each([
    [
      'broken JSON',
      '{"format": "faultline-story/1",\n  "dataset": }',
      'tour.story.json:2:14: is not valid JSON',
    ],
    [
      'another format',
      body({ format: 'faultline-dataset/1' }),
      'tour.story.json: format: "faultline-dataset/1" must be "faultline-story/1"',
    ],
    [
      'another dataset',
      body({ dataset: 'af-pak' }),
      'tour.story.json: dataset: is a story file for the dataset "af-pak", not for "fixture" (the one open)',
    ],
    [
      'a citation of a relation the dataset lacks',
      body({
        stories: [
          {
            ...stories[0],
            steps: [{ view: { date: '2026-02-22' }, caption: '', citations: [{ relation: 'nope' }] }],
          },
        ],
      }),
      'tour.story.json: stories[0].steps[0].citations[0].relation: names no relation of the dataset: "nope"',
    ],
    [
      'a day after the period',
      body({
        stories: [{ ...stories[0], steps: [{ view: { date: '2031-01-01' }, caption: '', citations: [] }] }],
      }),
      "tour.story.json: stories[0].steps[0].view.date: 2031-01-01 is outside the dataset's period",
    ],
  ])('refuse %s, saying where', (_name, text, expected) => {
    expect(problems(text).some((p) => p.startsWith(expected))).toBe(true);
  });
});
