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
          severity: 'error',
          message:
            "the file says it is UTF-8 text (it starts with UTF-8's byte-order mark) but the byte at offset 24 (0xff) is not valid UTF-8",
        },
      ],
    });
  });

  it('reads a file without the mark that is not UTF-8 as Windows-1252, with a warning', () => {
    const decoded = decodeText(Uint8Array.from([...utf8('K'), 0xe2, ...utf8('bul')]), 'a.csv');
    expect(decoded).toMatchObject({ ok: true, text: 'Kâbul', warnings: [{ severity: 'warning' }] });
  });
});
