// centrality and shortestPath on a small live subgraph: degrees count live edges, weighted degree sums their
// intensities, betweenness and paths ignore direction and dead edges; liveSubgraph keeps the live part only.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf } from '../graph/fixtures';
import type { ViewSpec } from '../types';
import { centrality, shortestPath } from './centrality';
import { liveSubgraph } from './subgraph';

// A path a – b – c – d (b–c twice), plus a relation a – d that ended before the view.
const model = buildModel(
  datasetOf(
    [
      { id: 'ab', type: 'support', source: 'a', target: 'b', when: '2020/..' },
      { id: 'cb', type: 'attack', source: 'c', target: 'b', when: '2021-06-01' },
      { id: 'bc', type: 'talks', source: 'b', target: 'c', when: '2021-06-02' },
      { id: 'dc', type: 'alliance', source: 'd', target: 'c', when: '2020/..' },
      { id: 'ad', type: 'alliance', source: 'a', target: 'd', when: '2019' },
    ],
    ['e'],
  ),
);
const view: ViewSpec = { mode: 'window', from: Date.UTC(2021, 0, 1), to: Date.UTC(2021, 11, 31) };
const live = model.index.query(view);

describe('centrality', () => {
  it('measures degree, weighted degree and betweenness on the live subgraph', () => {
    const c = centrality(model, live);
    expect([...c.keys()].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(c.get('b')).toMatchObject({ degree: 3, weightedDegree: 2 + 3 + 1 });
    expect(c.get('a')).toMatchObject({ degree: 1, weightedDegree: 2, betweenness: 0 });
    // On the path a–b–c–d, b and c each lie on 2 of the 3 shortest paths between other actors.
    expect(c.get('b')!.betweenness).toBeCloseTo(2 / 3);
    expect(c.get('c')!.betweenness).toBeCloseTo(2 / 3);
    expect(c.get('d')!.betweenness).toBe(0);
  });

  it('includes every actor, with zeros, when all actors are kept', () => {
    const c = centrality(model, live, { allActors: true });
    expect(c.get('e')).toEqual({ degree: 0, weightedDegree: 0, betweenness: 0 });
  });
});

describe('shortestPath', () => {
  it('follows live relations whichever way they point, choosing the most intense for each hop', () => {
    const path = shortestPath(model, live, 'a', 'd');
    expect(path?.actors).toEqual(['a', 'b', 'c', 'd']);
    expect(path?.edges.map((e) => e.key)).toEqual(['ab', 'cb', 'dc']);
  });

  it('is null between actors the view does not connect', () => {
    expect(shortestPath(model, live, 'a', 'e')).toBeNull();
    expect(shortestPath(model, ['ab'], 'a', 'd')).toBeNull();
  });

  it('takes the dead relation when the view shows it', () => {
    const all = model.index.query({ mode: 'cumulative', at: Infinity });
    expect(shortestPath(model, all, 'a', 'd')?.edges.map((e) => e.key)).toEqual(['ad']);
  });
});

describe('liveSubgraph', () => {
  it('holds the live edges and their actors only', () => {
    const g = liveSubgraph(model, live);
    expect(g.edges().sort()).toEqual(['ab', 'bc', 'cb', 'dc']);
    expect(g.order).toBe(4);
    expect(g.isDirected('cb')).toBe(true);
  });
});
