// The GEXF writer: what it writes for each case of the fixture, read back through an XML parser, and that every
// document it writes keeps the GEXF 1.3 rules.
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture';
import { GEXF_NS, GEXF_VIZ_NS, writeGexf } from './gexf';
import { checkGexf } from './gexf-rules';
import { readGexf } from '../import/gexf';
import { childrenNamed, parseXml, type XmlElement } from '../xml/tree';

function read(xml: string): { nodes: XmlElement[]; edges: XmlElement[]; graph: XmlElement } {
  const graph = childrenNamed(parseXml(xml, { namespaces: true }), 'graph', GEXF_NS)[0]!;
  const list = (block: string, item: string): XmlElement[] =>
    childrenNamed(graph, block, GEXF_NS).flatMap((b) => childrenNamed(b, item, GEXF_NS));
  return { graph, nodes: list('nodes', 'node'), edges: list('edges', 'edge') };
}

function values(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const av of childrenNamed(el, 'attvalues', GEXF_NS).flatMap((a) =>
    childrenNamed(a, 'attvalue', GEXF_NS),
  )) {
    out[av.attributes.get('for')!] = av.attributes.get('value')!;
  }
  return out;
}

const byId = (els: XmlElement[], id: string): XmlElement => els.find((e) => e.attributes.get('id') === id)!;

describe('writeGexf', () => {
  const xml = writeGexf(FIXTURE);
  const { graph, nodes, edges } = read(xml);

  it('keeps the GEXF 1.3 rules', () => {
    expect(checkGexf(xml)).toEqual([]);
  });

  it('declares a dynamic graph with dates', () => {
    expect(Object.fromEntries(graph.attributes)).toMatchObject({ mode: 'dynamic', timeformat: 'date' });
  });

  it('writes one node per actor and one edge per target', () => {
    expect(nodes.map((n) => n.attributes.get('id'))).toEqual(FIXTURE.actors.map((a) => a.id));
    expect(edges.map((e) => e.attributes.get('id'))).toEqual([
      'alpha-beta-rivalry',
      'gamma-mediates-2025-10~alpha',
      'gamma-mediates-2025-10~beta',
      'alpha-army-strikes-beta',
      'beta-threatens-gamma',
      'alpha-closes-border',
    ]);
  });

  it.each([
    // id, start, end, when, directed attribute, shape
    ['alpha-beta-rivalry', '2021-08-01', undefined, '2021-08/..', 'false', 'solid'],
    ['gamma-mediates-2025-10~beta', '2025-10-11', '2025-10-15', '2025-10-11/2025-10-15', 'true', 'dotted'],
    ['alpha-army-strikes-beta', '2025-10-09', '2025-10-09', '2025-10-09T22:30:00Z', 'true', 'dashed'],
    ['alpha-closes-border', '2025-11-02', '2025-11-02', '2025-11-02', 'true', 'dotted'],
    ['beta-threatens-gamma', '2025-09-01', '2025-10-31', '[2025-09..2025-10]', 'true', 'dotted'],
  ])('writes the time, direction and line of %s', (id, start, end, when, directed, shape) => {
    const edge = byId(edges, id);
    expect(edge.attributes.get('start')).toBe(start);
    expect(edge.attributes.get('end')).toBe(end);
    // A graph of directed and undirected relations is directed; each edge's attribute says which it is.
    expect(edge.attributes.get('type')).toBeUndefined();
    expect(values(edge).directed).toBe(directed);
    expect(values(edge).when).toBe(when);
    const viz = childrenNamed(edge, 'shape', GEXF_VIZ_NS)[0];
    expect(viz?.attributes.get('value')).toBe(shape);
  });

  it('writes type, polarity, status, relation id and evidence count as attributes', () => {
    expect(values(byId(edges, 'gamma-mediates-2025-10~alpha'))).toMatchObject({
      relation_id: 'gamma-mediates-2025-10',
      type: 'mediation',
      polarity: 'cooperative',
      status: 'reported',
      evidence: '2',
    });
    expect(values(byId(edges, 'alpha-closes-border'))).toMatchObject({
      type: 'border-closure',
      polarity: 'hostile',
    });
  });

  it('writes who says so: confidence, inference notes, and per passage the claim and its grades', () => {
    expect(values(byId(edges, 'gamma-mediates-2025-10~alpha'))).toMatchObject({
      confidence: 'moderate',
      inference_when: 'From the first day of the talks to the fourth, as Report A counts them.',
      claims: 'author|report: Wire, 16 October [gamma]',
      reliability: 'B|',
      credibility: '2|',
    });
    expect(values(byId(edges, 'alpha-army-strikes-beta'))).toMatchObject({
      confidence: 'low',
      claims: 'party: Beta, "officials" [beta]',
      reliability: 'F',
      credibility: '6',
    });
    // A relation none of whose passages says anything of the kind carries no such attribute.
    expect(values(byId(edges, 'alpha-closes-border'))).not.toHaveProperty('claims');
  });

  it('colours edges by tone', () => {
    const rgb = (id: string): string[] => {
      const c = childrenNamed(byId(edges, id), 'color', GEXF_VIZ_NS)[0]!;
      return ['r', 'g', 'b'].map((k) => c.attributes.get(k)!);
    };
    expect(rgb('alpha-beta-rivalry')).toEqual(['213', '94', '0']);
    expect(rgb('gamma-mediates-2025-10~beta')).toEqual(['0', '158', '115']);
  });

  it('gives a dated node its `when` widened to its relations, and an undated one no time', () => {
    const life = (nodes: XmlElement[], id: string): [string | undefined, string | undefined] => [
      byId(nodes, id).attributes.get('start'),
      byId(nodes, id).attributes.get('end'),
    ];
    // alpha exists from 2022 in the data, but its rivalry with beta runs from August 2021.
    expect(life(nodes, 'alpha')).toEqual(['2021-08-01', undefined]);
    expect(values(byId(nodes, 'alpha')).when).toBe('2022/..');
    expect(life(nodes, 'beta')).toEqual(['2007-12-01', undefined]);
    expect(life(nodes, 'gamma')).toEqual([undefined, undefined]);
    const lonelyXml = writeGexf({ ...FIXTURE, relations: [] });
    expect(checkGexf(lonelyXml)).toEqual([]);
    expect(life(read(lonelyXml).nodes, 'alpha')).toEqual(['2022-01-01', undefined]);
  });

  it('writes text exactly, never as markup', () => {
    expect(byId(nodes, 'alpha').attributes.get('label')).toBe('Alpha <State>');
    expect(values(byId(nodes, 'gamma')).description).toBe('+Mediator, line one\nline two');
    expect(values(byId(edges, 'alpha-army-strikes-beta')).summary).toBe('-Strike at night; <b>not</b> bold.');
    expect(xml).not.toContain('<b>');
  });

  it('keeps free-form attributes, renaming a key that shadows a built-in one', () => {
    expect(values(byId(nodes, 'alpha'))).toMatchObject({
      acled_id: '42',
      'attributes.kind': 'shadowed',
      kind: 'state',
    });
    expect(values(byId(nodes, 'beta'))).toMatchObject({ founded_by: 'council', active: 'true' });
    expect(values(byId(edges, 'alpha-beta-rivalry'))).toMatchObject({ weight_hint: '2.5', kind: 'shadow' });
  });

  it('writes a relation’s own weight as the edge weight, once, and reads it back', () => {
    const weighted = {
      ...FIXTURE,
      relations: FIXTURE.relations.map((r, i) => (i === 0 ? { ...r, attributes: { weight: 4 } } : r)),
    };
    const out = writeGexf(weighted);
    const edge = byId(read(out).edges, 'alpha-beta-rivalry');
    expect(edge.attributes.get('weight')).toBe('4');
    expect(values(edge)).not.toHaveProperty('weight');
    expect(values(edge)['attributes.weight']).toBe('4');
    // Without one, the weight is the type's intensity.
    expect(byId(read(out).edges, 'alpha-closes-border').attributes.get('weight')).toBe('2');
    const back = readGexf(out, { fileName: 'w.gexf' });
    if (!back.ok) throw new Error(back.problems[0]?.message);
    expect(back.dataset.relations[0]!.attributes).toEqual({ weight: 4 });
    expect(back.dataset.relations[1]!.attributes).toBeUndefined();
  });

  it('writes view positions (y flipped for Gephi) and colours', () => {
    const out = writeGexf(FIXTURE, { positions: { beta: { x: 10, y: 20 } }, colours: { beta: '#336699' } });
    const beta = byId(read(out).nodes, 'beta');
    expect(Object.fromEntries(childrenNamed(beta, 'position', GEXF_VIZ_NS)[0]!.attributes)).toEqual({
      x: '10',
      y: '-20',
      z: '0',
    });
    expect(Object.fromEntries(childrenNamed(beta, 'color', GEXF_VIZ_NS)[0]!.attributes)).toEqual({
      r: '51',
      g: '102',
      b: '153',
    });
    expect(checkGexf(out)).toEqual([]);
  });

  it('writes only the view: the relations behind its edges and the actors they touch', () => {
    const out = writeGexf(FIXTURE, { edgeKeys: ['gamma-mediates-2025-10~beta'] });
    const view = read(out);
    // The whole relation goes, with both of its targets.
    expect(view.edges.map((e) => e.attributes.get('id'))).toEqual([
      'gamma-mediates-2025-10~alpha',
      'gamma-mediates-2025-10~beta',
    ]);
    expect(view.nodes.map((n) => n.attributes.get('id'))).toEqual(['alpha', 'beta', 'gamma']);
    expect(checkGexf(out)).toEqual([]);
  });

  it('replaces characters XML cannot carry, keeping the file well-formed', () => {
    const out = writeGexf({
      ...FIXTURE,
      actors: FIXTURE.actors.map((a) => ({ ...a, label: `${a.label}\u0007` })),
    });
    expect(checkGexf(out)).toEqual([]);
    expect(byId(read(out).nodes, 'beta').attributes.get('label')).toBe('Beta\uFFFD');
  });
});
