// The line layer reads Cytoscape's computed style of each line as Cytoscape's own drawing does: the strokes it makes
// for every look of the fast stylesheet (tone, dashes, age, ended, dimmed, compare marks, imprecise band, picked),
// which lines it leaves to Cytoscape, and the order of its calls on a recording context. Headless Cytoscape computes
// styles but lays out no paths, so each line's path is set in the renderer's scratch as the canvas renderer would.
// That the pixels equal Cytoscape's own is shown in the browser (e2e/lines.spec.ts).
import { describe, expect, it } from 'vitest';
import type { EdgeSingular } from 'cytoscape';
import { buildStylesheet } from '../look/stylesheet';
import { THEME_COLOURS } from '../look/look';
import cytoscape from './cytoscape';
import { drawsLine, strokeLines, strokesOf, type DrawnElement, type LineContext } from './lineLayer';

const c = THEME_COLOURS.light;
const rgba = (hex: string, a: number) =>
  `rgba(${parseInt(hex.slice(1, 3), 16)},${parseInt(hex.slice(3, 5), 16)},${parseInt(hex.slice(5, 7), 16)},${a})`;

function lineWith(classes: string, options: { labels?: boolean; label?: string } = {}) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', { drawing: 'fast', labels: options.labels ?? false }),
  });
  cy.add([
    { data: { id: 'a', size: 20, label: 'A' }, position: { x: 0, y: 0 } },
    { data: { id: 'b', size: 20, label: 'B' }, position: { x: 100, y: 50 } },
  ]);
  const e = cy.add({
    data: { id: 'e', source: 'a', target: 'b', width: 3, label: options.label ?? '' },
    classes,
  });
  const drawn = e[0] as unknown as DrawnElement & EdgeSingular;
  Object.assign(drawn._private.rscratch, { edgeType: 'haystack', allpts: [0, 0, 100, 50], badLine: false });
  return drawn;
}

const line = (colour: string, extra: { dash?: number[]; cap?: string; width?: number } = {}) => ({
  width: 3,
  cap: 'butt',
  dash: [],
  period: (extra.dash ?? []).reduce((a, b) => a + b, 0),
  dashOffset: 0,
  colour,
  ...extra,
});

describe('strokesOf: the strokes Cytoscape makes for each look of the fast stylesheet', () => {
  const hostile = 'tone-hostile solid directed';
  it.each([
    ['a solid line in its tone', hostile, [line(rgba(c.tone.hostile, 1))]],
    ['a cooperative line', 'tone-cooperative solid undirected', [line(rgba(c.tone.cooperative, 1))]],
    ['dashed', 'tone-hostile dashed directed', [line(rgba(c.tone.hostile, 1), { dash: [7, 4] })]],
    [
      'dotted: round dots',
      'tone-mediation dotted directed',
      [line(rgba(c.tone.mediation, 1), { dash: [0.1, 5], cap: 'round' })],
    ],
    ['faded by age', `${hostile} age2`, [line(rgba(c.tone.hostile, 0.48))]],
    ['ended: grey and faint', `${hostile} ended`, [line(rgba(c.ended, 0.45))]],
    ['dimmed', `${hostile} dim`, [line(rgba(c.tone.hostile, 0.12))]],
    [
      'added in a comparison: outlined first',
      `${hostile} added`,
      [line(rgba(c.selection, 1), { width: 5.5 }), line(rgba(c.tone.hostile, 1))],
    ],
    [
      'flipped: outlined in the hostile colour',
      'tone-cooperative solid directed flipped',
      [line(rgba(c.tone.hostile, 1), { width: 5.5 }), line(rgba(c.tone.cooperative, 1))],
    ],
    [
      'imprecise: the band first, solid with round caps',
      `${hostile} imprecise`,
      [
        { width: 10, cap: 'round', dash: [], period: 0, dashOffset: 0, colour: rgba(c.tone.hostile, 0.22) },
        line(rgba(c.tone.hostile, 1)),
      ],
    ],
    [
      'picked: the selection band',
      `${hostile} picked`,
      [
        { width: 12, cap: 'round', dash: [], period: 0, dashOffset: 0, colour: rgba(c.selection, 0.18) },
        line(rgba(c.tone.hostile, 1)),
      ],
    ],
  ])('%s', (_name, classes, strokes) => {
    expect(strokesOf(lineWith(classes))).toEqual(strokes);
  });

  it('an invisible line keeps only its band, as Cytoscape draws it', () => {
    const e = lineWith(`${hostile} picked`);
    e.style('opacity', 0);
    expect(strokesOf(e)).toEqual([
      { width: 12, cap: 'round', dash: [], period: 0, dashOffset: 0, colour: rgba(c.selection, 0.18) },
    ]);
  });
});

describe('drawsLine: which lines the layer takes over', () => {
  it('a straight or overlaid line without a label', () => {
    expect(drawsLine(lineWith('tone-hostile solid directed'))).toBe(true);
  });
  it('not a line with a label, nor a curved, hidden or pathless one', () => {
    expect(drawsLine(lineWith('tone-hostile solid directed alleged', { labels: true }))).toBe(false);
    const curved = lineWith('tone-hostile solid directed');
    Object.assign(curved._private.rscratch, { edgeType: 'bezier' });
    expect(drawsLine(curved)).toBe(false);
    const hidden = lineWith('tone-hostile solid directed');
    hidden.style('display', 'none');
    expect(drawsLine(hidden)).toBe(false);
    const pathless = lineWith('tone-hostile solid directed');
    Object.assign(pathless._private.rscratch, { allpts: [NaN, NaN, 1, 1] });
    expect(drawsLine(pathless)).toBe(false);
    expect(drawsLine(pathless.source() as unknown as DrawnElement)).toBe(false);
  });
});

describe('strokeLines', () => {
  it('strokes each line in turn, band and outline before the line, and leaves the context as Cytoscape does', () => {
    const calls: string[] = [];
    const ctx = new Proxy<Record<string, unknown>>(
      {},
      {
        get: (target, key: string) =>
          key in target ? target[key] : (...args: unknown[]) => calls.push(`${key}(${args.join(',')})`),
        set: (target, key: string, value) => {
          calls.push(`${key}=${String(value)}`);
          target[key] = value;
          return true;
        },
      },
    ) as unknown as LineContext;
    const plain = lineWith('tone-hostile solid directed');
    const marked = lineWith('tone-cooperative dashed directed added imprecise');
    Object.assign(marked._private.rscratch, { allpts: [10, 20, 30, 40] });
    const node = plain.source() as unknown as DrawnElement;
    expect(strokeLines(ctx, [node, plain, marked])).toBe(2);
    const strokes = calls.filter((s) => s.startsWith('strokeStyle=') || s.startsWith('moveTo'));
    expect(strokes).toEqual([
      `strokeStyle=${rgba(c.tone.hostile, 1)}`,
      'moveTo(0,0)',
      `strokeStyle=${rgba(c.tone.cooperative, 0.22)}`,
      'moveTo(10,20)',
      `strokeStyle=${rgba(c.selection, 1)}`,
      'moveTo(10,20)',
      `strokeStyle=${rgba(c.tone.cooperative, 1)}`,
      'moveTo(10,20)',
    ]);
    expect(calls.filter((s) => s === 'stroke()')).toHaveLength(4);
    expect(calls.slice(-2)).toEqual(['lineCap=butt', 'setLineDash()']);
  });

  it('strokes a dash pattern finer than a pixel on screen as a solid line', () => {
    const dashes: string[] = [];
    const ctx = new Proxy<Record<string, unknown>>(
      {},
      {
        get:
          (_t, key: string) =>
          (...args: unknown[]) => {
            if (key === 'setLineDash') dashes.push(String(args[0]));
          },
        set: () => true,
      },
    ) as unknown as LineContext;
    const dotted = lineWith('tone-mediation dotted directed');
    const dashed = lineWith('tone-hostile dashed directed');
    // Periods 5.1 and 11 model units: at 0.15 px a unit, 0.77 and 1.65 px on screen.
    strokeLines(ctx, [dotted, dashed], 0.15);
    expect(dashes).toEqual(['', '7,4', '']);
    dashes.length = 0;
    strokeLines(ctx, [dotted], 1);
    expect(dashes).toEqual(['0.1,5', '']);
  });
});
