// Bytes of a user's file to text: the 200 MB limit, byte-order marks (UTF-8, and UTF-16 as spreadsheet programs
// save "Unicode text"), and files that are not UTF-8 at all (older spreadsheet exports), read as Windows-1252
// with a warning rather than refused.
import type { Problem } from '../../model';
import { errorIn, fileErrorIn, warningIn } from '../problem';
import { byteOffsets, type ByteOffsetOf } from './byte-offsets';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type Decoded =
  | {
      readonly ok: true;
      readonly text: string;
      readonly warnings: Problem[];
      /** Where a character of `text` stands in the bytes; absent when the input was already text. */
      readonly byteOffset?: ByteOffsetOf;
    }
  | { readonly ok: false; readonly problems: Problem[] };

/** The refusal of a file over the limit, or undefined when it is within it. */
export function sizeProblem(size: number, file: string): Problem | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return fileErrorIn(file, `the file is ${mb(size)}; Faultline reads files up to ${mb(MAX_IMPORT_BYTES)}`);
}

/** The refusal of a download that did not say its size and ran past the limit: reading stopped there. */
export function streamedSizeProblem(file: string, limit = MAX_IMPORT_BYTES): Problem {
  const mb = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${limit} bytes`;
  return fileErrorIn(
    file,
    `the server did not say the file's size and it ran past ${mb}; reading stopped there (Faultline reads files up to ${mb})`,
  );
}

/** Where the first ill-formed UTF-8 sequence starts (its lead or stray byte); the length when there is none. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → sequence length and the allowed range of the second byte (no overlongs, no surrogates).
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < n; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += n;
  }
  return bytes.length;
}

/** 1-based line and column (in characters of the valid text before it) of a byte offset. */
function lineAt(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: new TextDecoder().decode(bytes.subarray(start, at)).length + 1 };
}

export function decodeText(input: string | Uint8Array, file: string): Decoded {
  if (typeof input === 'string') {
    const refused = sizeProblem(input.length, file);
    if (refused) return { ok: false, problems: [refused] };
    return { ok: true, text: input.startsWith('\uFEFF') ? input.slice(1) : input, warnings: [] };
  }
  const refused = sizeProblem(input.byteLength, file);
  if (refused) return { ok: false, problems: [refused] };
  const [b0, b1, b2] = input;
  if (b0 === 0xff && b1 === 0xfe) return utf16(new TextDecoder('utf-16le').decode(input));
  if (b0 === 0xfe && b1 === 0xff) return utf16(new TextDecoder('utf-16be').decode(input));
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input);
    return { ok: true, text, warnings: [], byteOffset: byteOffsets(text, 'utf-8', bom ? 3 : 0) };
  } catch (e) {
    if (!(e instanceof TypeError) || bom) {
      const at = invalidUtf8At(input);
      return {
        ok: false,
        problems: [
          errorIn(
            file,
            `the file says it is UTF-8 text (it starts with UTF-8's byte-order mark) but the byte at offset ${at.toLocaleString('en')} (0x${(input[at] ?? 0).toString(16).padStart(2, '0')}) is not valid UTF-8`,
            { ...lineAt(input, at), byte: at },
          ),
        ],
      };
    }
  }
  const text = new TextDecoder('windows-1252').decode(input);
  const first = invalidUtf8At(input);
  return {
    ok: true,
    text,
    warnings: [
      warningIn(
        file,
        `the file is not UTF-8 (0x${(input[first] ?? 0).toString(16).padStart(2, '0')} here is not UTF-8); it was read as Windows-1252 (Western European): check accented letters`,
        { byte: first },
      ),
    ],
    byteOffset: byteOffsets(text, 'single-byte', 0),
  };
}

/** UTF-16 text after its two-byte mark (the decoder takes the mark off). */
function utf16(text: string): Decoded {
  return { ok: true, text, warnings: [], byteOffset: byteOffsets(text, 'utf-16', 2) };
}
