import { describe, expect, it } from 'vitest';
import { storyRequestSchema } from './figure-request';

const DAY = 86_400_000;
const step = (over: Record<string, unknown> = {}) => ({
  state: { date: '2026-02-27' },
  caption: 'A step',
  ...over,
});
const request = (over: Record<string, unknown> = {}) => ({ format: 'pdf', steps: [step()], ...over });

/** Where zod says a rejected request is wrong: each issue's path, joined with dots. */
function rejectedAt(input: unknown): string[] {
  const r = storyRequestSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('the story export request', () => {
  it('fills the defaults and reads a day written either way', () => {
    const r = storyRequestSchema.parse(
      request({
        steps: [step(), step({ state: { date: Date.UTC(2025, 9, 1) }, citations: [{ relation: 'r' }] })],
      }),
    );
    expect(r).toMatchObject({ format: 'pdf', holdSeconds: 3, width: 960, background: 'white' });
    expect(r.steps.map((s) => s.state.date)).toEqual([Date.UTC(2026, 1, 27), Date.UTC(2025, 9, 1)]);
    expect(r.steps[0]!.citations).toEqual([]);
  });

  it('keeps what a step sets of the view and drops the rest of a whole view state', () => {
    const state = {
      dataset: 'af-pak',
      theme: 'dark',
      positions: { a: { x: 1, y: 2 } },
      date: 20 * DAY,
      mode: 'window',
      window: { from: 10 * DAY, to: 20 * DAY },
      focus: { id: 'alpha', hops: 2 },
      selection: null,
      edgeMode: 'relations',
    };
    const r = storyRequestSchema.parse(request({ steps: [step({ state })] }));
    expect(r.steps[0]!.state).toEqual({
      date: 20 * DAY,
      mode: 'window',
      window: { from: 10 * DAY, to: 20 * DAY },
      focus: { id: 'alpha', hops: 2 },
      selection: null,
      edgeMode: 'relations',
    });
  });

  const rejected: [string, unknown, string][] = [
    ['an unknown format', request({ format: 'mp4' }), 'format'],
    ['no steps', request({ steps: [] }), 'steps'],
    ['a step without a date', request({ steps: [step({ state: {} })] }), 'steps.0.state.date'],
    [
      'a day that does not exist',
      request({ steps: [step({ state: { date: '2025-02-30' } })] }),
      'steps.0.state.date',
    ],
    [
      'a time that is not midnight',
      request({ steps: [step({ state: { date: DAY + 5 } })] }),
      'steps.0.state.date',
    ],
    [
      'a window ending before it starts',
      request({
        steps: [step({ state: { date: '2026-01-01', window: { from: '2026-02-01', to: '2026-01-01' } } })],
      }),
      'steps.0.state.window',
    ],
    [
      'an unknown mode',
      request({ steps: [step({ state: { date: '2026-01-01', mode: 'replay' } })] }),
      'steps.0.state.mode',
    ],
    [
      'a focus of three hops',
      request({ steps: [step({ state: { date: '2026-01-01', focus: { id: 'a', hops: 3 } } })] }),
      'steps.0.state.focus.hops',
    ],
    ['a hold that is not whole frames', request({ holdSeconds: 1.2 }), 'holdSeconds'],
    ['a hold of nothing', request({ holdSeconds: 0 }), 'holdSeconds'],
    ['a narrow width', request({ width: 100 }), 'width'],
    [
      'a caption past its length',
      request({ steps: [step({ caption: 'x'.repeat(2001) })] }),
      'steps.0.caption',
    ],
    ['a citation of nothing', request({ steps: [step({ citations: [{}] })] }), 'steps.0.citations.0'],
    ['an unknown field', request({ colour: 'red' }), ''],
  ];
  it.each(rejected)('refuses %s, saying where', (_name, input, path) => {
    expect(rejectedAt(input)).toContain(path);
  });
});
