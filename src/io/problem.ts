// How src/io says what is wrong with a file: a Problem (src/model/dataset/problems.ts) in a file, at a place
// (line and column for text formats, a path or a column name), or marked as concerning the whole file when it
// cannot have one (the file is empty, too large, of no known kind). Built the one way every reader, the GEXF rules
// checker and readAny build them; the place is a required argument, so a problem without one is a choice made
// here (fileErrorIn) and never an omission.
import type { Problem } from '../model';

/**
 * Where in a file: line and column for text formats, a JSON path, a column or element name, and the byte offset
 * when the reader knows it exactly (never worked out from a line and column it cannot vouch for).
 */
export interface Place {
  readonly line?: number;
  readonly column?: number;
  readonly byte?: number;
  readonly path?: string;
}

/** An error in `file`, at `place`: the file does not load, or the record at that place is rejected. */
export function errorIn(file: string | undefined, message: string, place: Place): Problem {
  return { file, ...place, message, severity: 'error' };
}

/** An error about the whole file (it is empty, too large, not a kind Faultline reads): nothing in it loads. */
export function fileErrorIn(file: string | undefined, message: string): Problem {
  return { file, scope: 'file', message, severity: 'error' };
}

/** A warning about the whole file (its encoding, what it left out as a whole). */
export function fileWarningIn(file: string | undefined, message: string): Problem {
  return { file, scope: 'file', message, severity: 'warning' };
}

/** A warning in `file`, at `place`: the file loads, and the user is told what was assumed. */
export function warningIn(file: string | undefined, message: string, place: Place): Problem {
  return { file, ...place, message, severity: 'warning' };
}
