// Drawing a large first view in parts: each part is the view's first elements (actors before the lines between
// them), every frame applies one part through GraphSync, and the graph ends holding exactly the view a direct apply
// gives (or the newer one, when the date moved meanwhile), each element at its place; ready comes once, after the
// frame that drew it whole. Frames are driven by hand (a stubbed requestAnimationFrame), so no test waits on time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildModel } from '../model';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import cytoscape from './cytoscape';
import { fillInFrames, FILL_ABOVE, partOf, sizeOf } from './fill';
import { FIXTURE, ringDataset } from '../model/dataset/test-fixture';
import { LiveViewDeriver, type LiveView } from './liveView';
import { GraphSync } from './sync';

const model = buildModel(ringDataset(800));
const deriver = new LiveViewDeriver(model);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const place = (id: string) => ({ x: Number(id.slice(1)) * 10, y: 5 });
const view = (date: string, patch: Partial<ViewState> = {}): LiveView =>
  deriver.derive({ ...DEFAULT_VIEW, ...patch, date: day(date) });
const marks = { selection: null, focus: null };

let frames: FrameRequestCallback[] = [];
/** What each step of the fill costs by the clock the fill reads: set per test, so part sizes never follow the machine. */
let stepCost = 100;
let clock = 0;
/** Runs the frame callbacks queued now, then the tasks they queued (what they queue waits for the next call). */
const frame = () => {
  const now = frames;
  frames = [];
  for (const f of now) f(0);
  vi.runOnlyPendingTimers();
};
beforeEach(() => {
  frames = [];
  stepCost = 100;
  // Each reading of the clock is a step's cost later than the one before (a step reads it as it starts and ends).
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += stepCost));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function graph() {
  const cy = cytoscape({ headless: true });
  const sync = new GraphSync(cy, model, place);
  const ids = (sel: string) =>
    cy
      .$(sel)
      .map((e) => e.id())
      .sort();
  return { cy, sync, ids };
}

describe('partOf', () => {
  it.each([
    ['pair lines', {}],
    ['one line per relation', { edgeMode: 'relations' as const }],
  ])('takes the actors first, then lines between them, never more than asked (%s)', (_name, patch) => {
    const whole = view('2020-06-01', patch);
    expect(sizeOf(whole)).toBeGreaterThan(FILL_ABOVE);
    for (const count of [0, 1, 500, whole.actors.size, whole.actors.size + 7, sizeOf(whole)]) {
      const part = partOf(whole, count);
      expect(sizeOf(part)).toBe(Math.min(count, sizeOf(whole)));
      expect([...part.actors]).toEqual([...whole.actors].slice(0, Math.min(count, whole.actors.size)));
      expect([...part.mediators].every((id) => part.actors.has(id))).toBe(true);
      expect([...part.dimmedActors].every((id) => part.actors.has(id))).toBe(true);
      const lines = part.pairs
        ? [...part.pairs.values()]
        : [...part.edges].map((k) => model.edgeByKey.get(k)!);
      for (const l of lines) expect(part.actors.has(l.source) && part.actors.has(l.target)).toBe(true);
    }
  });
});

describe('fillInFrames', () => {
  it('draws a large view a part per frame, ending with exactly the view, each actor at its place, ready once', () => {
    const whole = view('2020-06-01');
    const direct = graph();
    direct.sync.apply(whole, marks);
    const { cy, sync, ids } = graph();
    const apply = vi.spyOn(sync, 'apply');
    const ready = vi.fn();
    fillInFrames(sync, whole, marks, ready);
    expect(cy.elements().length).toBe(0);
    const sizes: number[] = [];
    while (frames.length) {
      frame();
      sizes.push(cy.elements().length);
    }
    // Several parts, growing, each one diff; then the whole view, then ready after the frame that drew it.
    expect(apply.mock.calls.length).toBeGreaterThan(4);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(ready).toHaveBeenCalledTimes(1);
    expect(ids('node')).toEqual(direct.ids('node'));
    expect(ids('edge')).toEqual(direct.ids('edge'));
    cy.nodes().forEach((n) => expect(n.position()).toEqual(place(n.id())));
    expect(sync.view).toBe(whole);
  });

  it.each([
    // Cheap steps: each part twice the one before (at most); dear ones: half, down to the floor; on budget: equal.
    ['cheap steps', 10, (p: number) => p * 2],
    ['dear steps', 200, (p: number) => Math.max(200, p / 2)],
    ['steps on budget', 50, (p: number) => p],
  ])('sizes each part on what the step before cost (%s)', (_name, cost, next) => {
    stepCost = cost;
    const whole = view('2020-06-01');
    const { cy, sync } = graph();
    fillInFrames(sync, whole, marks, () => {});
    const sizes: number[] = [];
    while (frames.length) {
      frame();
      sizes.push(cy.elements().length);
    }
    const parts = sizes.map((n, i) => n - (sizes[i - 1] ?? 0)).filter((n) => n > 0);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts[0]).toBe(400);
    // The last part is what was left of the view.
    parts.slice(1, -1).forEach((p, i) => expect(p).toBe(next(parts[i]!)));
    expect(parts.at(-1)).toBeLessThanOrEqual(next(parts.at(-2)!));
    expect(sizes.at(-1)).toBe(sizeOf(whole));
  });

  it('ends with the newer view when the date moves during the fill', () => {
    const { sync, ids } = graph();
    const ready = vi.fn();
    const fill = fillInFrames(sync, view('2020-06-01'), marks, ready);
    frame();
    frame();
    const later = view('2022-06-01', { mode: 'cumulative' });
    fill.retarget(later, marks);
    while (frames.length) frame();
    expect(ready).toHaveBeenCalledTimes(1);
    expect(sync.view).toBe(later);
    expect(ids('node')).toEqual([...later.actors].sort());
    // After the fill, a change is applied at once, as one diff.
    const none = view('1990-01-01');
    fill.retarget(none, marks);
    expect(ids('node')).toEqual([...none.actors].sort());
  });

  it('applies a small view at once and is ready after the frame that drew it', () => {
    const fixture = buildModel(FIXTURE);
    const small = new LiveViewDeriver(fixture);
    const sync = new GraphSync(cytoscape({ headless: true }), fixture, () => ({ x: 0, y: 0 }));
    const whole = small.derive({ ...DEFAULT_VIEW, date: day('2026-02-27') });
    expect(sizeOf(whole)).toBeLessThanOrEqual(FILL_ABOVE);
    const ready = vi.fn();
    const apply = vi.spyOn(sync, 'apply');
    fillInFrames(sync, whole, marks, ready);
    expect(apply).toHaveBeenCalledTimes(1);
    frame();
    expect(ready).not.toHaveBeenCalled();
    frame();
    expect(ready).toHaveBeenCalledTimes(1);
  });
});
