// GEXF 1.3 with dynamics, for Gephi's timeline (graphology-gexf drops time, so this writer is ours). Nodes and
// edges carry start/end days (timeformat="date", inclusive, open ends left out), relation type, polarity and
// status as declared attributes, the view's colours, line shapes and positions in the viz namespace. The EDTF
// `when` is kept as an attribute: days are what Gephi reads, the EDTF string is what a Faultline re-import reads.
// The passages travel as `quotes`, `source_ids` and `evidence_json` (with the sources they cite: GEXF has no
// graph-level attributes); direction as direction.ts says.
import type { Dataset } from '../../model';
import { lineStyleOf } from '../../model';
import { attributeColumns, attributeText, type AttributeColumn, type AttributeKind } from './attributes';
import {
  ACTOR_FIELDS,
  actorFields,
  EDGE_FIELDS,
  edgeFields,
  type ActorField,
  type EdgeField,
  type FieldType,
} from './fields';
import { EXPORT_COLOURS, hexToRgb } from './palette';
import { EDGES_OPTION, graphDirection, markupDirection } from './direction';
import { selectForExport } from './selection';
import { dayRange, type Interval } from './time';
import { XmlWriter, type XmlAttributes } from '../xml';
import { textFile, type WriteOptions, type WriterFormat } from './writer-format';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

/** Fields the GEXF markup carries itself (label, start, end) are not repeated as attributes. */
const NODE_ATTRIBUTES = (Object.keys(ACTOR_FIELDS) as ActorField[]).filter(
  (f) => f !== 'start' && f !== 'end',
);
const EDGE_ATTRIBUTES = (Object.keys(EDGE_FIELDS) as EdgeField[]).filter(
  (f) => f !== 'label' && f !== 'start' && f !== 'end',
);

type GexfType = 'string' | 'integer' | 'double' | 'boolean';

const GEXF_TYPE: Readonly<Record<AttributeKind, GexfType>> = {
  number: 'double',
  boolean: 'boolean',
  string: 'string',
};

function declare(
  w: XmlWriter,
  cls: 'node' | 'edge',
  builtIn: Readonly<Record<string, FieldType>>,
  names: readonly string[],
  extra: readonly AttributeColumn[],
): void {
  w.open('attributes', { class: cls, mode: 'static' });
  for (const id of names) w.leaf('attribute', { id, title: id, type: builtIn[id] });
  for (const c of extra) w.leaf('attribute', { id: c.name, title: c.name, type: GEXF_TYPE[c.kind] });
  w.close();
}

function attvalues(
  w: XmlWriter,
  values: ReadonlyArray<readonly [string, string | number | undefined]>,
): void {
  const present = values.filter(
    (v): v is readonly [string, string | number] => v[1] !== undefined && v[1] !== '',
  );
  if (present.length === 0) return;
  w.open('attvalues');
  for (const [id, value] of present) w.leaf('attvalue', { for: id, value });
  w.close();
}

function timeAttributes(interval: Interval | null): XmlAttributes {
  if (!interval) return {};
  const { start, end } = dayRange(interval);
  return { start, end };
}

function vizColour(w: XmlWriter, hex: string | undefined): void {
  const rgb = hex === undefined ? null : hexToRgb(hex);
  if (rgb) w.leaf('viz:color', { r: rgb.r, g: rgb.g, b: rgb.b });
}

/**
 * What `weight=` says: the relation's own numeric `weight` attribute (an imported edge weight, what networkx and
 * Gephi read as the weight), else the type's intensity. The attribute itself is written as `attributes.weight`.
 */
function weightOf(r: Dataset['relations'][number], intensity: number): number {
  const w = r.attributes?.weight;
  return typeof w === 'number' && Number.isFinite(w) ? w : intensity;
}

export function writeGexf(whole: Dataset, options: WriteOptions = {}): string {
  const { dataset, edges, actorSpans, lifetimes } = selectForExport(whole, options);
  const nodeExtra = attributeColumns(dataset.actors, NODE_ATTRIBUTES);
  const edgeExtra = attributeColumns(dataset.relations, [...EDGE_ATTRIBUTES, 'weight']);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const direction = graphDirection(edges, options.edges);
  const w = new XmlWriter();
  w.open('gexf', {
    xmlns: GEXF_NS,
    'xmlns:viz': GEXF_VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  w.open('meta').leaf('creator', {}, 'Faultline').leaf('title', {}, dataset.title);
  w.leaf('keywords', {}, dataset.id);
  w.leaf('description', {}, dataset.description).close();
  w.open('graph', {
    mode: 'dynamic',
    // GEXF 1.3 has no "mixed" graph: a directed one whose undirected edges say so is one.
    defaultedgetype: direction === 'mixed' ? 'directed' : direction,
    timeformat: 'date',
    timerepresentation: 'interval',
  });
  declare(w, 'node', ACTOR_FIELDS, NODE_ATTRIBUTES, nodeExtra);
  declare(w, 'edge', EDGE_FIELDS, EDGE_ATTRIBUTES, edgeExtra);

  w.open('nodes', { count: dataset.actors.length });
  for (const actor of dataset.actors) {
    w.open('node', { id: actor.id, label: actor.label, ...timeAttributes(lifetimes.get(actor.id) ?? null) });
    const fields = actorFields(actor, actorSpans.get(actor.id) ?? null);
    attvalues(w, [
      ...NODE_ATTRIBUTES.map((f) => [f, fields[f]] as const),
      ...nodeExtra.map((c) => [c.name, attributeText(actor.attributes, c.key)] as const),
    ]);
    vizColour(w, options.colours?.[actor.id] ?? EXPORT_COLOURS.kindFill[actor.kind]);
    const at = options.positions?.[actor.id];
    // Screen coordinates grow downwards, Gephi's upwards: flip y so the picture is not mirrored.
    if (at) w.leaf('viz:position', { x: at.x, y: at.y === 0 ? 0 : -at.y, z: 0 });
    w.close();
  }
  w.close();

  w.open('edges', { count: edges.length });
  for (const e of edges) {
    const r = e.relation;
    const markup = markupDirection(direction, e.directed);
    w.open('edge', {
      id: e.key,
      source: e.source,
      target: e.target,
      type: markup === false ? 'undirected' : undefined,
      label: e.info.label,
      weight: weightOf(r, e.info.intensity),
      // Parallel edges of different types stay apart in Gephi's multigraph.
      kind: r.type,
      ...timeAttributes(e.span),
    });
    const fields = edgeFields(e, sources);
    attvalues(w, [
      ...EDGE_ATTRIBUTES.map((f) => [f, fields[f]] as const),
      ...edgeExtra.map((c) => [c.name, attributeText(r.attributes, c.key)] as const),
    ]);
    vizColour(w, EXPORT_COLOURS.tone[e.info.tone]);
    w.leaf('viz:thickness', { value: e.info.intensity });
    w.leaf('viz:shape', { value: lineStyleOf(e.info, r.status) });
    w.close();
  }
  w.close();
  w.close().close();
  return w.toString();
}

const GEXF_FILE = { extension: 'gexf', mediaType: 'application/gexf+xml' };

export const gexfWriter: WriterFormat<'gexf'> = {
  id: 'gexf',
  label: 'GEXF 1.3, dynamic (Gephi)',
  ...GEXF_FILE,
  write: textFile(GEXF_FILE, writeGexf),
  options: [EDGES_OPTION],
};
