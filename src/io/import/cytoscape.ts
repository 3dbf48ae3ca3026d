// Reader for Cytoscape.js JSON (`{elements: {nodes, edges}}`, `{elements: [...]}` or a bare list of elements)
// and Cytoscape desktop's `.cyjs` (the same, with the network's `data` beside it). Each element's `data` keys are
// fields (fields.ts: `name`/`label`, `interaction`/`type`, `when`/`start`/`end` …); `parent` gives partOf,
// `position` the attributes `x`/`y`, `classes` the attribute `classes`. Problems are placed by JSON path.
import { PER_PASSAGE_FIELDS } from '../export';
import type { Problem } from '../../model';
import { assemble } from './assemble';
import { newDraft, problemAt, type AttributeValue, type Draft } from './draft';
import {
  giveEvidence,
  readOpeningJson,
  readSourcesJson,
  takeEvidence,
  type SourceTable,
} from './evidence-json';
import { booleanOf, splitActorFields, splitRelationFields, text, type Field } from './fields';
import { isPlainObject, readJsonText } from './json-text';
import { edgeDrafts } from './edge-draft';
import { actorDraft, warnUndated } from './record-draft';
import { mergeRepeated } from './repeated';
import { spellsFromFields, timeFieldsOf, timeValues } from './record-time';
import type { ReaderFormat } from './reader-format';
import { checkCancelled, failed, type ImportOptions, type ImportResult } from './result';
import { numberScaleOf, type TimeContext } from './time';
import { labelsAreTypes } from './type-mapping';
import { fileErrorIn } from '../problem';

interface Element {
  readonly value: unknown;
  readonly path: string;
}

/** The node and edge elements of any of the accepted shapes; a sentence when the value has none of them. */
export function cytoscapeElements(value: unknown): { nodes: Element[]; edges: Element[] } | string {
  const root = isPlainObject(value) ? value.elements : value;
  const nodes: Element[] = [];
  const edges: Element[] = [];
  if (isPlainObject(root)) {
    const list = (v: unknown, path: string, into: Element[]) => {
      if (v === undefined) return;
      if (!Array.isArray(v)) return `${path} must be a list`;
      v.forEach((e, i) => into.push({ value: e, path: `${path}[${i}]` }));
      return undefined;
    };
    return (
      list(root.nodes, 'elements.nodes', nodes) ??
      list(root.edges, 'elements.edges', edges) ?? { nodes, edges }
    );
  }
  if (!Array.isArray(root))
    return 'a Cytoscape file holds "elements": a list, or an object with "nodes" and "edges"';
  const prefix = isPlainObject(value) ? 'elements' : '';
  root.forEach((e: unknown, i) => {
    const data = isPlainObject(e) && isPlainObject(e.data) ? e.data : undefined;
    const isEdge =
      isPlainObject(e) && (e.group === 'edges' || (e.group === undefined && data?.source !== undefined));
    (isEdge ? edges : nodes).push({ value: e, path: `${prefix}[${i}]` });
  });
  return { nodes, edges };
}

function valueOf(v: unknown): AttributeValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join('; ');
  return JSON.stringify(v) ?? null;
}

function fieldsOf(data: Record<string, unknown>, path: string): Field[] {
  return Object.entries(data).map(([name, v]) => ({
    name,
    value: valueOf(v),
    place: { path: `${path}.data.${name}` },
  }));
}

function valuesOf(data: Record<string, unknown>): Map<string, string> {
  return new Map(Object.entries(data).map(([k, v]) => [k, String(valueOf(v) ?? '')]));
}

interface Item {
  readonly data: Record<string, unknown>;
  readonly el: Record<string, unknown>;
  readonly path: string;
  readonly problems: Problem[];
}

function itemOf(draft: Draft, e: Element): Item {
  const el = isPlainObject(e.value) ? e.value : {};
  const data = isPlainObject(el.data) ? el.data : (Object.create(null) as Record<string, unknown>);
  const problems = isPlainObject(el.data)
    ? []
    : [problemAt(draft, { path: e.path }, 'the element has no "data" object')];
  return { data, el, path: e.path, problems };
}

/** What a Faultline export derives for drawing (sizes, widths, tone, the view's colours and classes, days). */
const DERIVED = {
  node: new Set(['size', 'colour']),
  edge: new Set<string>([
    'id',
    'width',
    'label',
    'tone',
    'evidence',
    'start',
    'end',
    'sourceIds',
    ...PER_PASSAGE_FIELDS,
  ]),
};

function readNodes(draft: Draft, nodes: Element[], ctx: TimeContext, fromFaultline: boolean): void {
  for (const e of nodes) {
    const { data, el, path, problems } = itemOf(draft, e);
    const id = text({ name: 'id', value: valueOf(data.id), place: {} });
    if (id === undefined && problems.length === 0)
      problems.push(problemAt(draft, { path: `${path}.data` }, 'the node has no id'));
    const fields = fieldsOf(data, path).filter((f) => !(fromFaultline && DERIVED.node.has(f.name)));
    const { known, attributes } = splitActorFields(fields, new Set(['id']));
    delete attributes.id;
    const time = spellsFromFields(timeFieldsOf(known), ctx);
    if (!time.ok) problems.push(problemAt(draft, time.field.place, time.reason));
    if (isPlainObject(el.position)) {
      for (const axis of ['x', 'y'] as const) {
        const v = el.position[axis];
        if (typeof v === 'number' && Number.isFinite(v) && !(axis in attributes)) attributes[axis] = v;
      }
    }
    if (el.classes !== undefined && !fromFaultline && !('classes' in attributes)) {
      attributes.classes = valueOf(el.classes);
    }
    draft.actors.push(
      actorDraft({
        foreignId: id ?? path,
        known,
        attributes,
        place: { path },
        values: () => valuesOf(data),
        spells: time.ok ? time.spells : [],
        problems,
      }),
    );
  }
}

function readEdges(
  draft: Draft,
  edges: Element[],
  ctx: TimeContext,
  options: ImportOptions,
  fromFaultline: boolean,
  sources: SourceTable,
): void {
  const items = edges.map((e) => itemOf(draft, e));
  const split = items.map((it) => {
    const taken = takeEvidence(draft, fieldsOf(it.data, it.path), sources);
    const all = taken.fields;
    const typeLabel = fromFaultline ? text(all.find((f) => f.name === 'label')) : undefined;
    return {
      ...splitRelationFields(all.filter((f) => !(fromFaultline && DERIVED.edge.has(f.name)))),
      typeLabel,
      evidence: taken.evidence,
    };
  });
  const labelIsType = labelsAreTypes(split.map((s) => text(s.known.get('label')) ?? ''));
  let undated = 0;
  items.forEach(({ data, path, problems }, i) => {
    if (i % 5000 === 0) {
      checkCancelled(options);
      options.onProgress?.(0.3 + (0.5 * i) / items.length);
    }
    const { known, attributes, typeLabel, evidence } = split[i]!;
    // An element without data has said what is wrong with it already.
    const noData = problems.length > 0;
    const target = text(known.get('target'));
    const edge = edgeDrafts(
      draft,
      {
        foreignId: text(known.get('id')),
        source: noData ? '' : text(known.get('source')),
        targets: noData ? [''] : target === undefined ? undefined : [target],
        typeLabel,
        labelIsType,
        directed: booleanOf(known.get('directed')) ?? true,
        known,
        attributes,
        place: { path },
        values: () => valuesOf(data),
        problems,
      },
      ctx,
    );
    giveEvidence(edge.drafts, evidence);
    draft.relations.push(...edge.drafts);
    if (edge.undated) undated++;
  });
  warnUndated(draft, undated, 'edge');
}

/** Reads an already parsed Cytoscape value (readAny sniffs JSON before choosing the reader). */
export function readCytoscapeValue(value: unknown, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'network.cyjs';
  const found = cytoscapeElements(value);
  if (typeof found === 'string') return failed([fileErrorIn(file, found)]);
  const draft = newDraft('cytoscape', file, false);
  const network = isPlainObject(value) && isPlainObject(value.data) ? value.data : {};
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  draft.meta.title = typeof network.name === 'string' ? network.name : base;
  draft.meta.id = typeof network.id === 'string' ? network.id : draft.meta.title;
  if (typeof network.description === 'string') draft.meta.description = network.description;
  const all = [...found.nodes, ...found.edges].map((e) => itemOf(draft, e));
  const times = all.flatMap((it) => [
    ...timeValues(timeFieldsOf(splitRelationFields(fieldsOf(it.data, it.path)).known)),
  ]);
  const ctx: TimeContext = { format: 'auto', scale: numberScaleOf(times) };
  const fromFaultline = isPlainObject(value) && value.generated_by === 'Faultline';
  draft.fromFaultline = fromFaultline;
  if (fromFaultline && typeof network.datasetId === 'string') draft.meta.id = network.datasetId;
  readNodes(draft, found.nodes, ctx, fromFaultline);
  const sourcesJson = typeof network.sourcesJson === 'string' ? network.sourcesJson : undefined;
  const sources = readSourcesJson(draft, sourcesJson, { path: 'data.sourcesJson' });
  const openingJson = typeof network.openingJson === 'string' ? network.openingJson : undefined;
  readOpeningJson(draft, openingJson, { path: 'data.openingJson' });
  readEdges(draft, found.edges, ctx, options, fromFaultline, sources);
  draft.sources.push(...sources.values());
  mergeRepeated(draft);
  return assemble(draft, options);
}

export function readCytoscape(input: string, options: ImportOptions = {}): ImportResult {
  const read = readJsonText(input, options.fileName ?? 'network.cyjs', options.byteOffset);
  return read.ok ? readCytoscapeValue(read.value, options) : failed(read.problems);
}

export const cytoscapeReader: ReaderFormat = {
  id: 'cytoscape',
  label: 'Cytoscape JSON',
  extensions: ['cyjs'],
  mediaType: 'application/json',
  sniff: {
    kind: 'json',
    claims: (v) => Array.isArray(v) || (isPlainObject(v) && v.format === undefined && 'elements' in v),
    lacks: 'a Cytoscape network (it has no "elements")',
    readValue: readCytoscapeValue,
  },
  read: readCytoscape,
};
