// GraphML, for yEd, Cytoscape desktop, NetworkX, igraph and Gephi's static import. Static: time is written as
// attributes, `start`/`end` (the first and last day, ISO) and `when` (the EDTF string, exact). Every key is
// declared with its type; the graph's direction is direction.ts's, and every edge's `directed` data says what
// the relation is. The passages travel as `quotes`, `source_ids` and `evidence_json`, the sources table as the
// graph's `sources_json`. Ids and attribute names are escaped where the GraphML schema wants an NMTOKEN.
import type { Dataset } from '../../model';
import { attributeColumns, attributeText, type AttributeKind } from './attributes';
import { ACTOR_FIELDS, actorFields, EDGE_FIELDS, edgeFields, type FieldType } from './fields';
import { EDGES_OPTION, graphDirection, markupDirection } from './direction';
import { OPENING_JSON, openingJson, SOURCES_JSON, sourcesJson } from './evidence-json';
import { selectForExport } from './selection';
import { encodeNmtoken } from '../xml';
import { XmlWriter } from '../xml';
import { textFile, type WriteOptions, type WriterFormat } from './writer-format';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: GraphmlType;
}

const GRAPHML_TYPE: Readonly<Record<AttributeKind, GraphmlType>> = {
  number: 'double',
  boolean: 'boolean',
  string: 'string',
};

/** Keys of one domain: built-in names first, then the dataset's own attributes (`n_` / `e_` keep ids apart). */
function keysFor(
  prefix: string,
  builtIn: Readonly<Record<string, FieldType>>,
  records: Parameters<typeof attributeColumns>[0],
) {
  const fixed: Key[] = Object.entries(builtIn).map(([name, type]) => ({
    id: `${prefix}${name}`,
    name,
    type: type === 'integer' ? 'int' : type,
  }));
  const extra = attributeColumns(records, Object.keys(builtIn)).map((c, i) => ({
    key: c.key,
    id: `${prefix}attr${i}`,
    name: c.name,
    type: GRAPHML_TYPE[c.kind],
  }));
  return { fixed: new Map(fixed.map((k) => [k.name, k])), extra };
}

const GRAPH_KEYS = {
  title: 'string',
  description: 'string',
  dataset_id: 'string',
  [SOURCES_JSON]: 'string',
  [OPENING_JSON]: 'string',
} as const;
const NODE_KEYS = { label: 'string', ...ACTOR_FIELDS } as const;

export function writeGraphml(whole: Dataset, options: WriteOptions = {}): string {
  const { dataset, edges, actorSpans } = selectForExport(whole, options);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const direction = graphDirection(edges, options.edges);
  const graphKeys = keysFor('g_', GRAPH_KEYS, []);
  const nodeKeys = keysFor('n_', NODE_KEYS, dataset.actors);
  const edgeKeys = keysFor('e_', EDGE_FIELDS, dataset.relations);
  const w = new XmlWriter();
  w.open('graphml', {
    xmlns: GRAPHML_NS,
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  for (const [domain, keys] of [
    ['graph', graphKeys],
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const) {
    for (const k of [...keys.fixed.values(), ...keys.extra]) {
      w.leaf('key', { id: k.id, for: domain, 'attr.name': encodeNmtoken(k.name), 'attr.type': k.type });
    }
  }
  const data = (
    keys: typeof nodeKeys,
    values: Readonly<Record<string, string | number | undefined>>,
    attributes?: Parameters<typeof attributeText>[0],
  ): void => {
    for (const [name, value] of Object.entries(values)) {
      const key = keys.fixed.get(name);
      if (key && value !== undefined && value !== '') w.leaf('data', { key: key.id }, String(value));
    }
    for (const k of keys.extra) {
      const value = attributeText(attributes, k.key);
      if (value !== undefined) w.leaf('data', { key: k.id }, value);
    }
  };

  // A mixed graph is directed by default, and each edge says (networkx refuses the file).
  w.open('graph', {
    id: encodeNmtoken(dataset.id),
    edgedefault: direction === 'undirected' ? 'undirected' : 'directed',
  });
  data(graphKeys, {
    title: dataset.title,
    description: dataset.description,
    dataset_id: dataset.id,
    [SOURCES_JSON]: sourcesJson(dataset.sources),
    [OPENING_JSON]: openingJson(dataset),
  });
  for (const actor of dataset.actors) {
    w.open('node', { id: encodeNmtoken(actor.id) });
    data(
      nodeKeys,
      { label: actor.label, ...actorFields(actor, actorSpans.get(actor.id) ?? null) },
      actor.attributes,
    );
    w.close();
  }
  for (const e of edges) {
    const markup = markupDirection(direction, e.directed);
    w.open('edge', {
      // The schema wants NMTOKENs: `relation~target` is written `relation.target` (dataset ids have no dot).
      id: encodeNmtoken(e.key.replace('~', '.')),
      source: encodeNmtoken(e.source),
      target: encodeNmtoken(e.target),
      directed: markup === undefined ? undefined : String(markup),
    });
    data(edgeKeys, edgeFields(e, sources), e.relation.attributes);
    w.close();
  }
  w.close().close();
  return w.toString();
}

const GRAPHML_FILE = { extension: 'graphml', mediaType: 'application/graphml+xml' };

export const graphmlWriter: WriterFormat<'graphml'> = {
  id: 'graphml',
  label: 'GraphML (yEd, Cytoscape, NetworkX)',
  ...GRAPHML_FILE,
  write: textFile(GRAPHML_FILE, writeGraphml),
  options: [EDGES_OPTION],
};
