// Builds the dataset object from a Draft: dataset ids for foreign ids, actor references resolved (by id, or by
// label and created on first mention where the format allows), types through the mapping, sources deduplicated
// by title, defaults for what the format cannot carry. Records with errors are skipped; a record whose problem
// shows up here gets it added and is skipped too. The result is checked by the validator in assemble.ts.
import type { Problem } from '../../model';
import {
  DATASET_FORMAT,
  type Actor,
  type Claim,
  type Dataset,
  type Evidence,
  type Relation,
  type Source,
} from '../../model';
import { ACTOR_KINDS, relationTypesOf, type ActorKind, type Confidence } from '../../model';
import type {
  AttributeBag,
  Draft,
  DraftActor,
  DraftEvidence,
  DraftRelation,
  DraftSource,
  Place,
} from './draft';
import { newAttributes, problemAt, warnAt } from './draft';
import { placeText } from './repeated';
import { fitWhen } from './fit-time';
import { IdAllocator, isValidId, slugify } from './ids';
import type { ForeignType, ImportOptions } from './result';
import { TypeTally, resolveTypes, type TypeChoice } from './type-mapping';

export interface Built {
  readonly dataset: Dataset;
  /** The draft each dataset record came from, by array index, for placing the validator's problems. */
  readonly actorDrafts: readonly DraftActor[];
  readonly relationDrafts: readonly DraftRelation[];
  /** Per source index, every relation draft citing it. */
  readonly sourceDrafts: readonly DraftRelation[][];
  readonly warnings: readonly Problem[];
  /** The type names as the file gives them, before mapping. */
  readonly foreignTypes: readonly ForeignType[];
}

const KIND_BY_NAME = new Map<string, ActorKind>();
for (const k of ACTOR_KINDS) KIND_BY_NAME.set(k, k);
KIND_BY_NAME.set('organization', 'organisation');
KIND_BY_NAME.set('agency', 'state-agency');

export function isRejected(r: { problems: readonly { severity: string }[] }): boolean {
  return r.problems.some((p) => p.severity === 'error');
}

function attributesOr(bag: AttributeBag): AttributeBag | undefined {
  for (const _ in bag) return bag;
  return undefined;
}

const RENAMED = 'attributes.';

/** A Faultline export's `attributes.<name>` (a name the format uses itself) under its own name again. */
function ownNames(bag: AttributeBag, draft: Draft): AttributeBag {
  const renamed = (key: string) => {
    const name = key.slice(RENAMED.length);
    return key.startsWith(RENAMED) && name !== '' && !(name in bag) ? name : key;
  };
  if (!draft.fromFaultline || Object.keys(bag).every((k) => renamed(k) === k)) return bag;
  const out = newAttributes();
  for (const [key, value] of Object.entries(bag)) out[renamed(key)] = value;
  return out;
}

/** Copies a bag and adds `key` unless the file already gave one (a value read back keeps its own). */
function withAttribute(bag: AttributeBag, key: string, value: string): AttributeBag {
  const copy = Object.assign(newAttributes(), bag);
  if (!(key in copy)) copy[key] = value;
  return copy;
}

function buildActor(d: DraftActor, id: string, partOf: string | undefined, draft: Draft): Actor {
  const file = draft.file;
  // An actor known only by its name (a CSV without an actors table) keeps that name as its label already.
  const changed = d.foreignId !== id && d.foreignId !== d.label;
  const own = ownNames(d.attributes, draft);
  let attributes = changed ? withAttribute(own, 'originalId', d.foreignId) : own;
  const kind = d.kind === undefined ? undefined : KIND_BY_NAME.get(slugify(d.kind));
  if (d.kind !== undefined && kind === undefined) attributes = withAttribute(attributes, 'kind', d.kind);
  const country = d.country?.trim().toUpperCase();
  const countryOk = country !== undefined && /^[A-Z]{2}$/.test(country);
  if (d.country !== undefined && !countryOk) attributes = withAttribute(attributes, 'country', d.country);
  if (d.partOf !== undefined && partOf === undefined)
    attributes = withAttribute(attributes, 'partOf', d.partOf);
  const actor: Actor = {
    id,
    label: d.label?.trim() || d.foreignId,
    kind: kind ?? 'organisation',
    description: d.description?.trim() || `No description in ${file}.`,
  };
  if (d.aliases?.length) actor.aliases = d.aliases;
  if (countryOk) actor.country = country;
  if (partOf !== undefined) actor.partOf = partOf;
  if (d.when !== undefined) actor.when = d.when;
  const attrs = attributesOr(attributes);
  if (attrs) actor.attributes = attrs;
  return actor;
}

/** Actor drafts created from a relation's mention (lenient formats only). */
function mentioned(name: string): DraftActor {
  return {
    foreignId: name,
    label: name,
    place: {},
    values: () => new Map(),
    problems: [],
    attributes: newAttributes(),
  };
}

class ActorIndex {
  readonly ids = new IdAllocator('actor');
  readonly byForeign = new Map<string, DraftActor>();
  readonly byLabel = new Map<string, DraftActor>();
  readonly rejected = new Set<string>();
  readonly order: DraftActor[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly draft: Draft) {
    this.ids.reserve(draft.actors.filter((a) => !isRejected(a)).map((a) => a.foreignId));
    for (const a of draft.actors) {
      const first = this.byForeign.get(a.foreignId);
      if (first && !isRejected(a)) {
        a.problems.push(
          problemAt(
            draft,
            a.place,
            `the actor id "${a.foreignId}" is used twice (first at ${placeText(first.place)})`,
          ),
        );
      }
      if (isRejected(a)) {
        if (!first) this.rejected.add(a.foreignId);
        continue;
      }
      this.add(a);
    }
  }

  private add(a: DraftActor): void {
    this.byForeign.set(a.foreignId, a);
    const label = a.label?.trim().toLowerCase();
    if (label && !this.byLabel.has(label)) this.byLabel.set(label, a);
    this.ids.take(a.foreignId);
    this.order.push(a);
  }

  /** The dataset id an actor reference stands for, or a sentence saying why there is none. */
  resolve(ref: string, place: Place = {}): { id: string } | { error: string } {
    const byLabel = this.draft.lenientActors ? this.byLabel.get(ref.trim().toLowerCase()) : undefined;
    const hit = this.byForeign.get(ref) ?? byLabel;
    if (hit) return { id: this.ids.take(hit.foreignId) };
    if (this.rejected.has(ref))
      return { error: `the actor "${ref}" was left out because of its own problem` };
    if (!this.draft.lenientActors) return { error: `there is no actor with the id "${ref}"` };
    const created = mentioned(ref);
    if (this.draft.actors.length > 0) {
      const message = `"${ref}" is not in the actors table; it was added with that name as its label`;
      warnAt(this.draft, place, message, this.warnings);
    }
    this.add(created);
    return { id: this.ids.take(ref) };
  }
}

interface Resolved {
  readonly draft: DraftRelation;
  readonly source: string;
  readonly targets: string[];
  readonly assertedBy?: string[];
  readonly disputedBy?: string[];
  readonly status: 'reported' | 'alleged';
}

/** A problem at a relation's place, naming it by the file's id when it has one. */
function relationProblem(draft: Draft, d: DraftRelation, message: string): Problem {
  const p = problemAt(draft, d.place, message);
  return d.foreignId === undefined ? p : { ...p, record: { kind: 'relation', id: d.foreignId } };
}

function resolveRelation(d: DraftRelation, actors: ActorIndex, draft: Draft): Resolved | undefined {
  const refs = (names: readonly string[] | undefined, field: string): string[] | undefined => {
    if (names === undefined) return undefined;
    const out: string[] = [];
    for (const n of names) {
      const r = actors.resolve(n, d.place);
      if ('error' in r) d.problems.push(relationProblem(draft, d, `${field}: ${r.error}`));
      else out.push(r.id);
    }
    return out;
  };
  const source = refs([d.source], 'source')?.[0];
  const targets = refs(d.targets, 'target') ?? [];
  const assertedBy = refs(d.assertedBy, 'asserted by');
  const disputedBy = refs(d.disputedBy, 'disputed by');
  const status = (d.status ?? 'reported').trim().toLowerCase();
  if (status !== 'reported' && status !== 'alleged') {
    d.problems.push(
      relationProblem(draft, d, `the status "${d.status}" is neither "reported" nor "alleged"`),
    );
  }
  if (isRejected(d) || source === undefined) return undefined;
  return { draft: d, source, targets, assertedBy, disputedBy, status: status as Resolved['status'] };
}

/**
 * A quote as the dataset holds it: its claimant resolved to an actor id (added when the file names a new one); a
 * claimant that names no actor the file keeps stays a name, with a warning, so the quote and its claim survive.
 */
function evidenceOf(
  e: DraftEvidence,
  source: string,
  actors: ActorIndex,
  draft: Draft,
  place: Place,
): Evidence {
  const out: Evidence = { source, quote: e.quote };
  if (e.claim) {
    const claim: Claim = { by: e.claim.by };
    if (e.claim.actor !== undefined) {
      const r = actors.resolve(e.claim.actor, place);
      if ('id' in r) claim.actor = r.id;
      else {
        claim.name = e.claim.name ?? e.claim.actor;
        warnAt(draft, place, `claimant: ${r.error}; kept as a name`, actors.warnings);
      }
    }
    if (e.claim.name !== undefined && claim.name === undefined) claim.name = e.claim.name;
    out.claim = claim;
  }
  if (e.reliability) out.reliability = e.reliability;
  if (e.credibility) out.credibility = e.credibility;
  return out;
}

class SourceIndex {
  private readonly ids = new IdAllocator('source');
  /** By the file's source id where it gives one, else by title: sources without ids are told apart by title. */
  private readonly byKey = new Map<string, number>();
  readonly sources: Source[] = [];
  readonly drafts: DraftRelation[][] = [];

  constructor(drafts: readonly DraftRelation[], table: readonly DraftSource[]) {
    this.ids.reserve([
      ...table.flatMap((s) => s.foreignId ?? []),
      ...drafts.flatMap((d) => d.evidence.flatMap((e) => e.source.foreignId ?? [])),
    ]);
    for (const s of table) this.indexOf(s);
  }

  idFor(s: DraftSource, d: DraftRelation): string {
    const i = this.indexOf(s);
    this.drafts[i]!.push(d);
    return this.sources[i]!.id;
  }

  /** The source's place in the list, added on first sight. */
  private indexOf(s: DraftSource): number {
    const key = s.foreignId === undefined ? `title:${s.title}` : `id:${s.foreignId}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.sources.length;
      this.byKey.set(key, i);
      // The format asks for a publication date and the importer never makes one up: unknown is EDTF's
      // unspecified year, XXXX.
      const id = s.foreignId === undefined ? this.ids.fresh(s.title) : this.ids.take(s.foreignId);
      const source: Source = { id, title: s.title, published: s.published ?? 'XXXX' };
      if (s.url) source.url = s.url;
      if (s.author) source.author = s.author;
      if (s.publisher) source.publisher = s.publisher;
      if (s.note) source.note = s.note;
      this.sources.push(source);
      this.drafts.push([]);
    }
    return i;
  }
}

function typeChoicesOf(draft: Draft): Map<string, TypeChoice> {
  const m = new Map<string, TypeChoice>();
  for (const declaration of draft.declaredTypes ?? [])
    m.set(declaration.id, { kind: 'declared', declaration });
  return m;
}

export function buildDataset(draft: Draft, options: ImportOptions): Built {
  const actors = new ActorIndex(draft);
  const resolved: Resolved[] = [];
  for (const d of draft.relations) {
    if (isRejected(d)) continue;
    const r = resolveRelation(d, actors, draft);
    if (r) resolved.push(r);
  }

  const tally = new TypeTally();
  for (const r of resolved) tally.add(r.draft.typeName, r.draft.when, r.draft.directed, r.draft.typeHints);
  const mapping = new Map([...typeChoicesOf(draft), ...(options.typeMapping ?? [])]);
  const foreignTypes = tally.list();
  const types = resolveTypes(foreignTypes, mapping);
  const typeInfo = relationTypesOf(types.declarations);

  const relationIds = new IdAllocator('relation');
  // The graph draws actors and relations side by side, by id: a relation never takes an actor's id (Gephi numbers
  // both from 0), it gets another and keeps the file's in `originalId`.
  relationIds.block(actors.order.map((a) => actors.ids.take(a.foreignId)));
  relationIds.reserve(resolved.flatMap((r) => (r.draft.foreignId !== undefined ? [r.draft.foreignId] : [])));
  const seen = new Set<string>();
  const sources = new SourceIndex(
    resolved.map((r) => r.draft),
    draft.sources,
  );
  const labelOf = new Map(
    actors.order.map((a) => [actors.ids.take(a.foreignId), a.label?.trim() || a.foreignId]),
  );
  const relations: Relation[] = resolved.map((r) => {
    const d = r.draft;
    const foreign = d.foreignId;
    let id: string;
    let attributes = ownNames(d.attributes, draft);
    if (foreign === undefined) id = relationIds.fresh(`${r.source}-${r.targets.join('-')}`);
    else if (seen.has(foreign)) id = relationIds.fresh(foreign);
    else id = relationIds.take(foreign);
    if (foreign !== undefined) seen.add(foreign);
    if (foreign !== undefined && foreign !== id)
      attributes = withAttribute(attributes, 'originalId', foreign);
    const type = types.idOf.get(d.typeName) ?? 'link';
    const typeLabel = typeInfo.get(type)?.label ?? type;
    const names = (ids: readonly string[]) => ids.map((i) => labelOf.get(i) ?? i).join(', ');
    const fitted = fitWhen(d.when, typeInfo.get(type)?.duration, d.inheritedWhen ?? false);
    if (fitted.timestamp) attributes = withAttribute(attributes, 'timestamp', fitted.timestamp);
    const relation: Relation = {
      id,
      type,
      source: r.source,
      target: r.targets.length === 1 ? r.targets[0]! : r.targets,
      when: fitted.when,
      summary: d.summary?.trim() || `${typeLabel}: ${names([r.source])} – ${names(r.targets)}`,
      status: r.status,
      evidence: d.evidence.map((e) => evidenceOf(e, sources.idFor(e.source, d), actors, draft, d.place)),
    };
    if (d.confidence) relation.confidence = d.confidence as Confidence;
    if (d.inference) relation.inference = d.inference;
    if (d.subtype) relation.subtype = d.subtype;
    if (r.assertedBy?.length) relation.assertedBy = r.assertedBy;
    if (r.disputedBy?.length) relation.disputedBy = r.disputedBy;
    const attrs = attributesOr(attributes);
    if (attrs) relation.attributes = attrs;
    return relation;
  });

  const actorList = actors.order.map((a) => {
    const id = actors.ids.take(a.foreignId);
    const parent = a.partOf === undefined ? undefined : actors.byForeign.get(a.partOf);
    const partOf = parent && parent !== a ? actors.ids.take(parent.foreignId) : undefined;
    return buildActor(a, id, partOf, draft);
  });

  const dataset: Dataset = {
    format: DATASET_FORMAT,
    id:
      draft.meta.id && isValidId(draft.meta.id)
        ? draft.meta.id
        : slugify(draft.meta.id ?? draft.file) || 'imported',
    title: draft.meta.title?.trim() || draft.file,
    description: draft.meta.description?.trim() || `Imported from ${draft.file}.`,
    ...(draft.meta.opening && { opening: draft.meta.opening }),
    sources: sources.sources,
    actors: actorList,
    relations,
  };
  if (types.declarations.length > 0) dataset.relationTypes = [...types.declarations];
  return {
    dataset,
    actorDrafts: actors.order,
    relationDrafts: resolved.map((r) => r.draft),
    sourceDrafts: sources.drafts,
    warnings: actors.warnings,
    foreignTypes,
  };
}
