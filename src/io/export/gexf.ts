// GEXF 1.3 with dynamics, for Gephi's timeline (graphology-gexf drops time, so this writer is ours). Nodes and
// edges carry start/end days (timeformat="date", inclusive, open ends left out), relation type, polarity and
// status as declared attributes, colours, line shapes and positions in the viz namespace. The EDTF `when` is
// kept as an attribute: days are what Gephi reads, the EDTF string is what a Faultline re-import reads.
import type { Dataset } from '../../model/dataset/schema';
import { lineStyleOf } from '../../model/dataset/vocabulary';
import { attributeColumns, attributeText, type AttributeColumn, type AttributeKind } from './attributes';
import { hexToRgb, TONE_COLOURS } from './palette';
import { selectForExport, type ExportOptions } from './selection';
import { dayRange, type Interval } from './time';
import { XmlWriter, type XmlAttributes } from './xml';

export const GEXF_NS = 'http://gexf.net/1.3';
export const GEXF_VIZ_NS = 'http://gexf.net/1.3/viz';

interface Declared {
  readonly id: string;
  readonly type: 'string' | 'integer' | 'double' | 'boolean';
}

const NODE_ATTRIBUTES = {
  kind: { id: 'kind', type: 'string' },
  country: { id: 'country', type: 'string' },
  description: { id: 'description', type: 'string' },
  aliases: { id: 'aliases', type: 'string' },
  partOf: { id: 'part_of', type: 'string' },
  when: { id: 'when', type: 'string' },
} as const satisfies Record<string, Declared>;

const EDGE_ATTRIBUTES = {
  relationId: { id: 'relation_id', type: 'string' },
  type: { id: 'type', type: 'string' },
  polarity: { id: 'polarity', type: 'string' },
  status: { id: 'status', type: 'string' },
  summary: { id: 'summary', type: 'string' },
  when: { id: 'when', type: 'string' },
  evidence: { id: 'evidence', type: 'integer' },
  subtype: { id: 'subtype', type: 'string' },
  assertedBy: { id: 'asserted_by', type: 'string' },
  disputedBy: { id: 'disputed_by', type: 'string' },
} as const satisfies Record<string, Declared>;

/** Several values in one GEXF string attribute; the pipe is Kumu's and the CSV export's separator too. */
export const LIST_SEPARATOR = '|';

const GEXF_TYPE: Readonly<Record<AttributeKind, Declared['type']>> = {
  number: 'double',
  boolean: 'boolean',
  string: 'string',
};

function declare(
  w: XmlWriter,
  cls: 'node' | 'edge',
  builtIn: readonly Declared[],
  extra: readonly AttributeColumn[],
): void {
  w.open('attributes', { class: cls, mode: 'static' });
  for (const a of builtIn) w.leaf('attribute', { id: a.id, title: a.id, type: a.type });
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

export function writeGexf(whole: Dataset, options: ExportOptions = {}): string {
  const { dataset, edges, actorSpans, lifetimes } = selectForExport(whole, options);
  const nodeExtra = attributeColumns(
    dataset.actors,
    Object.values(NODE_ATTRIBUTES).map((a) => a.id),
  );
  const edgeExtra = attributeColumns(
    dataset.relations,
    Object.values(EDGE_ATTRIBUTES).map((a) => a.id),
  );
  const w = new XmlWriter();
  w.open('gexf', {
    xmlns: GEXF_NS,
    'xmlns:viz': GEXF_VIZ_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GEXF_NS} ${GEXF_NS}/gexf.xsd`,
    version: '1.3',
  });
  w.open('meta').leaf('creator', {}, 'Faultline').leaf('keywords', {}, dataset.id);
  w.leaf('description', {}, `${dataset.title}: ${dataset.description}`).close();
  w.open('graph', {
    mode: 'dynamic',
    defaultedgetype: 'directed',
    timeformat: 'date',
    timerepresentation: 'interval',
  });
  declare(w, 'node', Object.values(NODE_ATTRIBUTES), nodeExtra);
  declare(w, 'edge', Object.values(EDGE_ATTRIBUTES), edgeExtra);

  w.open('nodes', { count: dataset.actors.length });
  for (const actor of dataset.actors) {
    w.open('node', { id: actor.id, label: actor.label, ...timeAttributes(lifetimes.get(actor.id) ?? null) });
    attvalues(w, [
      [NODE_ATTRIBUTES.kind.id, actor.kind],
      [NODE_ATTRIBUTES.country.id, actor.country],
      [NODE_ATTRIBUTES.description.id, actor.description],
      [NODE_ATTRIBUTES.aliases.id, actor.aliases?.join(LIST_SEPARATOR)],
      [NODE_ATTRIBUTES.partOf.id, actor.partOf],
      [NODE_ATTRIBUTES.when.id, actorSpans.get(actor.id)?.edtf],
      ...nodeExtra.map((c) => [c.name, attributeText(actor.attributes, c.key)] as const),
    ]);
    vizColour(w, options.colours?.[actor.id]);
    const at = options.positions?.[actor.id];
    // Screen coordinates grow downwards, Gephi's upwards: flip y so the picture is not mirrored.
    if (at) w.leaf('viz:position', { x: at.x, y: at.y === 0 ? 0 : -at.y, z: 0 });
    w.close();
  }
  w.close();

  w.open('edges', { count: edges.length });
  for (const e of edges) {
    const r = e.relation;
    w.open('edge', {
      id: e.key,
      source: e.source,
      target: e.target,
      type: e.info.directed ? undefined : 'undirected',
      label: e.info.label,
      weight: e.info.intensity,
      // Parallel edges of different types stay apart in Gephi's multigraph.
      kind: r.type,
      ...timeAttributes(e.span),
    });
    attvalues(w, [
      [EDGE_ATTRIBUTES.relationId.id, r.id],
      [EDGE_ATTRIBUTES.type.id, r.type],
      [EDGE_ATTRIBUTES.polarity.id, e.info.polarity],
      [EDGE_ATTRIBUTES.status.id, r.status],
      [EDGE_ATTRIBUTES.summary.id, r.summary],
      [EDGE_ATTRIBUTES.when.id, r.when],
      [EDGE_ATTRIBUTES.evidence.id, r.evidence.length],
      [EDGE_ATTRIBUTES.subtype.id, r.subtype],
      [EDGE_ATTRIBUTES.assertedBy.id, r.assertedBy?.join(LIST_SEPARATOR)],
      [EDGE_ATTRIBUTES.disputedBy.id, r.disputedBy?.join(LIST_SEPARATOR)],
      ...edgeExtra.map((c) => [c.name, attributeText(r.attributes, c.key)] as const),
    ]);
    vizColour(w, TONE_COLOURS[e.info.tone]);
    w.leaf('viz:thickness', { value: e.info.intensity });
    w.leaf('viz:shape', { value: lineStyleOf(e.info, r.status) });
    w.close();
  }
  w.close();
  w.close().close();
  return w.toString();
}
