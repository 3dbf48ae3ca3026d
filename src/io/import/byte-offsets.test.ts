// Byte offsets of characters in decoded text, against the brute-force oracle: the length of the encoded text
// before the character. Asked in any order, since problems are not always made in the file's order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteOffsets } from './byte-offsets';

const encoder = new TextEncoder();

/** Offsets of the starts of the text's characters (a surrogate pair is one character), and its end. */
function starts(text: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of text) {
    out.push(i);
    i += ch.length;
  }
  return [...out, i];
}

describe('byteOffsets', () => {
  it('gives the UTF-8 length of the text before any character, asked in any order', () => {
    // Long enough to cross the lookup's marks, with one-, two-, three- and four-byte characters.
    const text = fc
      .array(fc.constantFrom('a', '\n', 'é', '€', '𝄞', 'ab'.repeat(300), '€'.repeat(700)), { maxLength: 40 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), fc.array(fc.nat(), { maxLength: 30 }), (t, bom, picks) => {
        const lead = bom ? 3 : 0;
        const at = byteOffsets(t, 'utf-8', lead);
        const all = starts(t);
        for (const i of picks.map((p) => all[p % all.length]!)) {
          expect(at(i)).toBe(lead + encoder.encode(t.slice(0, i)).length);
        }
      }),
      { numRuns: 300, seed: 20 },
    );
  });

  it.each([
    ['utf-16', 2, [0, 1, 5, 9], [2, 4, 12, 14]],
    ['single-byte', 0, [0, 1, 5, 9], [0, 1, 5, 6]],
  ] as const)('%s: a fixed width after the mark, the end past it', (encoding, lead, chars, bytes) => {
    const at = byteOffsets('abcdef', encoding, lead);
    expect(chars.map(at)).toEqual(bytes);
  });
});
