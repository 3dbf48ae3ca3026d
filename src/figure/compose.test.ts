import { describe, expect, it } from 'vitest';
import { THEME_COLOURS } from '../look/look';
import { allElements, parseXml } from '../io/xml/tree';
import { composeFigure } from './compose';
import { fixtureInput, svgTexts } from './figure-fixture';
import { GraphSvgError } from './graph-svg';
import { legendLabels } from './legend-svg';
import { FIGURE_PARTS, type FigurePart } from '../io/export/figure-request';

const input = fixtureInput('2026-02-27');

describe('composeFigure', () => {
  it('writes well-formed SVG holding every part as text', () => {
    const figure = composeFigure({ ...input, caption: 'Strikes and mediation' });
    const texts = svgTexts(figure.svg);
    expect(texts).toContain('Test fixture');
    expect(texts).toContain('Strikes and mediation');
    expect(texts.some((t) => t.startsWith('27 February 2026 · snapshot'))).toBe(true);
    expect(texts).toContain('Filters: none');
    for (const label of legendLabels(input.legend)) expect(texts).toContain(label);
    expect(texts).toContain('Sources');
    expect(texts).toContain('• “Test note”, 2026');
    // The graph's own drawing is nested, text and all.
    expect(texts).toContain('Alpha');
  });

  it('sizes the figure around the graph and the legend, and scales pixels but not the drawing', () => {
    const one = composeFigure(input);
    expect(one.width).toBe(24 + 400 + 20 + 210 + 24);
    expect(one.height).toBeGreaterThan(300);
    const root = parseXml(composeFigure({ ...input, scale: 2 }).svg);
    expect(root.attributes.get('width')).toBe(String(one.width * 2));
    expect(root.attributes.get('height')).toBe(String(one.height * 2));
    expect(root.attributes.get('viewBox')).toBe(`0 0 ${one.width} ${one.height}`);
    const nested = allElements(root).filter((e) => e.name === 'svg' && e !== root);
    expect(nested).toHaveLength(1);
    expect(nested[0]!.attributes.get('viewBox')).toBe('0 0 400 300');
  });

  it('shows the cropped part of the graph at its own size', () => {
    const crop = { x: 50, y: 40, width: 200, height: 150 };
    const root = parseXml(composeFigure({ ...input, graphCrop: crop }).svg);
    const nested = allElements(root).find((e) => e.name === 'svg' && e !== root)!;
    expect([nested.attributes.get('width'), nested.attributes.get('height')]).toEqual(['200', '150']);
    expect(nested.attributes.get('viewBox')).toBe('50 40 200 150');
  });

  it('draws a date stamp clear of the header', () => {
    const caption = 'word '.repeat(60).trim();
    const plain = svgTexts(composeFigure({ ...input, caption }).svg);
    const stamped = svgTexts(composeFigure({ ...input, caption, stamp: '27 February 2026' }).svg);
    expect(stamped).toContain('27 February 2026');
    // Narrower header lines: the caption needs more of them.
    const lines = (texts: string[]) => texts.filter((t) => t.startsWith('word')).length;
    expect(lines(stamped)).toBeGreaterThan(lines(plain));
  });

  it('grows to a minimum height and no further', () => {
    const natural = composeFigure(input).height;
    expect(composeFigure({ ...input, minHeight: natural + 100 }).height).toBe(natural + 100);
    expect(composeFigure({ ...input, minHeight: natural - 100 }).height).toBe(natural);
  });

  it.each<[FigurePart, string]>([
    ['title', 'Test fixture'],
    ['caption', 'A caption'],
    ['filters', 'Filters: none'],
    ['legend', 'Legend'],
    ['sources', 'Sources'],
  ])('leaves out the %s when switched off', (part, text) => {
    const on = svgTexts(composeFigure({ ...input, caption: 'A caption' }).svg);
    expect(on).toContain(text);
    const off = svgTexts(
      composeFigure({ ...input, caption: 'A caption', parts: { ...input.parts, [part]: false } }).svg,
    );
    expect(off).not.toContain(text);
  });

  it('leaves out the date line when switched off, and everything but the graph with all parts off', () => {
    const noWhen = svgTexts(composeFigure({ ...input, parts: { ...input.parts, when: false } }).svg);
    expect(noWhen.some((t) => t.includes('27 February 2026'))).toBe(false);
    const none = Object.fromEntries(FIGURE_PARTS.map((p) => [p, false])) as Record<FigurePart, boolean>;
    expect(svgTexts(composeFigure({ ...input, parts: none }).svg)).toEqual(['Alpha']);
  });

  it.each([
    ['white', '#ffffff'],
    ['dark', '#17191e'],
    ['transparent', null],
  ] as const)('paints a %s background', (background, fill) => {
    const colours = THEME_COLOURS[background === 'dark' ? 'dark' : 'light'];
    const root = parseXml(composeFigure({ ...input, background, colours }).svg);
    const rects = root.children.filter((e) => e.name === 'rect');
    expect(rects.map((r) => r.attributes.get('fill'))).toEqual(fill ? [fill] : []);
  });

  it('keeps text from the data and the user as text, never markup', () => {
    const evil = '<script>alert(1)</script> & "quotes"';
    const figure = composeFigure({ ...input, title: evil, caption: '</text><image href="x"/>' });
    const root = parseXml(figure.svg);
    const names = allElements(root).map((e) => e.name);
    expect(names).not.toContain('script');
    expect(names).not.toContain('image');
    expect(svgTexts(figure.svg)).toEqual(expect.arrayContaining([expect.stringContaining('<script>')]));
  });

  it('wraps a long caption within the margins', () => {
    const caption = 'word '.repeat(200).trim();
    const figure = composeFigure({ ...input, caption });
    const lines = svgTexts(figure.svg).filter((t) => t.startsWith('word'));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toBe(caption);
  });

  it('refuses a graph picture that is not SVG', () => {
    expect(() => composeFigure({ ...input, graphSvg: '<div>no</div>' })).toThrow(GraphSvgError);
    expect(() => composeFigure({ ...input, graphSvg: '<svg width="0" height="10"></svg>' })).toThrow(
      GraphSvgError,
    );
  });

  it('starts the graph no higher than asked, so frames with different headers keep it in one place', () => {
    const nestedY = (svg: string) => {
      const root = parseXml(svg);
      return Number(
        allElements(root)
          .find((e) => e.name === 'svg' && e !== root)!
          .attributes.get('y'),
      );
    };
    const own = composeFigure(input);
    expect(nestedY(own.svg)).toBe(own.graphTop);
    const lowered = composeFigure({ ...input, minGraphTop: own.graphTop + 40 });
    expect(lowered.graphTop).toBe(own.graphTop + 40);
    expect(nestedY(lowered.svg)).toBe(own.graphTop + 40);
    expect(lowered.height).toBe(own.height + 40);
    // A lower bound under the header's own bottom changes nothing.
    expect(composeFigure({ ...input, minGraphTop: 1 }).svg).toBe(own.svg);
  });
});
