// A story in a dataset file: the shapes and rules it is held to, each broken one reported at its JSON path
// (`stories[0].steps[1].view.date`) with a sentence naming what is wrong.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../dataset/problems';
import { FIXTURE } from '../dataset/test-fixture';
import { validateDataset } from '../dataset/validate';
import { storyPeriodOf } from './check';
import type { Step, Story } from './schema';

const step = (over: Partial<Step> = {}): Step => ({
  view: { date: '2026-02-22' },
  caption: 'Alpha strikes Beta.',
  citations: [{ relation: 'r-attack' }],
  ...over,
});

const story = (steps: unknown[], over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'tour',
  title: 'A tour',
  steps,
  ...over,
});

function problemsOf(stories: unknown[]): string[] {
  const result = validateDataset({ ...FIXTURE, stories }, { file: 'fixture.json' });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('stories in a dataset file', () => {
  it('has the period the stories may visit: the first relation to the last dated end or source', () => {
    const p = storyPeriodOf(FIXTURE);
    expect(p && [new Date(p.first).toISOString(), new Date(p.last).toISOString()]).toEqual([
      '1990-01-01T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
    ]);
  });

  const valid: [string, Story[]][] = [
    ['no stories', []],
    ['a story without steps', [{ id: 'empty', title: 'Empty', steps: [] }]],
    ['a plain step', [story([step()]) as Story]],
    [
      'every field a step may set',
      [
        story([
          step({
            view: {
              date: '2026-02-22',
              mode: 'window',
              window: { from: '2025-10-01', to: '2026-02-22' },
              memory: 7,
              filters: {
                hiddenTypes: ['condemnation'],
                hiddenKinds: ['organisation'],
                showReported: true,
                showAlleged: false,
                hideIsolated: true,
                imprecise: 'never',
              },
              focus: { id: 'alpha', hops: 2 },
              selection: { kind: 'pair', id: 'alpha~beta' },
              edgeMode: 'relations',
            },
            citations: [{ relation: 'r-attack', quote: 0 }, { relation: 'r-mediation' }],
          }),
        ]) as Story,
      ],
    ],
  ];
  it.each(valid)('accepts %s', (_name, stories) => {
    expect(problemsOf(stories)).toEqual([]);
  });

  const invalid: [string, unknown[], string][] = [
    [
      'a day outside the period',
      [story([step(), step({ view: { date: '2027-01-01' } })])],
      "fixture.json: stories[0].steps[1].view.date: 2027-01-01 is outside the dataset's period (1990-01-01 to 2026-02-28)",
    ],
    [
      'a day that does not exist',
      [story([step({ view: { date: '2025-02-30' } })])],
      'fixture.json: stories[0].steps[0].view.date: "2025-02-30" is not a day of the calendar',
    ],
    [
      'a date not written as a day',
      [story([step({ view: { date: '2025-10' } })])],
      'fixture.json: stories[0].steps[0].view.date: "2025-10" must be a day written YYYY-MM-DD',
    ],
    [
      'a step without its date',
      [story([{ view: {}, caption: '', citations: [] }])],
      'fixture.json: stories[0].steps[0].view.date: is missing (text is required)',
    ],
    [
      'a citation of a relation the dataset lacks',
      [story([step({ citations: [{ relation: 'r-attack' }, { relation: 'r-invented' }] })])],
      'fixture.json: stories[0].steps[0].citations[1].relation: names no relation of the dataset: "r-invented"',
    ],
    [
      'a citation of a quote the relation lacks',
      [story([step({ citations: [{ relation: 'r-attack', quote: 3 }] })])],
      'fixture.json: stories[0].steps[0].citations[0].quote: relation "r-attack" has 1 quote (numbered from 0), not a quote 3',
    ],
    [
      'a window ending before it starts',
      [
        story([
          step({
            view: { date: '2026-01-01', mode: 'window', window: { from: '2026-02-01', to: '2026-01-01' } },
          }),
        ]),
      ],
      'fixture.json: stories[0].steps[0].view.window: ends on 2026-01-01, before it starts on 2026-02-01: give "from" the earlier day',
    ],
    [
      'window mode without a window',
      [story([step({ view: { date: '2026-01-01', mode: 'window' } })])],
      'fixture.json: stories[0].steps[0].view.window: is missing: a step in window mode names its window (from, to)',
    ],
    [
      'a focus on an unknown actor',
      [story([step({ view: { date: '2026-01-01', focus: { id: 'omega' } } })])],
      'fixture.json: stories[0].steps[0].view.focus.id: names no actor of the dataset: "omega"',
    ],
    [
      'a selected pair of one actor',
      [story([step({ view: { date: '2026-01-01', selection: { kind: 'pair', id: 'alpha~alpha' } } })])],
      'fixture.json: stories[0].steps[0].view.selection.id: "alpha~alpha" is not a pair: write two different actor ids joined by "~"',
    ],
    [
      'a hidden type the dataset does not know',
      [story([step({ view: { date: '2026-01-01', filters: { hiddenTypes: ['friendship'] } } })])],
      'fixture.json: stories[0].steps[0].view.filters.hiddenTypes[0]: names no relation type of the dataset: "friendship"',
    ],
    [
      'an unknown mode',
      [story([step({ view: { date: '2026-01-01', mode: 'replay' as 'window' } })])],
      'fixture.json: stories[0].steps[0].view.mode: "replay" must be one of snapshot, window, cumulative',
    ],
    [
      'a field a step cannot set',
      [story([step({ view: { date: '2026-01-01', theme: 'dark' } as Step['view'] })])],
      'fixture.json: stories[0].steps[0].view',
    ],
    [
      'two stories with one id',
      [story([step()]), story([step()])],
      'fixture.json: stories[1].id: "tour" is the id of an earlier story too',
    ],
    [
      'a story id that is not an id',
      [story([step()], { id: 'A Tour' })],
      'fixture.json: stories[0].id: "A Tour" must be lowercase',
    ],
  ];
  it.each(invalid)('refuses %s, saying where', (_name, stories, expected) => {
    const problems = problemsOf(stories);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });
});
