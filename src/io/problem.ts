// How src/io says what is wrong with a file: a Problem (src/model/dataset/problems.ts) in a file, at a place when
// there is one (line and column for text formats, a path or a column name), built the one way every reader, the
// GEXF rules checker and readAny build them.
import type { Problem } from '../model';

/** Where in a file: line and column for text formats, a JSON path, a column or element name. */
export interface Place {
  readonly line?: number;
  readonly column?: number;
  readonly path?: string;
}

/** An error in `file`, at `place`: the file does not load, or the record at that place is rejected. */
export function errorIn(file: string | undefined, message: string, place: Place = {}): Problem {
  return { file, ...place, message, severity: 'error' };
}

/** A warning in `file`, at `place`: the file loads, and the user is told what was assumed. */
export function warningIn(file: string | undefined, message: string, place: Place = {}): Problem {
  return { file, ...place, message, severity: 'warning' };
}
