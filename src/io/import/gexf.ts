// Reader for GEXF 1.1–1.3 (Gephi), static and dynamic. Nodes become actors (nested nodes and `pid` give partOf),
// edges relations, one per spell. Declared attributes with their defaults become fields (fields.ts: a `kind`
// attribute on nodes, `summary`, `status`, `quote` … on edges) or attributes; dynamic attribute values are kept as
// `title@when`; viz colour, position, size and shape are kept as `viz:color`, `x`, `y` … An edge's type is its
// `kind`, else a type attribute, else its label when the file has few distinct labels. Time: gexf-time.ts.
import { PER_PASSAGE_FIELDS } from '../export';
import type { Problem } from '../../model';
import { assemble } from './assemble';
import { newDraft, problemAt, warnAt, type AttributeBag, type Draft } from './draft';
import { giveEvidence, takeEvidence, type SourceTable } from './evidence-json';
import { exactWhen } from './exact-when';
import {
  booleanOf,
  normalizeName,
  splitActorFields,
  splitRelationFields,
  text,
  type Field,
  type RelationRole,
} from './fields';
import { gexfTimeOf, spellsOf, type GexfTime } from './gexf-time';
import { actorDraft, applyLabel, relationDrafts, warnUndated } from './record-draft';
import { mergeRepeated } from './repeated';
import { GEXF_LAYOUT, noteSkipped } from './xml-layouts';
import { hullOf, intersectSpans } from './record-time';
import type { ReaderFormat } from './reader-format';
import { checkCancelled, failed, type ImportOptions, type ImportResult } from './result';
import { TimeValueError } from './time';
import { labelsAreTypes } from './type-mapping';
import { childNamed, childrenNamed, valuesOf, type XmlElement } from '../xml';
import { readXml } from './xml-read';
import { attr, placeOf, typedValue } from './xml-values';
import { errorIn } from '../problem';

interface Declaration {
  readonly title: string;
  readonly type: string | undefined;
  readonly fallback: string | undefined;
}

/** Attribute declarations of one class (`node` or `edge`) by id. */
function declarations(graph: XmlElement, cls: 'node' | 'edge'): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((attr(block, 'class') ?? 'node').toLowerCase() !== cls) continue;
    for (const a of childrenNamed(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id === undefined) continue;
      const fallback = childNamed(a, 'default')?.text;
      out.set(id, { title: attr(a, 'title') ?? id, type: attr(a, 'type'), fallback });
    }
  }
  return out;
}

function hex(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');
}

/** viz: colour as #rrggbb (#rrggbbaa when not opaque), position (y flipped to screen direction), size, shape. */
function vizAttributes(el: XmlElement, into: AttributeBag): void {
  for (const c of el.children) {
    if (!c.qname.includes(':') && c.name !== 'color' && c.name !== 'position') continue;
    const num = (name: string) => Number(attr(c, name) ?? '0');
    if (c.name === 'color') {
      const a = attr(c, 'a') === undefined ? 1 : num('a');
      into['viz:color'] =
        attr(c, 'hex') ?? `#${hex(num('r'))}${hex(num('g'))}${hex(num('b'))}${a < 1 ? hex(a * 255) : ''}`;
    } else if (c.name === 'position') {
      into.x = num('x');
      // GEXF's y grows upwards, the screen's downwards (the exporter flips it the other way).
      into.y = num('y') === 0 ? 0 : -num('y');
      if (num('z') !== 0) into.z = num('z');
    } else if (c.name === 'size' || c.name === 'thickness' || c.name === 'shape') {
      const v = attr(c, 'value');
      if (v !== undefined) into[`viz:${c.name}`] = c.name === 'shape' ? v : Number(v);
    }
  }
}

interface Context {
  readonly draft: Draft;
  readonly time: GexfTime;
  /**
   * Written by Faultline, or by a program that re-saved a Faultline file (its edges still declare
   * `evidence_json`): drop what the exporter derives (edge label, weight, evidence count, edge viz).
   */
  readonly fromFaultline: boolean;
  /** The sources the edges' `evidence_json` carry. */
  readonly sources: SourceTable;
}

/** The declared values of an element, defaults filled in; dynamic values as `title@when`. */
function attvalueFields(el: XmlElement, decls: ReadonlyMap<string, Declaration>, c: Context): Field[] {
  const given = new Map<string, Field>();
  // Some writers put <attvalue> straight under the element, without <attvalues>: read those too.
  const values = [
    ...childrenNamed(el, 'attvalues').flatMap((g) => childrenNamed(g, 'attvalue')),
    ...childrenNamed(el, 'attvalue'),
  ];
  for (const av of values) {
    const id = attr(av, 'for') ?? attr(av, 'id') ?? '';
    const decl = decls.get(id);
    const title = decl?.title ?? id;
    const raw = av.attributes.get('value') ?? '';
    const typed = typedValue(raw, decl?.type);
    const place = placeOf(av, title);
    if (!typed.ok) warnAt(c.draft, place, `"${raw}" is not a ${decl?.type}; kept as text`);
    let name = title;
    const spells = spellsOf(av, c.time);
    if (spells.length > 0) name = `${title}@${spells.join(';')}`;
    given.set(name, { name, value: typed.value, place });
  }
  for (const d of decls.values()) {
    if (d.fallback === undefined || given.has(d.title)) continue;
    given.set(d.title, {
      name: d.title,
      value: typedValue(d.fallback, d.type).value,
      place: placeOf(el, d.title),
    });
  }
  return [...given.values()];
}

interface NodeRef {
  readonly el: XmlElement;
  readonly parent: string | undefined;
}

/** Nodes at any depth of nesting, with the id of the node they are nested in. */
function allNodes(graph: XmlElement): NodeRef[] {
  const out: NodeRef[] = [];
  const stack: { el: XmlElement; parent: string | undefined }[] = [];
  const push = (container: XmlElement, parent: string | undefined) => {
    for (const nodes of childrenNamed(container, 'nodes').reverse()) {
      for (const n of childrenNamed(nodes, 'node').reverse()) stack.push({ el: n, parent });
    }
  };
  push(graph, undefined);
  for (let r = stack.pop(); r; r = stack.pop()) {
    out.push(r);
    push(r.el, attr(r.el, 'id'));
  }
  return out;
}

function timeProblem(c: Context, el: XmlElement, e: unknown): Problem {
  if (!(e instanceof TimeValueError)) throw e;
  return problemAt(c.draft, placeOf(el), e.message);
}

/** An element's spells and declared values; a time it cannot read becomes a problem of the element. */
function timeAndFields(
  el: XmlElement,
  decls: ReadonlyMap<string, Declaration>,
  c: Context,
  problems: Problem[],
): { spells: string[]; fields: Field[] } {
  try {
    return { spells: spellsOf(el, c.time), fields: attvalueFields(el, decls, c) };
  } catch (e) {
    problems.push(timeProblem(c, el, e));
    return { spells: [], fields: [] };
  }
}

function readNodes(graph: XmlElement, c: Context): Map<string, string | undefined> {
  const decls = declarations(graph, 'node');
  const lifetimes = new Map<string, string | undefined>();
  for (const { el, parent } of allNodes(graph)) {
    const id = attr(el, 'id');
    const problems: Problem[] = [];
    if (id === undefined) problems.push(problemAt(c.draft, placeOf(el), 'a <node> has no id'));
    const read = timeAndFields(el, decls, c, problems);
    let spells = read.spells;
    const fields = read.fields;
    const { known, attributes } = splitActorFields(
      fields,
      new Set(['id', 'label', 'when', 'start', 'end', 'timeset']),
    );
    // A Faultline export's viz is the view's (colours by kind, layout), not data; its `when` is the exact EDTF
    // while its node spells are the days widened to cover the actor's relations.
    if (!c.fromFaultline) vizAttributes(el, attributes);
    if (c.fromFaultline) {
      const exact = text(fields.find((f) => f.name === 'when'));
      spells = exact === undefined ? [] : [exact];
      delete attributes.when;
    }
    const parentRef =
      attr(el, 'pid') ?? attr(childNamed(childNamed(el, 'parents') ?? el, 'parent') ?? el, 'for') ?? parent;
    const actor = actorDraft({
      foreignId: id ?? `line ${el.line}`,
      label: attr(el, 'label'),
      known,
      attributes,
      place: placeOf(el),
      values: () => valuesOf(el),
      spells,
      partOf: parentRef === id ? undefined : parentRef,
      problems,
    });
    c.draft.actors.push(actor);
    if (id !== undefined) lifetimes.set(id, actor.when);
  }
  return lifetimes;
}

const FAULTLINE_DERIVED = new Set<string>(['label', 'evidence', ...PER_PASSAGE_FIELDS]);
const EDGE_TYPES = new Set(['directed', 'undirected', 'mutual']);

/**
 * The spells of an edge, its EDTF `when` attribute in their place when it covers the same days (exact-when.ts),
 * whatever program wrote the file; a `when` that disagrees, or is no EDTF at all, is a warning, and the spells
 * are read.
 */
function withExactWhen(
  c: Context,
  el: XmlElement,
  fields: readonly Field[],
  known: ReadonlyMap<RelationRole, Field>,
  attributes: AttributeBag,
  spells: string[],
): string[] {
  const field = c.fromFaultline ? known.get('when') : fields.find((f) => normalizeName(f.name) === 'when');
  const exact = text(field);
  if (field === undefined || exact === undefined) return spells;
  const verdict = exactWhen(exact, spells);
  if (verdict === 'agrees') {
    delete attributes[field.name];
    return [exact];
  }
  // Either way the text stays an attribute of the relation, so nothing of it is lost; the warning says why it
  // did not give the time.
  const why =
    verdict === 'disagrees'
      ? `"${exact}" does not cover the days of the edge's own start and end; those were read`
      : `"${exact}" is not an EDTF date or interval; it is kept as an attribute and the edge's time is read from ${spells.length > 0 ? 'its start and end' : 'nothing: it is undated'}`;
  warnAt(c.draft, placeOf(el, field.name), why);
  return spells;
}
const TIME_ROLES = new Set(['when', 'start', 'end', 'timeset'] as const);

function readEdges(
  graph: XmlElement,
  c: Context,
  lifetimes: Map<string, string | undefined>,
  options: ImportOptions,
): void {
  const decls = declarations(graph, 'edge');
  const edges = childrenNamed(graph, 'edges').flatMap((g) => childrenNamed(g, 'edge'));
  const labelIsType = labelsAreTypes(edges.map((e) => attr(e, 'label') ?? ''));
  const defaultType = (attr(graph, 'defaultedgetype') ?? 'undirected').toLowerCase();
  const graphSpells = spellsOf(graph, c.time);
  const graphWhen = graphSpells.length > 0 ? hullOf(graphSpells) : '../..';
  let undated = 0;
  edges.forEach((el, i) => {
    if (i % 5000 === 0) {
      checkCancelled(options);
      options.onProgress?.(0.3 + (0.5 * i) / edges.length);
    }
    const problems: Problem[] = [];
    const source = attr(el, 'source');
    const target = attr(el, 'target');
    if (source === undefined)
      problems.push(problemAt(c.draft, placeOf(el, 'source'), 'an <edge> has no source'));
    if (target === undefined)
      problems.push(problemAt(c.draft, placeOf(el, 'target'), 'an <edge> has no target'));
    const read = timeAndFields(el, decls, c, problems);
    let spells = read.spells;
    const taken = takeEvidence(c.draft, read.fields, c.sources);
    const fields = taken.fields;
    const label = attr(el, 'label');
    const weight = attr(el, 'weight');
    if (label !== undefined) fields.push({ name: 'label', value: label, place: placeOf(el, 'label') });
    // GEXF gives time by spells; a `when` or `start` attribute of another tool's file is data, kept as such.
    const { known, attributes } = splitRelationFields(
      fields.filter((f) => !(c.fromFaultline && FAULTLINE_DERIVED.has(f.name))),
      c.fromFaultline ? new Set() : TIME_ROLES,
    );
    // networkx writes its multigraph key beside the id it already wrote: nothing of the data.
    if (attributes.networkx_key === attr(el, 'id')) delete attributes.networkx_key;
    if (!c.fromFaultline) {
      if (weight !== undefined) attributes.weight = Number.isFinite(Number(weight)) ? Number(weight) : weight;
      vizAttributes(el, attributes);
    }
    // networkx writes an edge's `type` data as the `type` attribute: a value that is no direction is its type.
    const typeAttr = attr(el, 'type');
    const isDirection = typeAttr === undefined || EDGE_TYPES.has(typeAttr.toLowerCase());
    const typeName = applyLabel(
      known,
      attributes,
      attr(el, 'kind') ?? text(known.get('type')) ?? (isDirection ? '' : typeAttr),
      labelIsType,
    );
    // The `directed` attribute says what the relation is where the graph's kind could not (direction.ts).
    const edgeType = ((isDirection ? typeAttr : undefined) ?? defaultType).toLowerCase();
    const directed = booleanOf(known.get('directed')) ?? edgeType !== 'undirected';
    spells = withExactWhen(c, el, fields, known, attributes, spells);
    let fallbackWhen = graphWhen;
    if (spells.length === 0 && c.time.mode !== 'static') {
      fallbackWhen = intersectSpans([lifetimes.get(source ?? ''), lifetimes.get(target ?? '')]) ?? graphWhen;
    }
    if (spells.length === 0 && fallbackWhen === '../..') undated++;
    const edgeId = attr(el, 'id');
    const foreignId = text(known.get('id')) ?? edgeId;
    if (edgeId !== undefined && edgeId !== foreignId && !c.fromFaultline) attributes['gexf:id'] = edgeId;
    const drafts = relationDrafts(
      c.draft,
      {
        foreignId,
        source: source ?? '',
        targets: target === undefined ? [] : [target],
        typeName,
        typeLabel: c.fromFaultline ? label : undefined,
        directed,
        known,
        attributes,
        place: placeOf(el),
        values: () => valuesOf(el),
        spells,
        fallbackWhen,
        problems,
      },
      c.time.ctx,
    );
    giveEvidence(drafts, taken.evidence);
    c.draft.relations.push(...drafts);
  });
  warnUndated(c.draft, undated, 'edge');
}

export function readGexf(input: string, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'graph.gexf';
  const xml = readXml(input, file, gexfReader, options);
  if (!xml.ok) return failed(xml.problems);
  const root = xml.root;
  const graph = childNamed(root, 'graph');
  if (!graph) return failed([errorIn(file, 'the GEXF file has no <graph>', placeOf(root))]);
  const time = gexfTimeOf(graph);
  if (typeof time === 'string') return failed([errorIn(file, time, placeOf(graph))]);
  const draft = newDraft('gexf', file, false);
  noteSkipped(draft, root, GEXF_LAYOUT);
  const meta = childNamed(root, 'meta');
  const creator = meta ? childNamed(meta, 'creator')?.text.trim() : undefined;
  const reSaved = [...declarations(graph, 'edge').values()].some((d) => d.title === 'evidence_json');
  const fromFaultline = creator === 'Faultline' || reSaved;
  draft.meta.title =
    (meta && childNamed(meta, 'title')?.text) || file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  draft.meta.description = meta ? childNamed(meta, 'description')?.text : undefined;
  draft.meta.id = (fromFaultline && meta && childNamed(meta, 'keywords')?.text.trim()) || draft.meta.title;
  draft.fromFaultline = fromFaultline;
  const c: Context = { draft, time, fromFaultline, sources: new Map() };
  let graphProblem: Problem | undefined;
  try {
    const lifetimes = readNodes(graph, c);
    readEdges(graph, c, lifetimes, options);
  } catch (e) {
    graphProblem = timeProblem(c, graph, e);
  }
  if (graphProblem) return failed([graphProblem]);
  draft.sources.push(...c.sources.values());
  mergeRepeated(draft);
  return assemble(draft, options);
}

export const gexfReader: ReaderFormat = {
  id: 'gexf',
  label: 'GEXF',
  extensions: ['gexf'],
  mediaType: 'application/gexf+xml',
  sniff: { kind: 'xml', root: 'gexf' },
  read: readGexf,
};
