// What every reader returns and the options every reader takes. A reader never throws on bad input: it gives
// a dataset (with warnings) or the problems with their place, and when only some rows are bad, the valid part
// and the rejected rows, so the app can offer "load the valid part" and a download of what was left out.
import type { Dataset } from '../../model';
import type { Problem } from '../../model';
import type { EventCodeCount } from '../../model';
import type { MappingOverride } from '../../model';
import type { EventWindow } from '../../model';
import type { TypeMapping } from './type-mapping';
import type { SkippedElement } from '../xml';
import type { ByteOffsetOf } from './byte-offsets';

/** One record of the input left out of the dataset: its place, its values as written, and why. */
export interface RejectedRow {
  readonly line?: number;
  /** The record's kind and its id (or name) in the input, when it has one. */
  readonly record?: { readonly kind: 'actor' | 'relation' | 'source'; readonly id: string };
  /** The row's fields as written (CSV columns, XML attributes, JSON values), in input order. */
  readonly values: ReadonlyMap<string, string>;
  readonly problems: readonly Problem[];
}

/** A relation type name as the input writes it, and how it is used there (for the type-mapping step). */
export interface ForeignType {
  /** The name as written; '' stands for "no type given". */
  readonly name: string;
  readonly count: number;
  /** `event` when every relation of the type fits an event (a date, a closed span of up to 42 days). */
  readonly duration: 'lasting' | 'event';
  readonly directed: boolean;
  /** What the file itself says of the type, where it does (a label, a polarity column). */
  readonly label?: string;
  readonly polarity?: 'cooperative' | 'hostile';
}

export interface ImportReport {
  readonly format: ImportFormat;
  readonly counts: { readonly actors: number; readonly relations: number; readonly sources: number };
  /** Earliest and latest finite instants (ms UTC) over actors and relations; null when nothing is dated. */
  readonly span: { readonly start: number; readonly end: number } | null;
  /** Relations per type id, the type ids as they are in the dataset. */
  readonly types: ReadonlyMap<string, number>;
  /** The types found in the input, before mapping; empty for Faultline JSON (its types are already ids). */
  readonly foreignTypes: readonly ForeignType[];
  /** What the reader left out of the file, counted by what it is (empty when nothing was). */
  readonly dropped: ReadonlyMap<string, number>;
  /** XML elements the reader passed over (unknown, or out of place), by name as written, with the first's place. */
  readonly skipped: ReadonlyMap<string, SkippedElement>;
  /** Event data only: the codes the events use, by mapping key, with their counts (the dialog's mapping step). */
  readonly eventCodes?: readonly EventCodeCount[];
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly warnings: readonly Problem[];
      readonly rejected: readonly RejectedRow[];
      readonly report: ImportReport;
    }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** The valid part and what was left out; its report gives the file's types for the mapping step. */
      readonly partial?: {
        readonly dataset: Dataset;
        readonly rejected: readonly RejectedRow[];
        readonly report: ImportReport;
      };
    };

/** The id of a reader of the registry (import/formats.ts): `json`, `csv`, `gexf`, `graphml`, `cytoscape`. */
export type ImportFormat = string;

/** A table read beside a CSV relations table. */
export interface CsvCompanion {
  readonly text: string;
  readonly fileName?: string;
}

export interface ImportOptions {
  /** Named in every problem; also the source of the dataset's id and title when the file has none. */
  readonly fileName?: string;
  /** Foreign type name → built-in or declared type; unmapped names go through `defaultTypeMapping`. */
  readonly typeMapping?: TypeMapping;
  /** Missing evidence is an error instead of a warning (curated datasets). */
  readonly requireEvidence?: boolean;
  /** CSV only: the actors table that goes with a relations table. */
  readonly actorsTable?: CsvCompanion;
  /** CSV only: a sources table (Id, Title, Author, Publisher, Published, URL, Note), as the CSV export writes. */
  readonly sourcesTable?: CsvCompanion;
  /** CSV only: an evidence table (Relation id, Source id, Quote): every quote, where relations.csv has the first. */
  readonly evidenceTable?: CsvCompanion;
  /** Event data (ACLED, UCDP GED, GDELT, ICEWS, POLECAT): how events fold into relations. */
  readonly events?: EventImportOptions;
  /** CSV only: a dataset table (Id, Title, Description; one row), as the CSV zip carries. */
  readonly datasetTable?: CsvCompanion;
  /**
   * Set by readAny when the text was decoded from bytes: where a character of the text stands in the file, so a
   * reader that knows a problem's exact character offset gives its byte offset too.
   */
  readonly byteOffset?: ByteOffsetOf;
  /** Called now and then with the share of the work done (0 to 1); readers check `signal` at the same points. */
  readonly onProgress?: (done: number) => void;
  readonly signal?: AbortSignal;
}

/** Thrown (only) when `options.signal` is aborted; the one exception a reader lets out. */
export class ImportCancelled extends Error {
  override readonly name = 'ImportCancelled';
  constructor() {
    super('The import was cancelled.');
  }
}

export function checkCancelled(options: ImportOptions): void {
  if (options.signal?.aborted) throw new ImportCancelled();
}

/** A result with problems only, no partial dataset. */
export function failed(problems: readonly Problem[]): ImportResult {
  return { ok: false, problems };
}

/** The event readers' own options: the window events fold in, the mapping's overrides, what to keep. */
export interface EventImportOptions {
  /** Month unless given. */
  readonly window?: EventWindow;
  /** One relation per event. */
  readonly noAggregate?: boolean;
  /** Evidence items kept per relation; 3 unless given. */
  readonly maxEvidence?: number;
  readonly mapping?: MappingOverride;
  /** POLECAT contexts to keep that are left out by default (`hypothetical`, `negation`). */
  readonly keepContexts?: readonly string[];
}
