import { describe, expect, it } from 'vitest';
import { captionParagraphs } from './story-caption';

describe('a story caption as plain text', () => {
  const cases: [string, string, string[]][] = [
    ['plain words', 'The Taliban take Kabul.', ['The Taliban take Kabul.']],
    ['empty', '  \n\n ', []],
    ['lines of one paragraph joined', 'One line\nand the next', ['One line and the next']],
    ['paragraphs apart', 'First.\n\nSecond.', ['First.', 'Second.']],
    ['bold, italic, strike and code', '**Open** war, _again_, ~~no~~ `talks`', ['Open war, again, no talks']],
    ['a link keeps its words', 'See [the UN report](https://example.org/r "UN").', ['See the UN report.']],
    ['a heading', '# August 2021\nKabul falls.', ['August 2021', 'Kabul falls.']],
    ['list items', '- strikes\n* talks\n1. ceasefire', ['• strikes', '• talks', '• ceasefire']],
    ['a quote marker', '> Doha talks', ['Doha talks']],
    ['escapes stay as characters', '2 \\* 3 \\_x\\_', ['2 * 3 _x_']],
    ['an asterisk in a word is not emphasis', 'a*b', ['a*b']],
    [
      'markup stays as text',
      '<script>alert(1)</script> & <b>x</b>',
      ['<script>alert(1)</script> & <b>x</b>'],
    ],
    ['Windows line ends', 'a\r\n\r\nb', ['a', 'b']],
  ];
  it.each(cases)('%s', (_name, markdown, expected) => {
    expect(captionParagraphs(markdown)).toEqual(expected);
  });
});
