// The middle step of every foreign-format reader: records as the file gives them (foreign ids, type names,
// EDTF times already converted, unknown values in `attributes`), each with its place in the file and its own
// problems. assemble.ts turns a Draft into a dataset; readers only fill one in.
import type { Problem } from '../../model';
import type { Opening } from '../../model';
import type { ClaimKind, Credibility, Reliability, RelationTypeDeclaration } from '../../model';
import type { ImportFormat } from './result';
import type { TypeHints } from './type-mapping';
import type { SkippedElement } from '../xml';
import { WarningCap } from '../../model';
import { errorIn, warningIn, type Place as FilePlace } from '../problem';

/** Where a record or value is in the input: line and column for text formats, a path or column name. */
export interface Place extends FilePlace {
  /** Only when it is not the draft's main file (a CSV actors table). */
  readonly file?: string;
}

export type AttributeValue = string | number | boolean | null;
/** Built with `newAttributes()`: no prototype, so keys like `__proto__` are plain data. */
export type AttributeBag = Record<string, AttributeValue>;

export function newAttributes(): AttributeBag {
  return Object.create(null) as AttributeBag;
}

interface DraftRecord {
  readonly place: Place;
  /** The record as written (CSV cells, XML attributes), for the rejected-rows download; made when asked. */
  readonly values: () => ReadonlyMap<string, string>;
  /** Errors that leave this record out (its other records still load). */
  readonly problems: Problem[];
  readonly attributes: AttributeBag;
}

export interface DraftActor extends DraftRecord {
  readonly foreignId: string;
  label?: string;
  /** As written; mapped to an actor kind when it names one, else `organisation`. */
  kind?: string;
  description?: string;
  country?: string;
  aliases?: string[];
  /** Foreign id of the actor this one is part of. */
  partOf?: string;
  when?: string;
}

export interface DraftSource {
  /** The file's own id for the source (a sources table); sources without one are told apart by title. */
  readonly foreignId?: string;
  readonly title: string;
  readonly note?: string;
  readonly url?: string;
  readonly published?: string;
  readonly author?: string;
  readonly publisher?: string;
}

export interface DraftRelation extends DraftRecord {
  /** The file's own id for the record; several drafts may share one (one per spell). */
  readonly foreignId?: string;
  readonly source: string;
  readonly targets: readonly string[];
  /** As written; '' when the file gives none. */
  readonly typeName: string;
  readonly typeHints?: TypeHints;
  readonly directed: boolean;
  /** EDTF, already converted from the file's time format. */
  readonly when: string;
  /** The record gave no time and `when` is its nodes' or graph's (GEXF dynamic graphs). */
  readonly inheritedWhen?: boolean;
  summary?: string;
  subtype?: string;
  status?: string;
  assertedBy?: string[];
  disputedBy?: string[];
  /** As written; kept only when it is one of the confidence levels. */
  confidence?: string;
  inference?: { when?: string; type?: string; parties?: string };
  readonly evidence: DraftEvidence[];
}

/** A quote and its source; who says so (a claimant by the file's actor id or a name) and grades when given. */
export interface DraftEvidence {
  quote: string;
  source: DraftSource;
  claim?: { by: ClaimKind; actor?: string; name?: string };
  reliability?: Reliability;
  credibility?: Credibility;
}

export interface Draft {
  readonly format: ImportFormat;
  readonly file: string;
  readonly meta: { id?: string; title?: string; description?: string; opening?: Opening };
  readonly actors: DraftActor[];
  readonly relations: DraftRelation[];
  /** Sources the file describes in a table of its own, in its order, cited or not (evidence-json.ts). */
  readonly sources: DraftSource[];
  /** Elements and values of the file that were not read, counted by what they are (`graph-level <data>`). */
  readonly dropped: Map<string, number>;
  /** XML elements out of the format's layout (unknown or misplaced), by name as written, with the first's place. */
  readonly skipped: Map<string, SkippedElement>;
  /** Errors about the whole file: nothing loads. */
  readonly problems: Problem[];
  readonly warnings: Problem[];
  /** Warnings past a hundred of a kind are counted here, not built (warnAt). */
  readonly cap: WarningCap;
  /** Relations may name actors by label, and actors named nowhere else are created (CSV). */
  readonly lenientActors: boolean;
  /**
   * Written by a Faultline exporter: an attribute it renamed `attributes.<name>` (its name was one the format
   * uses) gets its own name back.
   */
  fromFaultline?: boolean;
  /** Types the file declares itself (a Faultline export carries them); used before any mapping. */
  readonly declaredTypes?: readonly RelationTypeDeclaration[];
}

export function newDraft(format: ImportFormat, file: string, lenientActors: boolean): Draft {
  return {
    format,
    file,
    meta: {},
    actors: [],
    relations: [],
    sources: [],
    dropped: new Map(),
    skipped: new Map(),
    problems: [],
    warnings: [],
    cap: new WarningCap(),
    lenientActors,
  };
}

/** Counts an element or value the reader leaves out; the report lists them and one warning per kind says so. */
export function drop(draft: Draft, what: string, count = 1): void {
  if (count > 0) draft.dropped.set(what, (draft.dropped.get(what) ?? 0) + count);
}

/** A problem at a place in the draft's file. */
export function problemAt(
  draft: Pick<Draft, 'file'>,
  place: Place,
  message: string,
  severity: Problem['severity'] = 'error',
): Problem {
  const { file = draft.file, ...at } = place;
  return severity === 'error' ? errorIn(file, message, at) : warningIn(file, message, at);
}

/**
 * A warning at a place, added to `into` (the draft's warnings unless given) unless a hundred of its kind were
 * already: then it is only counted, and assemble adds one warning saying how many more there were.
 */
export function warnAt(
  draft: Pick<Draft, 'file' | 'cap' | 'warnings'>,
  place: Place,
  message: string,
  into: Problem[] = draft.warnings,
): void {
  if (draft.cap.admit(message)) into.push(problemAt(draft, place, message, 'warning'));
}
