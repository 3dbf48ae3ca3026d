// A checker of the GEXF 1.3 rules, written from the specification (gexf.rnc, dynamics.rnc, viz and the 1.3
// primer), for the parts Faultline writes: the document shape, identifiers and references, declared attributes
// and typed values, and the dynamics rules: timeformat and timerepresentation values, time values valid for the
// timeformat, time only in dynamic mode, start <= end, spells of one element never overlapping, and every edge
// living inside the lifetimes of both its nodes (nodes without time live as long as the graph). The primer prints
// that rule's inequalities the wrong way round (edge.start <= source.start); its example, an edge inside both
// nodes' lifetimes, is what is checked. Hierarchical graphs (nodes inside nodes) are outside its scope.
import type { Problem } from '../../model';
import { GEXF_NS, GEXF_VIZ_NS } from './gexf';
import { ATTRIBUTE_TYPES, Checker, DOUBLE, INTEGER, ONE_OF, type TimeFormat } from './gexf-checker';
import { type Interval } from './time';
import { childrenNamed, parseXml, XmlError, type XmlElement } from '../xml';
import { errorIn } from '../problem';

export { parseGexfTime } from './gexf-checker';

function checkViz(c: Checker, el: XmlElement, where: string, isEdge: boolean): void {
  for (const v of el.children.filter((ch) => ch.uri === GEXF_VIZ_NS)) {
    const at = `${where} viz:${v.name}`;
    const num = (name: string, min = -Infinity, max = Infinity, integer = false): void => {
      const s = v.attributes.get(name);
      if (s === undefined) return;
      const n = Number(s);
      if (!(integer ? INTEGER : DOUBLE).test(s) || n < min || n > max)
        c.report(v, at, `${name}="${s}" is out of range`);
    };
    if (v.name === 'color') {
      for (const ch of ['r', 'g', 'b']) num(ch, 0, 255, true);
      num('a', 0, 1);
      const hex = v.attributes.get('hex');
      if (hex !== undefined && !/^#[0-9a-fA-F]{6}$/.test(hex)) c.report(v, at, `hex="${hex}" is not #rrggbb`);
      if (hex === undefined && !['r', 'g', 'b'].every((ch) => v.attributes.has(ch)))
        c.report(v, at, 'needs r, g and b, or hex');
    } else if (v.name === 'position') ['x', 'y', 'z'].forEach((n) => num(n));
    else if (v.name === 'size' || v.name === 'thickness') num('value', 0);
    else if (v.name === 'shape') c.oneOf(v, at, 'value', isEdge ? ONE_OF.edgeShape : ONE_OF.nodeShape);
    else c.report(v, at, `viz:${v.name} is not part of the viz module`);
  }
}

const VALUE_CHECK: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(list)?(integer|long|short|byte|biginteger)$/, INTEGER],
  [/^(list)?(double|float|bigdecimal)$/, DOUBLE],
  [/^boolean$/, /^(true|false|1|0)$/],
];

type Declarations = Map<string, string>;

function checkAttvalues(c: Checker, el: XmlElement, where: string, declared: Declarations): void {
  for (const av of childrenNamed(el, 'attvalues', GEXF_NS).flatMap((a) =>
    childrenNamed(a, 'attvalue', GEXF_NS),
  )) {
    const key = av.attributes.get('for');
    const value = av.attributes.get('value');
    const type = key === undefined ? undefined : declared.get(key);
    if (key === undefined || value === undefined) c.report(av, `${where} attvalue`, 'needs for and value');
    else if (type === undefined)
      c.report(av, `${where} attvalue`, `for="${key}" refers to no declared attribute`);
    else if (
      !type.startsWith('list') &&
      VALUE_CHECK.some(([t, v]) => t.test(type) && !v.test(value.trim()))
    ) {
      c.report(av, `${where} attvalue`, `value="${value}" is not a valid ${type} (attribute "${key}")`);
    }
    c.interval(av, `${where} attvalue`);
  }
}

function declarations(c: Checker, graph: XmlElement): Record<'node' | 'edge', Declarations> {
  const out = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of childrenNamed(graph, 'attributes', GEXF_NS)) {
    const cls = c.oneOf(block, 'attributes', 'class', ONE_OF.class);
    c.oneOf(block, 'attributes', 'mode', ONE_OF.attributesMode);
    if (cls !== 'node' && cls !== 'edge') {
      if (cls === undefined) c.report(block, 'attributes', 'class is required');
      continue;
    }
    for (const a of childrenNamed(block, 'attribute', GEXF_NS)) {
      const [id, title, type] = ['id', 'title', 'type'].map((n) => a.attributes.get(n));
      const where = `attributes[class=${cls}] attribute "${id ?? '?'}"`;
      if (id === undefined || title === undefined || type === undefined)
        c.report(a, where, 'needs id, title and type');
      else if (out[cls].has(id)) c.report(a, where, `id "${id}" is declared twice for class ${cls}`);
      else if (!ATTRIBUTE_TYPES.has(type)) c.report(a, where, `type="${type}" is not a GEXF attribute type`);
      if (id !== undefined && type !== undefined) out[cls].set(id, type);
    }
  }
  return out;
}

/** The <node>s or <edge>s of the graph, checking each block's `count`. */
function items(c: Checker, graph: XmlElement, block: 'nodes' | 'edges', item: 'node' | 'edge'): XmlElement[] {
  return childrenNamed(graph, block, GEXF_NS).flatMap((b) => {
    const children = childrenNamed(b, item, GEXF_NS);
    const count = b.attributes.get('count');
    if (count !== undefined && Number(count) !== children.length) {
      c.report(b, block, `count="${count}" but ${children.length} ${block} are listed`);
    }
    return children;
  });
}

/** Every way `xml` breaks the GEXF 1.3 rules above; empty when it keeps them all. */
export function checkGexf(xml: string, file?: string): Problem[] {
  const c = new Checker(file);
  let root: XmlElement;
  try {
    root = parseXml(xml, { namespaces: true });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return [errorIn(file, e.reason, { line: e.line, column: e.column })];
  }
  if (root.uri !== GEXF_NS || root.name !== 'gexf')
    c.report(root, 'gexf', `the root must be <gexf xmlns="${GEXF_NS}">`);
  if (root.attributes.get('version') !== '1.3') c.report(root, 'gexf', 'version must be "1.3"');
  const graphs = childrenNamed(root, 'graph', GEXF_NS);
  const graph = graphs[0];
  if (!graph || graphs.length > 1) {
    c.report(root, 'gexf', 'must hold exactly one <graph>');
    if (!graph) return c.problems;
  }
  c.dynamic = c.oneOf(graph, 'graph', 'mode', ONE_OF.mode) === 'dynamic';
  c.format = (c.oneOf(graph, 'graph', 'timeformat', ONE_OF.timeformat) as TimeFormat | undefined) ?? 'double';
  c.representation =
    c.oneOf(graph, 'graph', 'timerepresentation', ONE_OF.timerepresentation) === 'timestamp'
      ? 'timestamp'
      : 'interval';
  c.oneOf(graph, 'graph', 'defaultedgetype', ONE_OF.edgetype);
  c.scope = c.interval(graph, 'graph') ?? c.scope;
  const declared = declarations(c, graph);

  const order = graph.children.filter((ch) => ch.uri === GEXF_NS).map((ch) => ch.name);
  if (order.indexOf('edges') !== -1 && order.indexOf('edges') < order.indexOf('nodes')) {
    c.report(graph, 'graph', '<nodes> must come before <edges>');
  }
  const nodeLives = new Map<string, Interval[]>();
  for (const node of items(c, graph, 'nodes', 'node')) {
    const id = node.attributes.get('id');
    const where = `node "${id ?? '?'}"`;
    if (id === undefined) c.report(node, where, 'id is required');
    else if (nodeLives.has(id)) c.report(node, where, `id "${id}" is used by two nodes`);
    const life = c.lifetime(node, where);
    if (id !== undefined) nodeLives.set(id, c.merged(life ?? [c.scope]));
    checkAttvalues(c, node, where, declared.node);
    checkViz(c, node, where, false);
  }
  const edgeIds = new Set<string>();
  for (const edge of items(c, graph, 'edges', 'edge')) {
    const id = edge.attributes.get('id');
    const where = `edge "${id ?? `${edge.attributes.get('source')}->${edge.attributes.get('target')}`}"`;
    if (id !== undefined && edgeIds.has(id)) c.report(edge, where, `id "${id}" is used by two edges`);
    if (id !== undefined) edgeIds.add(id);
    c.oneOf(edge, where, 'type', ONE_OF.edgetype);
    const weight = edge.attributes.get('weight');
    if (weight !== undefined && !DOUBLE.test(weight))
      c.report(edge, where, `weight="${weight}" is not a number`);
    const life = c.lifetime(edge, where) ?? [c.scope];
    for (const end of ['source', 'target']) {
      const ref = edge.attributes.get(end);
      const lives = ref === undefined ? undefined : nodeLives.get(ref);
      if (ref === undefined || !lives) {
        c.report(
          edge,
          where,
          `${end} ${ref === undefined ? 'is required' : `"${ref}" is not a node declared before`}`,
        );
      } else if (!life.every((i) => lives.some((l) => l.start <= i.start && i.end <= l.end))) {
        c.report(edge, where, `the edge exists outside the lifetime of its ${end} node "${ref}"`);
      }
    }
    checkAttvalues(c, edge, where, declared.edge);
    checkViz(c, edge, where, true);
  }
  return c.problems;
}
