// Bytes of a user's file to text: the 200 MB limit, byte-order marks (UTF-8, and UTF-16 as spreadsheet programs
// save "Unicode text"), and files that are not UTF-8 at all (older spreadsheet exports), read as Windows-1252
// with a warning rather than refused.
import type { Problem } from '../../model/dataset/problems';
import { errorIn, warningIn } from '../problem';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: Problem[] }
  | { readonly ok: false; readonly problems: Problem[] };

/** The refusal of a file over the limit, or undefined when it is within it. */
export function sizeProblem(size: number, file: string): Problem | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
  return errorIn(file, `the file is ${mb(size)}; Faultline reads files up to ${mb(MAX_IMPORT_BYTES)}`);
}

/** The refusal of a download that did not say its size and ran past the limit: reading stopped there. */
export function streamedSizeProblem(file: string, limit = MAX_IMPORT_BYTES): Problem {
  const mb = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${limit} bytes`;
  return errorIn(
    file,
    `the server did not say the file's size and it ran past ${mb}; reading stopped there (Faultline reads files up to ${mb})`,
  );
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
  if (b0 === 0xff && b1 === 0xfe)
    return { ok: true, text: new TextDecoder('utf-16le').decode(input), warnings: [] };
  if (b0 === 0xfe && b1 === 0xff)
    return { ok: true, text: new TextDecoder('utf-16be').decode(input), warnings: [] };
  const bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input),
      warnings: [],
    };
  } catch (e) {
    if (!(e instanceof TypeError) || bom) {
      return {
        ok: false,
        problems: [errorIn(file, 'the file says it is UTF-8 text but is not')],
      };
    }
  }
  return {
    ok: true,
    text: new TextDecoder('windows-1252').decode(input),
    warnings: [
      warningIn(
        file,
        'the file is not UTF-8; it was read as Windows-1252 (Western European): check accented letters',
      ),
    ],
  };
}
