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
    [
      'a DOCTYPE over several lines',
      '<?xml version="1.0"?>\n\n  <!DOCTYPE a [\n<!ENTITY x "y">\n]>\n<a/>',
      /DOCTYPE/,
      3,
    ],
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

  it('places a DOCTYPE at its "<!DOCTYPE", line, column and byte, however many lines it spans', () => {
    const xml = '<?xml version="1.0"?>\n<!-- ā -->\n  <!DOCTYPE a [\n<!ENTITY x "y">\n]>\n<a/>';
    let error: unknown;
    try {
      parseXml(xml, { byteOffset: (i) => new TextEncoder().encode(xml.slice(0, i)).length });
    } catch (e) {
      error = e;
    }
    const { line, column, byte } = error as XmlError;
    expect([line, column]).toEqual([3, 3]);
    const bytes = new TextEncoder().encode(xml);
    expect(new TextDecoder().decode(bytes.subarray(byte, byte! + 9))).toBe('<!DOCTYPE');
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

  it("keeps a leaf's text as written, and leaves out the whitespace that indents children", () => {
    const root = parseXml('<a>\n  <b>  </b>\n  <c> x <d/> y </c>\n  <e><![CDATA[ ]]><f/></e>\n</a>');
    expect(root.text).toBe('');
    expect(root.children.map((e) => e.text)).toEqual(['  ', ' x  y ', ' ']);
  });

  it('keeps the last of two attributes that read under one name, as a Map would', () => {
    const root = parseXml('<a xmlns:p="urn:p" xmlns:q="urn:q" p:n="1" id="r" q:n="2"/>');
    expect([...root.attributes]).toEqual([
      ['n', '2'],
      ['id', 'r'],
    ]);
  });

  it('gives every element and an error the byte of its place when given the byte offsets', () => {
    // Two-byte letters before each element, past the first megabyte, so chunks and bytes both count.
    const items = Array.from({ length: 40_000 }, (_, i) => `\n <item n="ā${i}">Kābul ${i}</item>`);
    const xml = `<list>${items.join('')}\n</list>`;
    const bytes = new TextEncoder().encode(xml);
    const root = parseXml(xml, { byteOffset: utf8Offsets(xml) });
    expect(xml.length).toBeGreaterThan(1 << 20);
    const picked = [root, ...[0, 1, 20_000, 39_999].map((i) => root.children[i]!)];
    for (const el of picked) {
      expect(new TextDecoder().decode(bytes.subarray(el.byte, el.byte! + 1 + el.qname.length))).toBe(
        `<${el.qname}`,
      );
    }
    expect(picked.map((el) => el.line)).toEqual([1, 2, 3, 20_002, 40_001]);
    let error: unknown;
    try {
      parseXml('<a>ā\n<b></c></a>', { byteOffset: utf8Offsets('<a>ā\n<b></c></a>') });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XmlError);
    expect([(error as XmlError).line, (error as XmlError).column, (error as XmlError).byte]).toEqual([
      2, 8, 13,
    ]);
  });

  it('gives no byte without the byte offsets', () => {
    expect(parseXml('<a><b/></a>').children[0]!.byte).toBeUndefined();
  });
});

/** Byte offsets of every character offset of `text` in UTF-8, each character encoded on its own. */
function utf8Offsets(text: string): (i: number) => number {
  const at = [0];
  for (const ch of text) {
    const n = new TextEncoder().encode(ch).length;
    for (let k = 0; k < ch.length; k++) at.push(at.at(-1)! + (k === ch.length - 1 ? n : 0));
  }
  return (i) => at[Math.min(i, text.length)]!;
}
