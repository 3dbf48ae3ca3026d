// The GraphML writer, read back through an XML parser: declared keys, direction, time attributes, exact text,
// free-form attributes, and view subsets.
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture';
import { GRAPHML_NS, writeGraphml } from './graphml';
import { readGraphml } from '../import/graphml';
import { childrenNamed, parseXml, type XmlElement } from '../xml/tree';

interface Read {
  graph: XmlElement;
  graphData: Record<string, string>;
  nodes: Map<string, Record<string, string>>;
  edges: Map<string, { element: XmlElement; data: Record<string, string> }>;
}

/** Reads the document by attr.name, failing on any data whose key is undeclared or declared for another domain. */
function read(xml: string): Read {
  const root = parseXml(xml, { namespaces: true });
  const keys = new Map(
    childrenNamed(root, 'key', GRAPHML_NS).map((k) => [k.attributes.get('id')!, k.attributes] as const),
  );
  const dataOf = (el: XmlElement, domain: string): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const d of childrenNamed(el, 'data', GRAPHML_NS)) {
      const key = keys.get(d.attributes.get('key')!);
      if (!key || key.get('for') !== domain)
        throw new Error(`data key ${d.attributes.get('key')} not declared for ${domain}`);
      out[key.get('attr.name')!] = d.text;
    }
    return out;
  };
  const graph = childrenNamed(root, 'graph', GRAPHML_NS)[0]!;
  const nodes = new Map(
    childrenNamed(graph, 'node', GRAPHML_NS).map((n) => [n.attributes.get('id')!, dataOf(n, 'node')]),
  );
  const edges = new Map(
    childrenNamed(graph, 'edge', GRAPHML_NS).map((e) => {
      for (const end of ['source', 'target']) {
        if (!nodes.has(e.attributes.get(end)!))
          throw new Error(`edge ${e.attributes.get('id')} ${end} is no node`);
      }
      return [e.attributes.get('id')!, { element: e, data: dataOf(e, 'edge') }] as const;
    }),
  );
  return { graph, graphData: dataOf(graph, 'graph'), nodes, edges };
}

describe('writeGraphml', () => {
  const xml = writeGraphml(FIXTURE);
  const { graph, graphData, nodes, edges } = read(xml);

  it('declares every key it uses, per domain, and directs the graph by default', () => {
    expect(graph.attributes.get('edgedefault')).toBe('directed');
    expect([...nodes.keys()]).toEqual(FIXTURE.actors.map((a) => a.id));
    expect(edges.size).toBe(6);
  });

  it('keeps the dataset title and description on the graph', () => {
    expect(graphData).toEqual({
      title: FIXTURE.title,
      description: FIXTURE.description,
      dataset_id: FIXTURE.id,
      sources_json: JSON.stringify(FIXTURE.sources),
    });
  });

  it.each([
    [
      'alpha-beta-rivalry',
      'false',
      { type: 'rivalry', start: '2021-08-01', when: '2021-08/..', polarity: 'hostile' },
    ],
    [
      'gamma-mediates-2025-10.alpha',
      'true',
      { relation_id: 'gamma-mediates-2025-10', start: '2025-10-11', end: '2025-10-15' },
    ],
    [
      'alpha-army-strikes-beta',
      'true',
      {
        status: 'alleged',
        when: '2025-10-09T22:30:00Z',
        end: '2025-10-09',
        evidence: '1',
        confidence: 'low',
        claims: 'party: Beta, "officials" [beta]',
        reliability: 'F',
        credibility: '6',
      },
    ],
    [
      'gamma-mediates-2025-10.beta',
      'true',
      {
        inference_when: 'From the first day of the talks to the fourth, as Report A counts them.',
        claims: 'author|report: Wire, 16 October [gamma]',
      },
    ],
  ])('writes %s with its direction, type and time', (id, directed, expected) => {
    const edge = edges.get(id)!;
    // A graph of directed and undirected relations is directed; each edge's data says which it is.
    expect(edge.element.attributes.get('directed')).toBeUndefined();
    expect(edge.data).toMatchObject({ ...expected, directed });
  });

  it('leaves an open end out', () => {
    expect(edges.get('alpha-beta-rivalry')!.data.end).toBeUndefined();
    expect(nodes.get('beta')).toMatchObject({ when: '2007-12/..', start: '2007-12-01' });
    expect(nodes.get('beta')!.end).toBeUndefined();
  });

  it('writes text exactly and keeps free-form attributes', () => {
    expect(nodes.get('alpha')).toMatchObject({
      label: 'Alpha <State>',
      'attributes.kind': 'shadowed',
      acled_id: '42',
      kind: 'state',
    });
    expect(nodes.get('gamma')!.description).toBe('+Mediator, line one\nline two');
    expect(edges.get('alpha-beta-rivalry')!.data).toMatchObject({ weight_hint: '2.5', kind: 'shadow' });
    expect(xml).not.toContain('<State>');
  });

  it('writes ids and attribute names as the schema’s NMTOKENs, and they read back', () => {
    const odd = {
      ...FIXTURE,
      relations: FIXTURE.relations.map((r, i) =>
        i === 0 ? { ...r, attributes: { ...r.attributes, 'Source title 2': 'x', '@timestamp': 1 } } : r,
      ),
    };
    const out = writeGraphml(odd);
    const root = parseXml(out, { namespaces: true });
    const names = childrenNamed(root, 'key', GRAPHML_NS).map((k) => k.attributes.get('attr.name')!);
    const ids = [...read(out).edges.keys(), ...read(out).nodes.keys()];
    for (const token of [...names, ...ids]) expect(token).toMatch(/^[A-Za-z0-9._:-]+$/);
    expect(names).toEqual(expect.arrayContaining(['Source_x0020_title_x0020_2', '_x0040_timestamp']));
    const back = readGraphml(out, { fileName: 'odd.graphml' });
    if (!back.ok) throw new Error(back.problems[0]?.message);
    expect(back.dataset.relations[0]!.attributes).toMatchObject({ 'Source title 2': 'x', '@timestamp': 1 });
  });

  it('writes only the view when given edge keys', () => {
    const view = read(writeGraphml(FIXTURE, { edgeKeys: ['alpha-beta-rivalry'] }));
    expect([...view.edges.keys()]).toEqual(['alpha-beta-rivalry']);
    expect([...view.nodes.keys()]).toEqual(['alpha', 'beta']);
  });
});
