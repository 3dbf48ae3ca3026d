// Problems found in input data, with their place, and the typed error that carries them. Shared by the
// dataset validator, every reader in src/io and the command line, so a problem reads the same everywhere:
//   af-pak.json: relations[12].when (relation "pk-strikes-2026-02-22"): "2026-13" is not a valid EDTF date…

export interface Problem {
  /** The file the problem is in, when known. */
  readonly file?: string;
  /** JSON path of the value, e.g. `relations[12].when`; for text formats, the column or element name. */
  readonly path?: string;
  /** 1-based line and column in the file, for text formats (CSV, XML) and JSON when known. */
  readonly line?: number;
  readonly column?: number;
  /**
   * 0-based offset in the file's bytes, when the reader knows it exactly: where a file stops being UTF-8, where
   * a CSV cell, a JSON syntax error or an XML element starts. Shown only when there is no line.
   */
  readonly byte?: number;
  /** The actor, relation or source the problem concerns. */
  readonly record?: { readonly kind: 'actor' | 'relation' | 'source'; readonly id: string };
  /**
   * `file` when the problem concerns the whole file (it is empty, it holds no actors, it is too large) and so has
   * no place to give. Every other problem has one: a line, a path or a record.
   */
  readonly scope?: 'file';
  /** A sentence a non-programmer understands. */
  readonly message: string;
  /** Warnings do not stop a load; errors do. */
  readonly severity: 'error' | 'warning';
}

/** A problem says where it is, or says that it concerns the whole file: the promise every reader keeps. */
export function isPlaced(p: Problem): boolean {
  return (
    p.scope === 'file' ||
    p.line !== undefined ||
    p.byte !== undefined ||
    p.path !== undefined ||
    p.record !== undefined
  );
}

/**
 * One line per problem: `file:line:column: path (relation "id"): message`; a problem placed by its byte alone
 * reads `file: byte 1,024: message`.
 */
export function formatProblem(p: Problem): string {
  let place = p.file ?? '';
  if (p.line !== undefined)
    place += `${place ? ':' : 'line '}${p.line}${p.column !== undefined ? `:${p.column}` : ''}`;
  else if (p.byte !== undefined) place += `${place ? ': ' : ''}byte ${p.byte.toLocaleString('en')}`;
  if (p.path) place += `${place ? ': ' : ''}${p.path}`;
  if (p.record) place += `${place ? ' ' : ''}(${p.record.kind} "${p.record.id}")`;
  return place ? `${place}: ${p.message}` : p.message;
}

/** Thrown when input cannot be used; carries every problem found, not just the first. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(readonly problems: readonly Problem[]) {
    super(
      problems.length === 1
        ? formatProblem(problems[0]!)
        : `${problems.length} problems:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
}

export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };
