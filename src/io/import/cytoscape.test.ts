// The Cytoscape reader: desktop .cyjs and Cytoscape.js element lists, and broken variants placed by JSON path.
import { describe, expect, it } from 'vitest';
import { readCytoscape } from './cytoscape';
import { errorsOf, expectProblem, fixture, loaded, type ExpectedProblem } from './test-support';

describe('readCytoscape', () => {
  it('reads a Cytoscape desktop .cyjs: names, interactions as types, positions, parents', () => {
    const d = loaded(readCytoscape(fixture('network.cyjs'), { fileName: 'network.cyjs' }));
    expect(d.title).toBe('Invented test network');
    expect(d.actors.map((a) => [a.id, a.label, a.kind, a.partOf ?? null])).toEqual([
      ['101', 'Alpha', 'state', null],
      ['102', 'Beta', 'organisation', null],
      ['103', 'Beta Youth', 'organisation', '102'],
    ]);
    expect(d.actors[0]?.attributes).toEqual({ SUID: 101, shared_name: 'Alpha', x: 10.5, y: -20 });
    expect(d.relations.map((r) => [r.id, r.type, r.when])).toEqual([
      ['201', 'talks', '2010-03-04'],
      ['202', 'protest', '2011-01-01/2011-01-20'],
    ]);
  });

  it('reads a bare Cytoscape.js element list', () => {
    const json = JSON.stringify([
      { group: 'nodes', data: { id: 'a', label: 'A' } },
      { group: 'nodes', data: { id: 'b', label: 'B' } },
      { data: { id: 'ab', source: 'a', target: 'b', type: 'threat', when: '2020-01-02' }, classes: 'x' },
    ]);
    const d = loaded(readCytoscape(json, { fileName: 'elements.json' }));
    expect(d.relations.map((r) => [r.id, r.type, r.source, r.target])).toEqual([['ab', 'threat', 'a', 'b']]);
  });

  const cases: [string, string, ExpectedProblem][] = [
    ['not JSON', '{"elements": [}', { message: 'not valid JSON', line: 1, column: 15 }],
    ['no elements', '{"nodes": 3}', { message: 'holds "elements"' }],
    [
      'a node list that is not a list',
      '{"elements": {"nodes": 1}}',
      { message: 'elements.nodes must be a list' },
    ],
    [
      'an element without data',
      '{"elements": {"nodes": [{"data": {"id": "a"}}, {"position": {}}]}}',
      { message: 'no "data" object', path: 'elements.nodes[1]' },
    ],
    [
      'an edge without target',
      '{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a"}}]}}',
      { message: 'no target actor', path: 'elements.edges[0]' },
    ],
  ];
  it.each(cases)('refuses %s', (_, json, want) => {
    expectProblem(errorsOf(readCytoscape(json, { fileName: 'bad.cyjs' })), want);
  });
});
