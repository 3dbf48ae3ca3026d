// LineCursor against a brute-force oracle (count the line breaks before the offset), over texts of LF, CRLF and lone
// CR breaks, and the element places it gives the tree when a line break follows an element's name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCursor, parseXml } from './tree';

/** Line and column by counting from the start, as a person would. */
function oracle(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const breaks = [...before.matchAll(/\r\n?|\n/g)];
  const last = breaks.at(-1);
  const lineStart = last ? last.index + last[0].length : 0;
  return [breaks.length + 1, offset - lineStart + 1];
}

describe('LineCursor', () => {
  it('agrees with counting from the start, for increasing offsets', () => {
    const piece = fc.constantFrom('a', '<', ' ', '\n', '\r\n', '\r', 'ā', 'xyz');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, picks) => {
          const text = parts.join('');
          const offsets = picks.map((p) => p % (text.length + 1)).sort((a, b) => a - b);
          const cursor = new LineCursor(text);
          for (const o of offsets) {
            // An offset inside a CRLF is not a place a `<` can be; skip it as the tree never asks for it.
            if (text[o - 1] === '\r' && text[o] === '\n') continue;
            expect(cursor.at(o)).toEqual(oracle(text, o));
          }
        },
      ),
    );
  });

  it('refuses to go back', () => {
    const cursor = new LineCursor('a\nb\nc');
    cursor.at(4);
    expect(() => cursor.at(1)).toThrow(RangeError);
  });
});

describe('element places when a line break follows the name', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s', (_name, br) => {
    const xml = ['<graphml>', '  <node', '    id="a"/>', '<edge', 'source="a" target="a"/></graphml>'].join(
      br,
    );
    const root = parseXml(xml);
    expect([root.line, root.column]).toEqual([1, 1]);
    const [node, edge] = root.children;
    expect([node!.line, node!.column]).toEqual([2, 3]);
    expect([edge!.line, edge!.column]).toEqual([4, 1]);
  });
});
