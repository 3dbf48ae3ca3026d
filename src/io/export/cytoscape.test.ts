// The Cytoscape.js writer: the elements carry the classes and data fields the view's stylesheet reads, and the
// file loads into Cytoscape.js headless as the graph it describes.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture';
import { writeCytoscape } from './cytoscape';

interface CyFile {
  data: Record<string, unknown>;
  elements: {
    nodes: { data: Record<string, unknown>; position?: { x: number; y: number }; classes: string[] }[];
    edges: { data: Record<string, unknown>; classes: string[] }[];
  };
  style: unknown[];
}

const parse = (text: string): CyFile => JSON.parse(text) as CyFile;

describe('writeCytoscape', () => {
  const file = parse(writeCytoscape(FIXTURE));

  it('names the network and lists one node per actor, one edge per target', () => {
    expect(file.data.name).toBe(FIXTURE.title);
    expect(file.elements.nodes.map((n) => n.data.id)).toEqual(FIXTURE.actors.map((a) => a.id));
    expect(file.elements.edges).toHaveLength(6);
  });

  it.each([
    ['alpha-beta-rivalry', ['tone-hostile', 'solid', 'undirected']],
    ['gamma-mediates-2025-10~alpha', ['tone-mediation', 'dotted', 'directed']],
    ['alpha-army-strikes-beta', ['tone-hostile', 'dashed', 'directed', 'alleged']],
  ])('gives %s the view classes', (id, classes) => {
    expect(file.elements.edges.find((e) => e.data.id === id)?.classes).toEqual(classes);
  });

  it('writes the data fields the stylesheet and a re-import read', () => {
    const edge = file.elements.edges.find((e) => e.data.id === 'gamma-mediates-2025-10~beta')!;
    expect(edge.data).toMatchObject({
      source: 'gamma',
      target: 'beta',
      relationId: 'gamma-mediates-2025-10',
      type: 'mediation',
      status: 'reported',
      when: '2025-10-11/2025-10-15',
      start: '2025-10-11',
      end: '2025-10-15',
      evidence: 2,
      confidence: 'moderate',
      inferenceWhen: 'From the first day of the talks to the fourth, as Report A counts them.',
      claims: ['author', 'report: Wire, 16 October [gamma]'],
      reliability: ['B', null],
      credibility: [2, null],
    });
    const border = file.elements.edges.find((e) => e.data.id === 'alpha-closes-border')!;
    expect(Object.keys(border.data)).not.toContain('claims');
    expect(typeof edge.data.width).toBe('number');
    const alpha = file.elements.nodes.find((n) => n.data.id === 'alpha')!;
    expect(alpha.classes).toEqual(['kind-state']);
    expect(alpha.data).toMatchObject({
      label: 'Alpha <State>',
      kind: 'state',
      'attributes.kind': 'shadowed',
      acled_id: 42,
    });
    expect(typeof alpha.data.size).toBe('number');
    expect(alpha.position).toBeUndefined();
  });

  it('writes positions when the view gives them', () => {
    const out = parse(writeCytoscape(FIXTURE, { positions: { beta: { x: 5, y: -7 } } }));
    expect(out.elements.nodes.find((n) => n.data.id === 'beta')?.position).toEqual({ x: 5, y: -7 });
  });

  it('loads into Cytoscape.js with its stylesheet', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: file.elements as cytoscape.ElementsDefinition,
      style: file.style as cytoscape.StylesheetJson,
    });
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges('.alleged').map((e) => e.id())).toEqual(['alpha-army-strikes-beta']);
    expect(cy.getElementById('alpha-beta-rivalry').style('line-color')).toBe('rgb(213,94,0)');
    cy.destroy();
  });
});
