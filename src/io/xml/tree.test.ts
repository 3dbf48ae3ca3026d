// The one XML reader: names with and without namespaces, the place of every element, text and CDATA, and the
// documents it refuses (not well-formed, a DOCTYPE, nesting past the limit) with their place.
import { describe, expect, it } from 'vitest';
import {
  MAX_XML_DEPTH,
  XmlError,
  allElements,
  childNamed,
  childrenNamed,
  descendantsNamed,
  parseXml,
} from './tree';

const DOC = `<?xml version="1.0"?>
<g:root xmlns:g="urn:g" xmlns:v="urn:v" xmlns="urn:d" id="r" v:size="3">
  <item n="1">one <![CDATA[& <two>]]></item>
  <v:item n="2"/>
  <box><item n="3"/></box>
</g:root>`;

describe('parseXml', () => {
  it('reads names without their prefix, and attributes by name, when namespaces are not asked for', () => {
    const root = parseXml(DOC);
    expect([root.name, root.qname, root.uri]).toEqual(['root', 'g:root', '']);
    expect(Object.fromEntries(root.attributes)).toEqual({ id: 'r', size: '3' });
    expect(childrenNamed(root, 'item').map((e) => e.qname)).toEqual(['item', 'v:item']);
    expect(childNamed(root, 'item')?.text).toBe('one & <two>');
    expect(descendantsNamed(root, 'item').map((e) => e.attributes.get('n'))).toEqual(['1', '2', '3']);
    expect(allElements(root).map((e) => e.name)).toEqual(['root', 'item', 'item', 'box', 'item']);
  });

  it('resolves namespaces when asked: element URIs, namespaced attributes as {uri}name', () => {
    const root = parseXml(DOC, { namespaces: true });
    expect(root.uri).toBe('urn:g');
    expect(Object.fromEntries(root.attributes)).toEqual({ id: 'r', '{urn:v}size': '3' });
    expect(childrenNamed(root, 'item', 'urn:d').map((e) => e.attributes.get('n'))).toEqual(['1']);
    expect(childrenNamed(root, 'item', 'urn:v').map((e) => e.attributes.get('n'))).toEqual(['2']);
  });

  it('places every element at its "<"', () => {
    const root = parseXml(DOC);
    expect([root.line, root.column]).toEqual([2, 1]);
    const [first, second] = root.children;
    expect([first!.line, first!.column, second!.line, second!.column]).toEqual([3, 3, 4, 3]);
  });

  it.each([
    ['not well-formed', '<a>\n  <b></a>', /^the XML is not well-formed: /, 2],
    ['a DOCTYPE', '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "y">]>\n<a/>', /DOCTYPE/, 2],
    ['no element', '<?xml version="1.0"?>', /must contain a root element/, 1],
    [
      'nesting past the limit',
      `${'<a>'.repeat(MAX_XML_DEPTH + 1)}${'</a>'.repeat(MAX_XML_DEPTH + 1)}`,
      /nested more than 256 deep/,
      1,
    ],
  ])('refuses %s, saying where', (_, xml, reason, line) => {
    let error: unknown;
    try {
      parseXml(xml, { namespaces: line === 1 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlError);
    expect((error as XmlError).reason).toMatch(reason);
    expect((error as XmlError).line).toBe(line);
  });

  it('reports its progress between megabytes and stops when the callback throws', () => {
    const big = `<a>${'<b/>'.repeat(300_000)}</a>`;
    const seen: number[] = [];
    parseXml(big, { onChunk: (done) => seen.push(done) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect(() =>
      parseXml(big, {
        onChunk: () => {
          throw new RangeError('stop');
        },
      }),
    ).toThrow('stop');
  });
});
