// A checker of the GraphML rules, written from the GraphML 1.0 schema (graphml.xsd, graphml-structure.xsd,
// graphml-attributes.xsd) for the parts Faultline writes, since the schema itself is not at hand offline: the
// root and its namespace; the order of children (desc, then keys, then graphs; in a graph, desc then data, nodes
// and edges); NMTOKENs where the schema wants them (key and node ids, edge ids and ends, attr.name, graph ids);
// `for`, `attr.type` and `edgedefault` among their allowed values; key, node and edge ids unique; every <data>
// naming a declared key for its element, with a value of the key's type; every edge naming nodes that exist.
import type { Problem } from '../../model';
import { GRAPHML_NS } from './graphml';
import { Checker, DOUBLE, INTEGER } from './gexf-checker';
import { parseXml, XmlError, type XmlElement } from '../xml';
import { isNmtoken } from '../xml';
import { errorIn } from '../problem';

const KEY_FOR = ['all', 'graphml', 'graph', 'node', 'edge', 'hyperedge', 'port', 'endpoint'];
const ATTR_TYPES = ['boolean', 'int', 'long', 'float', 'double', 'string'];
const BOOLEAN = /^(true|false)$/;

/** Children of `el` in the GraphML namespace must come in this order of names (each a set of names). */
function order(c: Checker, el: XmlElement, where: string, groups: readonly (readonly string[])[]): void {
  let at = 0;
  for (const ch of el.children) {
    if (ch.uri !== GRAPHML_NS) continue;
    const g = groups.findIndex((names) => names.includes(ch.name));
    if (g < 0) c.report(ch, where, `<${ch.name}> is not allowed in <${el.name}>`);
    else if (g < at) c.report(ch, where, `<${ch.name}> comes too late in <${el.name}>`);
    else at = g;
  }
}

function nmtoken(
  c: Checker,
  el: XmlElement,
  where: string,
  name: string,
  required: boolean,
): string | undefined {
  const v = el.attributes.get(name);
  if (v === undefined) {
    if (required) c.report(el, where, `${name} is required`);
  } else if (!isNmtoken(v)) c.report(el, where, `${name}="${v}" is not an NMTOKEN`);
  return v;
}

export function checkGraphml(xml: string, file?: string): Problem[] {
  const c = new Checker(file);
  let root: XmlElement;
  try {
    root = parseXml(xml, { namespaces: true });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return [errorIn(file, e.reason, { line: e.line, column: e.column })];
  }
  if (root.uri !== GRAPHML_NS || root.name !== 'graphml')
    c.report(root, 'graphml', `the root must be <graphml xmlns="${GRAPHML_NS}">`);
  order(c, root, 'graphml', [['desc'], ['key'], ['graph', 'data']]);
  const keys = new Map<string, { for: string; type: string }>();
  for (const k of root.children.filter((ch) => ch.name === 'key')) {
    const id = nmtoken(c, k, 'key', 'id', true);
    nmtoken(c, k, `key ${id}`, 'attr.name', false);
    const domain = c.oneOf(k, `key ${id}`, 'for', KEY_FOR) ?? 'all';
    const type = c.oneOf(k, `key ${id}`, 'attr.type', ATTR_TYPES) ?? 'string';
    if (id !== undefined && keys.has(id)) c.report(k, `key ${id}`, `the key id "${id}" is used twice`);
    if (id !== undefined) keys.set(id, { for: domain, type });
  }
  const data = (el: XmlElement, domain: string, where: string) => {
    for (const d of el.children.filter((ch) => ch.name === 'data')) {
      const id = d.attributes.get('key') ?? '';
      const key = keys.get(id);
      if (!key) c.report(d, where, `<data key="${id}"> names no declared key`);
      else if (key.for !== 'all' && key.for !== domain)
        c.report(d, where, `<data key="${id}"> is declared for ${key.for}, not ${domain}`);
      else {
        const v = d.text.trim();
        const ok =
          key.type === 'boolean'
            ? BOOLEAN.test(v)
            : key.type === 'int' || key.type === 'long'
              ? INTEGER.test(v)
              : key.type === 'float' || key.type === 'double'
                ? DOUBLE.test(v)
                : true;
        if (!ok) c.report(d, where, `"${v}" is not a ${key.type} (key ${id})`);
      }
    }
  };
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const g of root.children.filter((ch) => ch.name === 'graph')) {
    const gid = nmtoken(c, g, 'graph', 'id', false);
    const where = `graph ${gid ?? ''}`.trim();
    if (g.attributes.get('edgedefault') === undefined) c.report(g, where, 'edgedefault is required');
    c.oneOf(g, where, 'edgedefault', ['directed', 'undirected']);
    order(c, g, where, [['desc'], ['data', 'node', 'edge', 'hyperedge']]);
    data(g, 'graph', where);
    for (const n of g.children.filter((ch) => ch.name === 'node')) {
      const id = nmtoken(c, n, 'node', 'id', true);
      if (id !== undefined && nodes.has(id)) c.report(n, `node ${id}`, `the node id "${id}" is used twice`);
      if (id !== undefined) nodes.add(id);
      data(n, 'node', `node ${id}`);
    }
    for (const e of g.children.filter((ch) => ch.name === 'edge')) {
      const id = nmtoken(c, e, 'edge', 'id', false);
      const at = `edge ${id ?? ''}`.trim();
      if (id !== undefined && edges.has(id)) c.report(e, at, `the edge id "${id}" is used twice`);
      if (id !== undefined) edges.add(id);
      for (const end of ['source', 'target']) {
        const ref = nmtoken(c, e, at, end, true);
        if (ref !== undefined && !nodes.has(ref)) c.report(e, at, `${end}="${ref}" names no node`);
      }
      const directed = e.attributes.get('directed');
      if (directed !== undefined && !BOOLEAN.test(directed))
        c.report(e, at, `directed="${directed}" must be true or false`);
      data(e, 'edge', at);
    }
  }
  return c.problems;
}
