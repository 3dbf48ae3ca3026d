import { describe, expect, it } from 'vitest';
import { composeFigure } from './compose';
import { fixtureInput, fixtureModel, svgTexts } from './figure-fixture';
import { StoryStepError, captionParagraphs, checkStepFocus, resolveCitations, stepBelow } from './story-step';
import { allElements, parseXml } from '../io/xml/tree';

const QUOTE = 'A passage that stands in for a quote in tests.';

describe('the passages a story step cites', () => {
  it('resolves a relation to its own verbatim quotes and source line, and keeps a given quote as it is', () => {
    expect(
      resolveCitations(
        fixtureModel,
        [
          { relation: 'r-attack' },
          { relation: 'r-mediation', quote: 0 },
          { quote: 'Given.', source: 'A paper' },
        ],
        0,
      ),
    ).toEqual([
      { quote: QUOTE, source: '“Test note”, 2026' },
      { quote: QUOTE, source: '“Test note”, 2026' },
      { quote: 'Given.', source: 'A paper' },
    ]);
  });

  const refused: [string, { relation: string; quote?: number }, string][] = [
    ['a relation the dataset lacks', { relation: 'r-invented' }, 'steps[2].citations[0].relation'],
    ['a quote the relation lacks', { relation: 'r-attack', quote: 1 }, 'steps[2].citations[0].quote'],
  ];
  it.each(refused)('refuses %s, naming the step and the citation', (_name, citation, where) => {
    expect(() => resolveCitations(fixtureModel, [citation], 2)).toThrow(StoryStepError);
    expect(() => resolveCitations(fixtureModel, [citation], 2)).toThrow(where);
  });

  it('refuses a focus on an actor the dataset lacks, and takes a known one or none', () => {
    expect(() => checkStepFocus(fixtureModel, { id: 'omega' }, 1)).toThrow(
      'steps[1].state.focus.id: names no actor of the dataset: "omega"',
    );
    expect(() => checkStepFocus(fixtureModel, { id: 'alpha' }, 1)).not.toThrow();
    expect(() => checkStepFocus(fixtureModel, null, 1)).not.toThrow();
  });
});

describe('a caption as plain text', () => {
  const cases: [string, string, string[]][] = [
    ['plain words', 'The Taliban take Kabul.', ['The Taliban take Kabul.']],
    ['nothing', '  \n\n ', []],
    ['lines of one paragraph joined', 'One line\nand the next', ['One line and the next']],
    ['paragraphs apart', 'First.\n\nSecond.', ['First.', 'Second.']],
    ['emphasis markers dropped', '**Open** war, _again_', ['Open war, again']],
    ['list items one each', '- strikes\n- talks', ['• strikes', '• talks']],
    ['escapes kept as characters', '2 \\* 3', ['2 * 3']],
    ['markup kept as text', '<script>alert(1)</script> & <b>x</b>', ['<script>alert(1)</script> & <b>x</b>']],
  ];
  it.each(cases)('%s', (_name, markdown, expected) => {
    expect(captionParagraphs(markdown)).toEqual(expected);
  });
});

describe('the words under a step figure', () => {
  it('writes the step number, the caption as plain wrapped text, then the quotes, below the graph', () => {
    const caption = `**Open war**: Pakistan strikes Kabul and Kandahar after the clashes of October; <script>x</script> stays text.`;
    const input = fixtureInput('2026-02-27');
    const plain = composeFigure(input);
    const figure = composeFigure({
      ...input,
      below: stepBelow(1, 3, caption, [{ quote: QUOTE, source: 'A paper' }]),
    });
    const texts = svgTexts(figure.svg);
    const at = texts.indexOf('Step 2 of 3');
    expect(at).toBeGreaterThan(texts.indexOf('Alpha'));
    const captionLines = texts.slice(at + 1, texts.indexOf('Cited'));
    expect(captionLines.length).toBeGreaterThan(1);
    expect(captionLines.join(' ')).toBe(
      'Open war: Pakistan strikes Kabul and Kandahar after the clashes of October; <script>x</script> stays text.',
    );
    expect(texts).toContain(`“${QUOTE}” — A paper`);
    expect(figure.height).toBeGreaterThan(plain.height);
    // Below the nested graph and above the sources.
    const root = parseXml(figure.svg);
    const graph = allElements(root).find((e) => e.name === 'svg' && e !== root)!;
    const graphBottom = Number(graph.attributes.get('y')) + Number(graph.attributes.get('height'));
    const yOf = (t: string) =>
      Number(
        allElements(root)
          .find((e) => e.name === 'text' && e.text === t)!
          .attributes.get('y'),
      );
    expect(yOf('Step 2 of 3')).toBeGreaterThan(graphBottom);
    expect(yOf('Sources')).toBeGreaterThan(yOf('Cited'));
  });

  it('leaves the quotes out of a frame and an empty caption out altogether', () => {
    expect(stepBelow(0, 1, '', null)).toEqual([
      { paragraphs: ['Step 1 of 1'], size: 14, bold: true },
      { paragraphs: [], size: 14 },
    ]);
  });
});
