// Reader for GraphML (yEd, Cytoscape desktop, NetworkX, igraph, Gephi), static: nodes become actors (nodes of a
// nested graph are part of the node holding it), edges relations. Each <data> is a field named by its key's
// `attr.name` (fields.ts), typed by `attr.type`, defaults filled in; `start`/`end`/`when` fields give the time.
// yEd's graphics data is skipped but its node label read. Hyperedges and ports are not read (a warning says so).
import { PER_PASSAGE_FIELDS } from '../export';
import type { Problem } from '../../model';
import { assemble } from './assemble';
import { drop, newDraft, problemAt, type Draft } from './draft';
import { giveEvidence, readOpeningJson, readSourcesJson, takeEvidence } from './evidence-json';
import { booleanOf, splitActorFields, splitRelationFields, text, type Field } from './fields';
import { edgeDrafts } from './edge-draft';
import { actorDraft, warnUndated } from './record-draft';
import { mergeRepeated } from './repeated';
import { GRAPHML_LAYOUT, noteSkipped } from './xml-layouts';
import { spellsFromFields, timeFieldsOf, timeValues } from './record-time';
import type { ReaderFormat } from './reader-format';
import { checkCancelled, failed, type ImportOptions, type ImportResult } from './result';
import { numberScaleOf, type TimeContext } from './time';
import { labelsAreTypes } from './type-mapping';
import { childNamed, childrenNamed, descendantsNamed, valuesOf, type XmlElement } from '../xml';
import { decodeNmtoken } from '../xml';
import { readXml } from './xml-read';
import { attr, placeOf, typedValue } from './xml-values';

interface Key {
  readonly name: string;
  readonly type: string | undefined;
  readonly fallback: string | undefined;
  /** yEd's graphics and resources: XML inside, no value of ours. */
  readonly graphics: boolean;
}

const keysFound = new WeakMap<XmlElement, XmlElement[]>();

/**
 * Every <key>, those declared inside a <graph> too (Gephi writes some there). Found once per document: every node
 * and edge asks for the keys' defaults, and walking the whole tree each time made a large file quadratic.
 */
function keyElements(root: XmlElement): XmlElement[] {
  let found = keysFound.get(root);
  if (!found) keysFound.set(root, (found = descendantsNamed(root, 'key')));
  return found;
}

function keysOf(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const k of keyElements(root)) {
    const id = attr(k, 'id');
    if (id === undefined) continue;
    keys.set(id, {
      // A name escaped as an NMTOKEN (`Source_x0020_title`, as Faultline and .NET write them) is read unescaped.
      name: decodeNmtoken(attr(k, 'attr.name') ?? id),
      type: attr(k, 'attr.type'),
      fallback: childNamed(k, 'default')?.text,
      graphics: attr(k, 'yfiles.type') !== undefined,
    });
  }
  return keys;
}

/** The fields of a node or edge: its <data>, then the defaults of the keys declared for its kind. */
function fieldsOf(
  el: XmlElement,
  keys: ReadonlyMap<string, Key>,
  domain: 'node' | 'edge',
  root: XmlElement,
): Field[] {
  const fields = new Map<string, Field>();
  for (const d of childrenNamed(el, 'data')) {
    const key = keys.get(attr(d, 'key') ?? '');
    if (key?.graphics) {
      const label = descendantsNamed(d, 'NodeLabel')[0]?.text.trim();
      if (label && !fields.has('label'))
        fields.set('label', { name: 'label', value: label, place: placeOf(d, 'label') });
      continue;
    }
    const name = key?.name ?? attr(d, 'key') ?? 'data';
    fields.set(name, { name, value: typedValue(d.text, key?.type).value, place: placeOf(d, name) });
  }
  for (const k of keyElements(root)) {
    const key = keys.get(attr(k, 'id') ?? '');
    const domainOk = ['all', domain].includes((attr(k, 'for') ?? 'all').toLowerCase());
    if (!key || key.fallback === undefined || !domainOk || fields.has(key.name)) continue;
    fields.set(key.name, {
      name: key.name,
      value: typedValue(key.fallback, key.type).value,
      place: placeOf(k, key.name),
    });
  }
  return [...fields.values()];
}

interface Walked {
  readonly nodes: { el: XmlElement; parent: string | undefined }[];
  readonly edges: { el: XmlElement; directed: boolean }[];
  readonly hyper: XmlElement[];
}

/** Every node and edge of every graph, nested graphs included. */
function walk(root: XmlElement): Walked {
  const out: Walked = { nodes: [], edges: [], hyper: [] };
  const stack = childrenNamed(root, 'graph').map((g) => ({
    graph: g,
    parent: undefined as string | undefined,
  }));
  for (let s = stack.pop(); s; s = stack.pop()) {
    const directed = (attr(s.graph, 'edgedefault') ?? 'directed').toLowerCase() !== 'undirected';
    for (const c of s.graph.children) {
      if (c.name === 'node') {
        out.nodes.push({ el: c, parent: s.parent });
        for (const g of childrenNamed(c, 'graph')) stack.push({ graph: g, parent: attr(c, 'id') });
      } else if (c.name === 'edge') out.edges.push({ el: c, directed });
      else if (c.name === 'hyperedge') out.hyper.push(c);
    }
  }
  return out;
}

/** A Faultline export writes the type's label and the evidence count beside each edge: derived, not data. */
const FAULTLINE_DERIVED = new Set<string>(['label', 'evidence', ...PER_PASSAGE_FIELDS]);

function readNodes(
  draft: Draft,
  nodes: Walked['nodes'],
  keys: Map<string, Key>,
  root: XmlElement,
  ctx: TimeContext,
): void {
  for (const { el, parent } of nodes) {
    const id = attr(el, 'id');
    const problems: Problem[] = [];
    if (id === undefined) problems.push(problemAt(draft, placeOf(el), 'a <node> has no id'));
    const { known, attributes } = splitActorFields(fieldsOf(el, keys, 'node', root), new Set(['id']));
    const time = spellsFromFields(timeFieldsOf(known), ctx);
    if (!time.ok) problems.push(problemAt(draft, time.field.place, time.reason));
    draft.actors.push(
      actorDraft({
        foreignId: id ?? `line ${el.line}`,
        known,
        attributes,
        place: placeOf(el),
        values: () => valuesOf(el),
        spells: time.ok ? time.spells : [],
        partOf: text(known.get('partOf')) ?? parent,
        problems,
      }),
    );
  }
}

export function readGraphml(input: string, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'graph.graphml';
  const xml = readXml(input, file, graphmlReader, options);
  if (!xml.ok) return failed(xml.problems);
  const root = xml.root;
  const keys = keysOf(root);
  const { nodes, edges, hyper } = walk(root);
  const draft = newDraft('graphml', file, false);
  noteSkipped(draft, root, GRAPHML_LAYOUT);
  const graph = childNamed(root, 'graph');
  const graphFields = graph ? fieldsOf(graph, keys, 'node', root) : [];
  const graphValue = (name: string) => text(graphFields.find((f) => f.name === name));
  const fromFaultline = graphValue('dataset_id') !== undefined;
  draft.fromFaultline = fromFaultline;
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  draft.meta.id = graphValue('dataset_id') ?? attr(graph ?? root, 'id') ?? base;
  draft.meta.title = graphValue('title') ?? base;
  draft.meta.description = graphValue('description') ?? (graph && childNamed(graph, 'desc')?.text.trim());
  // Graph-level data Faultline has no place for (a dataset keeps no attributes of its own) is counted.
  const GRAPH_READ = new Set(['title', 'description', 'dataset_id', 'sources_json', 'opening_json']);
  const graphData = graph ? childrenNamed(graph, 'data') : [];
  const keyName = (d: XmlElement) => keys.get(attr(d, 'key') ?? '')?.name ?? attr(d, 'key') ?? '';
  drop(draft, 'graph-level <data>', graphData.filter((d) => !GRAPH_READ.has(keyName(d))).length);
  drop(
    draft,
    '<desc> of a node or an edge',
    [...nodes, ...edges].filter(({ el }) => childNamed(el, 'desc') !== undefined).length,
  );
  const sourcesField = graphFields.find((f) => f.name === 'sources_json');
  const sources = readSourcesJson(draft, text(sourcesField), sourcesField?.place ?? {});
  const openingField = graphFields.find((f) => f.name === 'opening_json');
  readOpeningJson(draft, text(openingField), openingField?.place ?? {});
  // One warning for all of them, at the first: a file of a million hyperedges must not build a million.
  const firstHyper = hyper[0];
  if (firstHyper) {
    const n = hyper.length;
    const what = n === 1 ? 'a hyperedge is' : `${n.toLocaleString('en')} hyperedges are`;
    const rest = n === 1 ? 'split it into edges' : 'the first is here; split them into edges';
    draft.warnings.push(problemAt(draft, placeOf(firstHyper), `${what} not read: ${rest}`, 'warning'));
  }

  const split = edges.map((e) => {
    const taken = takeEvidence(draft, fieldsOf(e.el, keys, 'edge', root), sources);
    const all = taken.fields;
    const fields = all.filter((f) => !(fromFaultline && FAULTLINE_DERIVED.has(f.name)));
    const typeLabel = fromFaultline ? text(all.find((f) => f.name === 'label')) : undefined;
    return { ...splitRelationFields(fields), typeLabel, evidence: taken.evidence };
  });
  // Each record's time values, not its fields: a million nodes' fields held at once cost more than their tree.
  const timesOf = (fields: Field[]) => [...timeValues(timeFieldsOf(splitActorFields(fields).known))];
  const ctx: TimeContext = {
    format: 'auto',
    scale: numberScaleOf([
      ...nodes.flatMap((n) => timesOf(fieldsOf(n.el, keys, 'node', root))),
      ...split.flatMap((s) => timesOf([...s.known.values()])),
    ]),
  };
  readNodes(draft, nodes, keys, root, ctx);
  const labelIsType = labelsAreTypes(split.map((s) => text(s.known.get('label')) ?? ''));
  let undated = 0;
  edges.forEach(({ el, directed }, i) => {
    if (i % 5000 === 0) {
      checkCancelled(options);
      options.onProgress?.(0.3 + (0.5 * i) / edges.length);
    }
    const { known, attributes, typeLabel, evidence } = split[i]!;
    const directedAttr = attr(el, 'directed');
    const edgeId = attr(el, 'id');
    const foreignId = text(known.get('id')) ?? edgeId;
    if (edgeId !== undefined && edgeId !== foreignId && !fromFaultline) attributes['graphml:id'] = edgeId;
    const target = attr(el, 'target');
    const edge = edgeDrafts(
      draft,
      {
        foreignId,
        source: attr(el, 'source'),
        targets: target === undefined ? undefined : [target],
        typeLabel,
        labelIsType,
        // The `directed` data says what the relation is where the graph's kind could not (direction.ts).
        directed:
          booleanOf(known.get('directed')) ??
          booleanOf({ name: 'directed', value: directedAttr ?? null, place: {} }) ??
          directed,
        known,
        attributes,
        place: placeOf(el),
        values: () => valuesOf(el),
        problems: [],
      },
      ctx,
    );
    giveEvidence(edge.drafts, evidence);
    draft.relations.push(...edge.drafts);
    if (edge.undated) undated++;
  });
  warnUndated(draft, undated, 'edge');
  draft.sources.push(...sources.values());
  mergeRepeated(draft);
  return assemble(draft, options);
}

export const graphmlReader: ReaderFormat = {
  id: 'graphml',
  label: 'GraphML',
  extensions: ['graphml'],
  mediaType: 'application/graphml+xml',
  sniff: { kind: 'xml', root: 'graphml' },
  read: readGraphml,
};
