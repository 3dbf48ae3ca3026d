// Readers of the exported files' bytes for the end-to-end tests, written from the formats' specifications so
// the tests check the files themselves: PNG's IHDR size, GIF's image descriptors and delays, WebM's SimpleBlocks and
// Duration (EBML), and the text a PDF draws (its content streams, inflated when compressed).
import { inflateSync } from 'node:zlib';

export const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const u32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** Width and height from a PNG's IHDR, which the signature and the chunk header put at bytes 16 and 20. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (!startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) throw new Error('not a PNG');
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** Skips GIF data sub-blocks (length byte, data; a zero length ends them) from `at`; returns the next offset. */
function skipSubBlocks(b: Uint8Array, at: number): number {
  let i = at;
  while (b[i]! !== 0) i += b[i]! + 1;
  return i + 1;
}

/** The number of images (frames) in a GIF: its image descriptors, walked block by block up to the trailer. */
export function gifFrames(b: Uint8Array): number {
  if (String.fromCharCode(...b.subarray(0, 6)) !== 'GIF89a') throw new Error('not a GIF89a');
  const packed = b[10]!;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  let frames = 0;
  for (;;) {
    const block = b[i];
    if (block === 0x3b) return frames;
    if (block === 0x21) {
      i = skipSubBlocks(b, i + 2);
    } else if (block === 0x2c) {
      frames++;
      const local = b[i + 9]!;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      i = skipSubBlocks(b, i + 1);
    } else {
      throw new Error(`GIF: unexpected block 0x${(block ?? 0).toString(16)} at ${i}`);
    }
  }
}

/**
 * The delay of every frame of a GIF in hundredths of a second, from the Graphic Control Extensions (0x21 0xF9)
 * that precede its images; a frame without one has no delay (0).
 */
export function gifDelays(b: Uint8Array): number[] {
  if (String.fromCharCode(...b.subarray(0, 6)) !== 'GIF89a') throw new Error('not a GIF89a');
  const packed = b[10]!;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const delays: number[] = [];
  let pending = 0;
  for (;;) {
    const block = b[i];
    if (block === 0x3b) return delays;
    if (block === 0x21) {
      if (b[i + 1] === 0xf9) pending = b[i + 4]! | (b[i + 5]! << 8);
      i = skipSubBlocks(b, i + 2);
    } else if (block === 0x2c) {
      delays.push(pending);
      pending = 0;
      const local = b[i + 9]!;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0);
      i = skipSubBlocks(b, i + 1);
    } else {
      throw new Error(`GIF: unexpected block 0x${(block ?? 0).toString(16)} at ${i}`);
    }
  }
}

/** An EBML variable-length integer at `at`: its value (marker bit removed) and its length in bytes. */
function vint(
  b: Uint8Array,
  at: number,
  keepMarker: boolean,
): { value: number; length: number; unknown: boolean } {
  const first = b[at]!;
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let k = 1; k < length; k++) {
    value = value * 256 + b[at + k]!;
    if (b[at + k] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: allOnes && !keepMarker };
}

const SEGMENT = 0x18538067;
const CLUSTER = 0x1f43b675;
const SIMPLE_BLOCK = 0xa3;
const BLOCK_GROUP = 0xa0;

/** Video frames in a WebM file: the SimpleBlocks and BlockGroups inside its Segment's Clusters. */
export function webmFrames(b: Uint8Array): number {
  if (!startsWith(b, 0x1a, 0x45, 0xdf, 0xa3)) throw new Error('not EBML');
  let frames = 0;
  const walk = (from: number, to: number, inside: 'top' | 'segment' | 'cluster') => {
    let i = from;
    while (i < to) {
      const id = vint(b, i, true);
      const size = vint(b, i + id.length, false);
      const body = i + id.length + size.length;
      const end = size.unknown ? to : body + size.value;
      if (inside === 'top' && id.value === SEGMENT) walk(body, end, 'segment');
      else if (inside === 'segment' && id.value === CLUSTER) walk(body, end, 'cluster');
      else if (inside === 'cluster' && (id.value === SIMPLE_BLOCK || id.value === BLOCK_GROUP)) frames++;
      i = end;
    }
  };
  walk(0, b.length, 'top');
  return frames;
}

const INFO = 0x1549a966;
const TIMESTAMP_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

/**
 * A WebM's duration in seconds as its Segment Info writes it: Duration (a float, in units of TimestampScale
 * nanoseconds, default 1 ms). Null when the file has no Duration element.
 */
export function webmDuration(b: Uint8Array): number | null {
  if (!startsWith(b, 0x1a, 0x45, 0xdf, 0xa3)) throw new Error('not EBML');
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let scale = 1_000_000;
  let duration: number | null = null;
  const walk = (from: number, to: number, inside: 'top' | 'segment' | 'info') => {
    let i = from;
    while (i < to) {
      const id = vint(b, i, true);
      const size = vint(b, i + id.length, false);
      const body = i + id.length + size.length;
      const end = size.unknown ? to : body + size.value;
      if (inside === 'top' && id.value === SEGMENT) walk(body, end, 'segment');
      else if (inside === 'segment' && id.value === INFO) walk(body, end, 'info');
      else if (inside === 'info' && id.value === TIMESTAMP_SCALE) {
        scale = 0;
        for (let k = body; k < end; k++) scale = scale * 256 + b[k]!;
      } else if (inside === 'info' && id.value === DURATION) {
        duration = size.value === 4 ? view.getFloat32(body) : view.getFloat64(body);
      }
      // Nothing after the Info matters here; the clusters can be long.
      if (inside === 'segment' && id.value === CLUSTER) return;
      i = end;
    }
  };
  walk(0, b.length, 'top');
  return duration === null ? null : (duration * scale) / 1e9;
}

/** Decodes a PDF literal string's escapes into its bytes. */
function pdfStringBytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0));
      continue;
    }
    const n = s[++i]!;
    const octal = /^[0-7]{1,3}/.exec(s.slice(i, i + 3));
    if (octal) {
      out.push(parseInt(octal[0], 8));
      i += octal[0].length - 1;
    } else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[n] ?? n.charCodeAt(0));
  }
  return out;
}

/** WinAnsiEncoding's 0x80–0x9F, where it differs from Latin-1 (undefined codes kept as they are). */
const WIN_ANSI_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';
const winAnsi = (byte: number) =>
  byte >= 0x80 && byte <= 0x9f ? WIN_ANSI_HIGH.codePointAt(byte - 0x80)! : byte;

/**
 * The strings a PDF shows with Tj and TJ, one per operator, decoded as WinAnsi (the standard fonts' encoding).
 * Compressed content streams (FlateDecode) are inflated first.
 */
export function pdfTexts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const contents: string[] = [];
  const stream = /<<([^]*?)>>\s*stream\r?\n/g;
  for (let m = stream.exec(raw); m; m = stream.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const data = Buffer.from(raw.slice(start, end), 'latin1');
    try {
      contents.push(
        /FlateDecode/.test(m[1]!) ? inflateSync(data).toString('latin1') : data.toString('latin1'),
      );
    } catch {
      // Not a content stream jsPDF compressed (fonts, images): not text.
    }
  }
  const texts: string[] = [];
  const shown = /\(((?:\\.|[^\\)])*)\)\s*Tj|\[((?:\\.|[^\]])*)\]\s*TJ/g;
  for (const content of contents) {
    for (let m = shown.exec(content); m; m = shown.exec(content)) {
      const parts =
        m[1] !== undefined ? [m[1]] : [...m[2]!.matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((p) => p[1]!);
      texts.push(String.fromCodePoint(...parts.flatMap(pdfStringBytes).map(winAnsi)));
    }
  }
  return texts;
}
