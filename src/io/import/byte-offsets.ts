// Where a character of the decoded text stands in the file's bytes, so a problem can give its byte offset as well
// as its line and column. Exact for each way decodeText reads bytes: UTF-8 (strictly decoded, so every character
// is a whole sequence), UTF-16 (two bytes a code unit) and Windows-1252 (one byte a character), after any
// byte-order mark. Text that came as a string has no bytes, and so no offsets.

/** The 0-based byte offset in the file of a 0-based offset in the text (UTF-16 code units). */
export type ByteOffsetOf = (charOffset: number) => number;

export type Encoding = 'utf-8' | 'utf-16' | 'single-byte';

/** UTF-8 bytes of one UTF-16 code unit; a surrogate is half of a four-byte sequence. */
function utf8Bytes(unit: number): number {
  if (unit < 0x80) return 1;
  if (unit < 0x800) return 2;
  if (unit >= 0xd800 && unit <= 0xdfff) return 2;
  return 3;
}

/** Characters between two marks of the UTF-8 count: a lookup walks at most this many. */
const STEP = 1024;

/**
 * Offsets in `text`, decoded from bytes in `encoding` after `lead` bytes of byte-order mark. For UTF-8 the count
 * is made as far as it is asked and kept every STEP characters, so questions in any order cost a short walk each,
 * questions in order cost one walk through the text, and a file no one asks about costs nothing.
 */
export function byteOffsets(text: string, encoding: Encoding, lead: number): ByteOffsetOf {
  // A parser may stand one past the end when it fails there: the end of the file is the place.
  const clamp = (i: number) => Math.max(0, Math.min(i, text.length));
  if (encoding === 'utf-16') return (i) => lead + 2 * clamp(i);
  if (encoding === 'single-byte') return (i) => lead + clamp(i);
  const marks = [lead];
  const count = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) n += utf8Bytes(text.charCodeAt(i));
    return n;
  };
  // The last answer: a reader asking in document order (an XML element after another) walks only the gap.
  let lastChar = 0;
  let lastByte = lead;
  return (offset) => {
    const i = clamp(offset);
    const k = Math.floor(i / STEP);
    if (i >= lastChar && k === Math.floor(lastChar / STEP)) {
      lastByte += count(lastChar, i);
    } else {
      while (marks.length <= k) {
        const m = marks.length - 1;
        marks.push(marks[m]! + count(m * STEP, (m + 1) * STEP));
      }
      lastByte = marks[k]! + count(k * STEP, i);
    }
    lastChar = i;
    return lastByte;
  };
}
