// XML escaping and the writer: text goes in as text and comes out of a parser unchanged.
import { describe, expect, it } from 'vitest';
import { escapeXml, XmlWriter } from './writer';
import { parseXml } from './tree';

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`Tom & "Jerry" 'n'`, 'Tom &amp; &quot;Jerry&quot; &apos;n&apos;'],
    ['line\nbreak\ttab\rcr', 'line&#10;break&#9;tab&#13;cr'],
    ['bell\u0007 nul\u0000', 'bell\uFFFD nul\uFFFD'],
    ['lone \uD800 surrogate', 'lone \uFFFD surrogate'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
  ])('escapes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('XmlWriter', () => {
  it('writes attributes and text that a parser reads back exactly', () => {
    const nasty = `a < b & "c" 'd'\nnew line ]]> --> <!-- x`;
    const xml = new XmlWriter()
      .open('root', { title: nasty, skipped: undefined })
      .leaf('item', { n: 3 }, nasty)
      .close()
      .toString();
    const root = parseXml(xml);
    expect(root.attributes.get('title')).toBe(nasty);
    expect(root.attributes.has('skipped')).toBe(false);
    expect(root.children[0]?.text).toBe(nasty);
    expect(root.children[0]?.attributes.get('n')).toBe('3');
  });

  it('refuses a document with an element left open', () => {
    expect(() => new XmlWriter().open('root').toString()).toThrow(/not closed/);
  });
});
