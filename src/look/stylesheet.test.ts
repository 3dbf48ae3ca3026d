// The legend and the stylesheet must agree: for every relation type, the rule that styles its edges draws
// exactly what the legend shows, in both themes; and no two tones share colour and arrows.
import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, RELATION_TYPE_INFO, type RelationStatus } from '../model/dataset/vocabulary';
import { THEMES } from './theme';
import { buildLegend } from './legend';
import { ageStep, edgeClassKey, edgeClasses, nodeSize, steppedNodeSize } from './look';
import {
  FAST_DRAWING,
  FAST_LABEL_ZOOM,
  LABEL_SIZES,
  buildStylesheet,
  drawingFor,
  labelSizeFor,
  type Drawing,
} from './stylesheet';

type Rule = { selector: string; style: Record<string, unknown> };

function ruleFor(theme: (typeof THEMES)[number], selector: string): Record<string, unknown> {
  const rules = buildStylesheet(theme) as Rule[];
  const found = rules.filter((r) => r.selector === selector);
  expect(found, selector).toHaveLength(1);
  return found[0]!.style;
}

describe.each(THEMES)('%s theme', (theme) => {
  const legend = buildLegend(Object.values(RELATION_TYPE_INFO), theme);
  const entries = legend.groups.flatMap((g) => g.relations);

  it('lists every relation type once, grouped by tone', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(Object.keys(RELATION_TYPE_INFO).sort());
    for (const g of legend.groups)
      for (const r of g.relations) expect(RELATION_TYPE_INFO[r.id as 'talks'].tone).toBe(g.tone);
  });

  it.each(entries.map((e) => [e.id, e] as const))('draws %s as the legend says', (id, entry) => {
    const info = RELATION_TYPE_INFO[id as keyof typeof RELATION_TYPE_INFO];
    const style = ruleFor(theme, `edge.${edgeClasses(edgeClassKey(info, 'reported')).join('.')}`);
    expect(style['line-color']).toBe(entry.look.colour);
    expect(style['line-dash-pattern']).toEqual(entry.look.dash);
    expect(style['target-arrow-shape']).toBe(entry.look.targetArrow);
    expect(style['source-arrow-shape']).toBe(entry.look.sourceArrow);
    expect(style['line-style']).toBe(info.duration === 'lasting' ? 'solid' : 'dashed');
  });

  it.each(ACTOR_KINDS)('draws actor kind %s as the legend says', (kind) => {
    const entry = legend.kinds.find((k) => k.kind === kind)!;
    const style = ruleFor(theme, `node.kind-${kind}`);
    expect(style.shape).toBe(entry.shape);
    expect(style['background-color']).toBe(entry.fill);
  });

  it('never tells tones apart by colour alone', () => {
    const byTone = new Map(legend.groups.map((g) => [g.tone, g.relations[0]!.look]));
    const shapes = [...byTone.values()].map((l) => `${l.targetArrow}`);
    expect(new Set(shapes).size).toBe(byTone.size);
  });

  it('dashes alleged relations whatever their duration', () => {
    const statuses: RelationStatus[] = ['alleged'];
    for (const info of Object.values(RELATION_TYPE_INFO))
      for (const s of statuses) expect(edgeClassKey(info, s).lineStyle).toBe('dashed');
  });
});

describe('ageStep', () => {
  it.each([
    [0, 30, 0],
    [5, 30, 0],
    [8, 30, 1],
    [29, 30, 3],
    [400, 30, 3],
    [5, 0, 0],
  ])('an event %d days old with %d days of memory fades to step %d', (age, memory, step) => {
    expect(ageStep(age, memory)).toBe(step);
  });
});

describe('labelSizeFor', () => {
  it.each([
    [1.5, 12],
    [1, 12],
    [0.8, 14],
    [0.6, 20],
    [0.2, 24],
  ])('at zoom %d labels are %d px in the model', (zoom, size) => {
    expect(labelSizeFor(zoom)).toBe(size);
  });
});

describe('fast drawing of large datasets', () => {
  const rules = (drawing: Drawing) => buildStylesheet('light', { drawing, labelSize: 24 }) as Rule[];
  const style = (drawing: Drawing, selector: string) =>
    rules(drawing).find((r) => r.selector === selector)!.style;

  it('draws straight overlaid lines without heads or end marks', () => {
    expect(style('fast', 'edge')['curve-style']).toBe('haystack');
    expect(style('detailed', 'edge')['curve-style']).toBe('bezier');
    for (const r of rules('fast').filter((r) => r.selector.startsWith('edge.tone-'))) {
      expect(r.style['target-arrow-shape']).toBeUndefined();
      expect(r.style['source-arrow-shape']).toBeUndefined();
      expect(r.style['line-color']).toBeDefined();
    }
  });

  it('keeps labels at one size and leaves out those too small to read', () => {
    expect(style('fast', 'node')['font-size']).toBe(LABEL_SIZES[0]);
    expect(style('fast', 'node')['min-zoomed-font-size']).toBe(8);
    expect(style('detailed', 'node')['font-size']).toBe(24);
    expect(style('detailed', 'node')['min-zoomed-font-size']).toBeUndefined();
  });

  it('gives zoomed-out nodes and edges no label at all, and labels once zoomed in', () => {
    const sheet = (labels: boolean) => buildStylesheet('light', { drawing: 'fast', labels }) as Rule[];
    const labelled = (labels: boolean) =>
      sheet(labels)
        .filter((r) => 'label' in r.style)
        .map((r) => r.selector);
    expect(labelled(false)).toEqual([]);
    expect(labelled(true)).toEqual([
      'node',
      'edge.alleged',
      'edge.pairline',
      'edge.added[^pair]',
      'edge.ended[^pair]',
      'edge.flipped[^pair]',
    ]);
    expect(FAST_LABEL_ZOOM * LABEL_SIZES[0]).toBe(8);
  });

  it.each([
    [FAST_DRAWING.actors, FAST_DRAWING.relations, 'detailed'],
    [FAST_DRAWING.actors + 1, 10, 'fast'],
    [10, FAST_DRAWING.relations + 1, 'fast'],
  ] as const)('%d actors and %d relations are drawn %s', (actors, relations, drawing) => {
    const model = {
      actors: { size: actors },
      edges: { length: relations },
    } as unknown as Parameters<typeof drawingFor>[0];
    expect(drawingFor(model)).toBe(drawing);
  });
});

describe('steppedNodeSize', () => {
  it.each([
    [0, 1, 20],
    [3, 1, nodeSize(3)],
    [0, 8, 20],
    [1, 8, 28],
    [4, 8, 28],
    [9, 8, 36],
    [400, 8, 60],
  ])('weight %d in steps of %d px: %d px', (weight, step, size) => {
    expect(steppedNodeSize(weight, step)).toBe(size);
  });

  it('stays within the unstepped bounds', () => {
    for (let w = 0; w < 200; w += 0.5) {
      const s = steppedNodeSize(w, 8);
      expect(s).toBeGreaterThanOrEqual(20);
      expect(s).toBeLessThanOrEqual(60);
      expect(Math.abs(s - nodeSize(w))).toBeLessThanOrEqual(4);
    }
  });
});
