// Decoding a user's bytes: the UTF-8 check agrees with the platform's strict decoder on any bytes, and a file
// that claims UTF-8 but breaks it is refused at the byte, line and column where it breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, invalidUtf8At } from './text';

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = (s: string) => [...new TextEncoder().encode(s)];

function strictlyValid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('invalidUtf8At', () => {
  it('finds no fault exactly when the strict decoder reads the bytes, and the prefix before a fault reads', () => {
    // Bytes biased towards UTF-8's lead and continuation bytes, where the edge cases are.
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(
        0x80,
        0xbf,
        0xc0,
        0xc2,
        0xdf,
        0xe0,
        0xed,
        0xef,
        0xf0,
        0xf4,
        0xf5,
        0x9f,
        0xa0,
        0x8f,
        0x90,
      ),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        const at = invalidUtf8At(bytes);
        expect(at === bytes.length).toBe(strictlyValid(bytes));
        expect(strictlyValid(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 20_000, seed: 7 },
    );
  });

  it.each([
    ['ascii', utf8('abc'), 3],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong two-byte form', [0xc0, 0xaf], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82], 1],
    ['a bad third byte', [0xe2, 0x82, 0x41], 0],
    ['a four-byte letter', utf8('𝄞'), 4],
  ])('%s', (_, bytes, at) => {
    expect(invalidUtf8At(Uint8Array.from(bytes))).toBe(at);
  });
});

describe('decodeText', () => {
  it('refuses a file with a UTF-8 mark that breaks UTF-8, at the byte, line and column', () => {
    const bytes = Uint8Array.from([...BOM, ...utf8('Source,Target\nKābul,'), 0xff, ...utf8('x\n')]);
    const decoded = decodeText(bytes, 'a.csv');
    expect(decoded).toEqual({
      ok: false,
      problems: [
        {
          file: 'a.csv',
          line: 2,
          column: 7,
          byte: 24,
          severity: 'error',
          message:
            "the file says it is UTF-8 text (it starts with UTF-8's byte-order mark) but the byte at offset 24 (0xff) is not valid UTF-8",
        },
      ],
    });
  });

  it('reads a file without the mark that is not UTF-8 as Windows-1252, with a warning at its first such byte', () => {
    const decoded = decodeText(Uint8Array.from([...utf8('Kā,'), 0xe2, ...utf8('bul')]), 'a.csv');
    expect(decoded).toMatchObject({
      ok: true,
      text: 'KÄ\u0081,âbul',
      warnings: [
        {
          file: 'a.csv',
          byte: 4,
          severity: 'warning',
          message:
            'the file is not UTF-8 (0xe2 here is not UTF-8); it was read as Windows-1252 (Western European): check accented letters',
        },
      ],
    });
  });

  it.each([
    ['UTF-8', utf8('aé€𝄞b'), 'aé€𝄞b', [0, 1, 3, 6, 10]],
    ['UTF-8 after its mark', [...BOM, ...utf8('aé€𝄞b')], 'aé€𝄞b', [3, 4, 6, 9, 13]],
    ['UTF-16 LE', [0xff, 0xfe, 0x61, 0, 0xe9, 0, 0x34, 0xd8, 0x1e, 0xdd, 0x62, 0], 'aé𝄞b', [2, 4, 6, 10]],
    ['UTF-16 BE', [0xfe, 0xff, 0, 0x61, 0, 0xe9, 0xd8, 0x34, 0xdd, 0x1e, 0, 0x62], 'aé𝄞b', [2, 4, 6, 10]],
    ['Windows-1252', [0x61, 0xe9, 0xfc, 0x62], 'aéüb', [0, 1, 2, 3]],
  ])('knows the byte where each character of %s text starts', (_, bytes, text, starts) => {
    const decoded = decodeText(Uint8Array.from(bytes), 'a.txt');
    if (!decoded.ok) expect.fail(decoded.problems[0]!.message);
    expect(decoded.text).toBe(text);
    const at = [...text].reduce<number[]>((a, ch) => [...a, (a.at(-1) ?? 0) + ch.length], [0]).slice(0, -1);
    expect(at.map((i) => decoded.byteOffset?.(i))).toEqual(starts);
  });

  it('has no byte offsets for text that came as text', () => {
    const decoded = decodeText('abc', 'a.txt');
    expect(decoded.ok && decoded.byteOffset).toBeUndefined();
  });
});
