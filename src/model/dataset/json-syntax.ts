// Finds where a JSON text breaks and says why, in words a person editing the file by hand understands. Run only
// after JSON.parse has failed: the engine's SyntaxError has no structured position and its wording changes from
// one engine version to the next, so the place is found by reading the text again.

export interface JsonSyntaxError {
  /** 0-based offset of the first character that cannot be read. */
  readonly offset: number;
  /** 1-based line and column of that character. */
  readonly line: number;
  readonly column: number;
  readonly reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function shown(ch: string | undefined): string {
  return ch === undefined ? 'the end of the file' : JSON.stringify(ch);
}

/** Reads the text as JSON; throws Stop at the first place it cannot go on. */
function read(text: string): void {
  let i = 0;
  const fail = (reason: string, at = i): never => {
    throw new Stop(at, reason);
  };
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const string = (): void => {
    const start = i;
    i++;
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail('the file ends inside a text (a closing " is missing)', start);
      else if (ch === '"') break;
      else if (ch === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (ESCAPES.has(next)) i += 2;
        else fail(`\\${next} is not a valid escape in a text (write a backslash as \\\\)`);
      } else if (ch < ' ') fail('a line break or control character inside a text (write \\n instead)');
      else i++;
    }
    i++;
  };
  const list = <Close extends ']' | '}'>(close: Close, item: () => void, what: string): void => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      item();
      const end = i;
      skipSpace();
      const ch = text[i];
      if (ch === close) break;
      // Another value where a comma belongs: point at the end of the item, where the comma is missing.
      if (ch !== undefined && /["{[\w-]/.test(ch)) fail(`a "," is missing after ${what}`, end);
      if (ch !== ',') fail(`expected "," or "${close}" after ${what}, found ${shown(ch)}`);
      const comma = i;
      i++;
      skipSpace();
      if (text[i] === close) fail(`a comma before "${close}": JSON allows no trailing comma`, comma);
    }
    i++;
  };
  const member = (): void => {
    if (text[i] !== '"') fail(`expected a field name in double quotes, found ${shown(text[i])}`);
    string();
    skipSpace();
    if (text[i] !== ':') fail(`expected ":" after the field name, found ${shown(text[i])}`);
    i++;
    value();
  };
  const value = (): void => {
    skipSpace();
    const ch = text[i];
    if (ch === '{') return list('}', member, 'a field');
    if (ch === '[') return list(']', value, 'a list item');
    if (ch === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (ch !== undefined && /[-\d]/.test(ch) && NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    if (ch === undefined) fail('the file ends where a value should be');
    const word = /^[\w'.+-]+/.exec(text.slice(i, i + 40))?.[0];
    fail(`unexpected ${word && word.length > 1 ? JSON.stringify(word) : shown(ch)} where a value should be`);
  };
  value();
  skipSpace();
  if (i < text.length) fail(`unexpected ${shown(text[i])} after the end of the data`);
}

/** Line and column (1-based) of an offset in a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lastBreak };
}

/** The first syntax error in a JSON text, or null when the text is valid JSON. */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    read(text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { offset: e.offset, ...lineColumnOf(text, e.offset), reason: e.reason };
  }
}
