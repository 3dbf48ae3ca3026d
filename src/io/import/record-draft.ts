// Draft records from the fields every foreign reader recognises (fields.ts): summary, status, evidence and
// source columns, actor kind, country, aliases, and one relation per spell. Each reader finds source, target,
// type and time its own way (CSV columns, GEXF attributes and spells), then hands the rest to these functions.
import {
  newAttributes,
  problemAt,
  warnAt,
  type AttributeBag,
  type Draft,
  type DraftActor,
  type DraftRelation,
  type DraftSource,
  type Place,
} from './draft';
import { list, text, type ActorRole, type Field, type RelationRole } from './fields';
import { hullOf } from './record-time';
import { TimeValueError, foreignWhen, type TimeContext } from './time';
import { fileWarningIn } from '../problem';
import { CONFIDENCE_LEVELS, type Polarity } from '../../model';

export interface RelationInput {
  readonly foreignId?: string | undefined;
  readonly source: string;
  readonly targets: readonly string[];
  readonly typeName: string;
  /** The type's label where the file gives one beside its name (a Faultline export's edge label). */
  readonly typeLabel?: string | undefined;
  readonly directed: boolean;
  readonly known: ReadonlyMap<RelationRole, Field>;
  readonly attributes: AttributeBag;
  readonly place: Place;
  readonly values: () => ReadonlyMap<string, string>;
  /** The record's spells; [] means it gives no time, and `fallbackWhen` is used. */
  readonly spells: readonly string[];
  readonly fallbackWhen: string;
  /** Problems the reader already found (source or target missing, a bad time). */
  readonly problems: DraftRelation['problems'];
}

/** A polarity column: hostile / negative / -1, cooperative / positive / +1. */
function polarityOf(f: Field | undefined): Polarity | undefined {
  const s = text(f)?.toLowerCase();
  if (s === undefined) return undefined;
  if (['hostile', 'negative', '-1', '-'].includes(s)) return 'hostile';
  if (['cooperative', 'positive', '+1', '1', '+'].includes(s)) return 'cooperative';
  return undefined;
}

function isHttp(url: string): boolean {
  return /^https?:\/\/\S+$/i.test(url);
}

/** The source a quote comes from, from the Source title / URL / published / author / publisher fields. */
function sourceOf(
  draft: Draft,
  known: ReadonlyMap<RelationRole, Field>,
  attributes: AttributeBag,
  ctx: TimeContext,
  problems: DraftRelation['problems'],
): DraftSource {
  const urlField = known.get('sourceUrl');
  let url = text(urlField);
  if (url !== undefined && !isHttp(url)) {
    attributes[urlField!.name] = url;
    warnAt(draft, urlField!.place, `"${url}" is not an http(s) address; it is kept as text`, problems);
    url = undefined;
  }
  const title = text(known.get('sourceTitle')) ?? url ?? `Unnamed source quoted in ${draft.file}`;
  let published: string | undefined;
  const publishedField = known.get('sourcePublished');
  if (publishedField !== undefined && text(publishedField) !== undefined) {
    try {
      published = foreignWhen(text(publishedField)!, ctx);
    } catch (e) {
      if (!(e instanceof TimeValueError)) throw e;
      problems.push(problemAt(draft, publishedField.place, e.message));
    }
  }
  const author = text(known.get('sourceAuthor'));
  const publisher = text(known.get('sourcePublisher'));
  return {
    title,
    ...(url !== undefined ? { url } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
  };
}

const SOURCE_ROLES: readonly RelationRole[] = [
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'sourceAuthor',
  'sourcePublisher',
];

/** One draft relation per spell (ids shared: the assembler numbers the copies). */
export function relationDrafts(draft: Draft, input: RelationInput, ctx: TimeContext): DraftRelation[] {
  const { known } = input;
  // The bag is the caller's, made for this record; the spells share it (build.ts copies before it adds a key).
  const attributes = input.attributes;
  const problems = [...input.problems];
  const quote = text(known.get('quote'));
  const evidence: DraftRelation['evidence'] = [];
  if (quote !== undefined) {
    evidence.push({ quote, source: sourceOf(draft, known, attributes, ctx, problems) });
  } else {
    // Without a quote there is no evidence to hang a source on; keep what the file says.
    for (const role of SOURCE_ROLES) {
      const f = known.get(role);
      if (f) attributes[f.name] = f.value;
    }
  }
  const polarity = known.get('polarity');
  if (polarity && polarityOf(polarity) === undefined) attributes[polarity.name] = polarity.value;
  const spells = input.spells.length > 0 ? input.spells : [input.fallbackWhen];
  const typeHints = { label: input.typeLabel, polarity: polarityOf(polarity) };
  const summary = text(known.get('summary'));
  const subtype = text(known.get('subtype'));
  const status = text(known.get('status'));
  const assertedBy = list(known.get('assertedBy'));
  const disputedBy = list(known.get('disputedBy'));
  const confidenceField = known.get('confidence');
  const confidence = text(confidenceField)?.toLowerCase();
  const isLevel = (CONFIDENCE_LEVELS as readonly string[]).includes(confidence ?? '');
  // A confidence Faultline does not know is kept as the file wrote it, not dropped.
  if (confidenceField && !isLevel) attributes[confidenceField.name] = confidenceField.value;
  const notes = {
    when: text(known.get('inferenceWhen')),
    type: text(known.get('inferenceType')),
    parties: text(known.get('inferenceParties')),
  };
  const inference = Object.fromEntries(Object.entries(notes).filter(([, v]) => v !== undefined));
  const inheritedWhen = input.spells.length === 0 && input.fallbackWhen !== '../..';
  return spells.map((when): DraftRelation => ({
    foreignId: input.foreignId,
    source: input.source,
    targets: input.targets,
    typeName: input.typeName,
    typeHints,
    directed: input.directed,
    when,
    inheritedWhen,
    summary,
    subtype,
    status,
    assertedBy,
    disputedBy,
    ...(isLevel && { confidence }),
    ...(Object.keys(inference).length > 0 && { inference }),
    evidence: evidence.slice(),
    attributes,
    place: input.place,
    values: input.values,
    problems: problems.slice(),
  }));
}

export interface ActorInput {
  readonly foreignId: string;
  readonly label?: string | undefined;
  readonly known: ReadonlyMap<ActorRole, Field>;
  readonly attributes: AttributeBag;
  readonly place: Place;
  readonly values: () => ReadonlyMap<string, string>;
  readonly spells: readonly string[];
  readonly partOf?: string | undefined;
  readonly problems: DraftActor['problems'];
}

/** An actor; several spells give its `when` as their hull and are kept, as written, in `attributes.spells`. */
export function actorDraft(input: ActorInput): DraftActor {
  const { known } = input;
  const attributes = Object.assign(newAttributes(), input.attributes);
  let when: string | undefined;
  if (input.spells.length > 0) {
    const whens = input.spells;
    when = hullOf(whens);
    if (whens.length > 1 && !('spells' in attributes)) attributes.spells = whens.join('; ');
  }
  return {
    foreignId: input.foreignId,
    label: input.label ?? text(known.get('label')),
    kind: text(known.get('kind')),
    description: text(known.get('description')),
    country: text(known.get('country')),
    aliases: list(known.get('aliases')),
    partOf: input.partOf ?? text(known.get('partOf')),
    when,
    attributes,
    place: input.place,
    values: input.values,
    problems: input.problems,
  };
}

/**
 * What an edge's label is: its type when the record names none and the file's labels look like types
 * (`labelIsType`), else its summary when it has none, else an attribute. Returns the type name.
 */
export function applyLabel(
  known: Map<RelationRole, Field>,
  attributes: AttributeBag,
  typeName: string,
  labelIsType: boolean,
): string {
  const label = known.get('label');
  if (label === undefined) return typeName;
  known.delete('label');
  if (typeName === '' && labelIsType) return text(label) ?? '';
  if (!known.has('summary')) known.set('summary', label);
  else attributes[label.name] = label.value;
  return typeName;
}

/** One warning for all the records of a file that carry no time at all. */
export function warnUndated(draft: Draft, count: number, noun: string): void {
  if (count === 0) return;
  const many = count !== 1;
  draft.warnings.push(
    fileWarningIn(
      draft.file,
      `${count} ${noun}${many ? 's have' : ' has'} no date; ${many ? 'they are' : 'it is'} shown at every date (undated, ../..)`,
    ),
  );
}
