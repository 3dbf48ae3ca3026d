// JSON text to a value, or the problem with the line and column where it breaks (found by the model's JSON
// syntax locator: the engine's own message has no structured position).
import type { Problem } from '../../model';
import { locateJsonSyntaxError } from '../../model';
import { errorIn, fileErrorIn } from '../problem';
import type { ByteOffsetOf } from './byte-offsets';

export type JsonRead =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: Problem[] };

/** The value of a JSON text, or where it breaks: line, column, and the byte when `byteOffset` knows the bytes. */
export function readJsonText(text: string, file: string, byteOffset?: ByteOffsetOf): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const where = locateJsonSyntaxError(text);
    const message = `the file is not valid JSON: ${where?.reason ?? 'it cannot be read'}`;
    const problem = where
      ? errorIn(file, message, {
          line: where.line,
          column: where.column,
          ...(byteOffset && { byte: byteOffset(where.offset) }),
        })
      : fileErrorIn(file, message);
    return { ok: false, problems: [problem] };
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
