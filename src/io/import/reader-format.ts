// What a reader registers in the import registry (formats.ts): its id, its name, the file extensions and media
// type that name it, how it is told apart by content (its sniff), and its read function. readAny, the app's import
// dialog, the command line's help and errors, and the docs' table of formats are all derived from these entries.
import type { ImportOptions, ImportResult } from './result';

/** The options a reader is called with: every reader's options, and the file's name for its problems. */
export type ReadOptions = ImportOptions & { readonly fileName: string };

/** How a reader's files are told by their content when the name does not tell. */
export type Sniff =
  /** An XML document whose root element (prefix ignored) has this name. */
  | { readonly kind: 'xml'; readonly root: string }
  /**
   * A JSON document: parsed once, the value goes to the first JSON reader that claims it. `lacks` completes
   * "this JSON is neither …" when none does.
   */
  /**
   * A delimited table whose first line tells it (an event dataset's header, or GDELT's headerless first row): it
   * is read by this reader rather than the generic CSV one whatever its extension.
   */
  | { readonly kind: 'table'; readonly claims: (firstLine: string) => boolean }
  | {
      readonly kind: 'json';
      readonly claims: (value: unknown) => boolean;
      readonly lacks: string;
      readonly readValue: (value: unknown, options: ReadOptions) => ImportResult;
    };

export interface ReaderFormat {
  /** The id the import report gives (`report.format`). */
  readonly id: string;
  /** The format's name in a sentence or a table: "GEXF", "Cytoscape JSON". */
  readonly label: string;
  /** Lower-case file extensions, without the dot, that name the format; the first is the one a message shows. */
  readonly extensions: readonly string[];
  readonly mediaType: string;
  readonly sniff?: Sniff;
  /** Reads the file's text. Never throws on bad input (only ImportCancelled); problems are in the result. */
  readonly read: (text: string, options: ReadOptions) => ImportResult;
  /** A form of the format packed in an archive (a zip of CSV tables), told by its extensions or its magic bytes. */
  readonly archive?: {
    readonly extensions: readonly string[];
    readonly mediaType: string;
    readonly magic: (bytes: Uint8Array) => boolean;
    readonly read: (bytes: Uint8Array, options: ReadOptions) => ImportResult;
  };
}
