// Captions' Markdown: what each construct becomes, and that everything else stays literal text.
import { describe, expect, it } from 'vitest';
import {
  captionPlainText,
  parseCaption,
  parseInlines,
  type CaptionBlock,
  type CaptionInline,
} from './markdown';

const t = (text: string): CaptionInline => ({ kind: 'text', text });

describe('parseInlines', () => {
  const cases: [string, string, CaptionInline[]][] = [
    ['plain text', 'Kabul, 2021', [t('Kabul, 2021')]],
    ['emphasis with stars', 'a *b* c', [t('a '), { kind: 'emphasis', children: [t('b')] }, t(' c')]],
    ['emphasis with underscores', '_Pakistan says_', [{ kind: 'emphasis', children: [t('Pakistan says')] }]],
    ['strong', '**27 February**', [{ kind: 'strong', children: [t('27 February')] }]],
    [
      'emphasis inside strong',
      '**a *b* c**',
      [{ kind: 'strong', children: [t('a '), { kind: 'emphasis', children: [t('b')] }, t(' c')] }],
    ],
    [
      'a link',
      'see [the article](https://example.org/a)',
      [t('see '), { kind: 'link', children: [t('the article')], href: 'https://example.org/a' }],
    ],
    ['a star alone', '3 * 4 = 12', [t('3 * 4 = 12')]],
    ['an unclosed star', '*open', [t('*open')]],
    ['an escaped star', '\\*not emphasis\\*', [t('*not emphasis*')]],
    ['HTML stays text', '<script>alert(1)</script>', [t('<script>alert(1)</script>')]],
    ['a link to script stays an address', '[x](javascript:alert(1))', [t('[x](javascript:alert(1))')]],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseInlines(input)).toEqual(expected);
  });
});

describe('parseCaption', () => {
  it('splits paragraphs at blank lines and joins the lines of one', () => {
    expect(parseCaption('one\ntwo\n\nthree')).toEqual<CaptionBlock[]>([
      { kind: 'paragraph', inlines: [t('one two')] },
      { kind: 'paragraph', inlines: [t('three')] },
    ]);
  });

  it('reads bulleted and numbered lists, a continued item and a paragraph before', () => {
    expect(parseCaption('Who:\n- Qatar\n* Türkiye\n  and more\n\n1. first\n2) second')).toEqual<
      CaptionBlock[]
    >([
      { kind: 'paragraph', inlines: [t('Who:')] },
      { kind: 'list', ordered: false, items: [[t('Qatar')], [t('Türkiye and more')]] },
      { kind: 'list', ordered: true, items: [[t('first')], [t('second')]] },
    ]);
  });

  it('gives nothing for an empty caption', () => {
    expect(parseCaption('  \n\n')).toEqual([]);
  });

  it('reads as plain text for the exports, links with their address', () => {
    expect(captionPlainText('**A** and *b*.\n\n- [c](https://x.org)\n- d')).toBe(
      'A and b.\n\n• c (https://x.org)\n• d',
    );
  });
});
