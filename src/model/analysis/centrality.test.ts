// centrality and shortestPath on a small live subgraph: degrees count live edges, weighted degree sums their
// intensities, betweenness and paths ignore direction and dead edges; a cooperative path keeps to positive ties
// (hand-made, and against a breadth-first search over random signed networks); liveSubgraph keeps the live part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf } from '../graph/fixtures';
import { datasetArb, viewArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import type { ViewSpec } from '../types';
import { centrality, shortestPath } from './centrality';
import { signedWeight } from './edges';
import { signedNetwork } from './signed';
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

describe('shortestPath via cooperative ties', () => {
  // a – b – c is short but b and c are at war; a – d – e – c is longer and friendly all the way.
  const signed = buildModel(
    datasetOf([
      { id: 'ab', type: 'alliance', source: 'a', target: 'b', when: '2020' },
      { id: 'bc', type: 'clash', source: 'b', target: 'c', when: '2020' },
      { id: 'ad-threat', type: 'threat', source: 'a', target: 'd', when: '2020' },
      { id: 'ad', type: 'alliance', source: 'd', target: 'a', when: '2020' },
      { id: 'de', type: 'talks', source: 'd', target: 'e', when: '2020', status: 'alleged' },
      { id: 'ec', type: 'support', source: 'e', target: 'c', when: '2020' },
    ]),
  );
  const all = signed.index.query({ mode: 'cumulative', at: Infinity });

  it.each<[string, object, string[] | null, string[] | null]>([
    ['any relation, by default', {}, ['a', 'b', 'c'], ['ab', 'bc']],
    ['any relation, said', { via: 'any' }, ['a', 'b', 'c'], ['ab', 'bc']],
    [
      'positive ties only, through a pair whose threat is outweighed',
      { via: 'cooperative' },
      ['a', 'd', 'e', 'c'],
      ['ad', 'de', 'ec'],
    ],
    [
      'positive ties only, alleged relations left out',
      { via: 'cooperative', includeAlleged: false },
      null,
      null,
    ],
  ])('%s', (_, options, actors, edges) => {
    const path = shortestPath(signed, all, 'a', 'c', options);
    expect(path?.actors ?? null).toEqual(actors);
    expect(path?.edges.map((e) => e.key) ?? null).toEqual(edges);
  });

  it('finds the shortest chain of positive ties, or none (property, against a breadth-first search)', () => {
    const distance = (links: Map<string, Set<string>>, from: string, to: string): number | null => {
      const seen = new Map([[from, 0]]);
      const queue = [from];
      while (queue.length > 0) {
        const x = queue.shift()!;
        if (x === to) return seen.get(x)!;
        for (const y of links.get(x) ?? []) {
          if (seen.has(y)) continue;
          seen.set(y, seen.get(x)! + 1);
          queue.push(y);
        }
      }
      return null;
    };
    fc.assert(
      fc.property(datasetArb, viewArb, fc.boolean(), fc.nat(35), (dataset, spec, includeAlleged, pick) => {
        const model = buildModel(dataset);
        const keys = linearScan(model.edges, spec);
        const ids = [...model.actors.keys()].sort();
        if (ids.length < 2) return;
        const [from, to] = [ids[pick % ids.length]!, ids[Math.floor(pick / ids.length) % ids.length]!];
        const links = new Map<string, Set<string>>();
        for (const tie of signedNetwork(model, keys, { includeAlleged }).ties.values()) {
          if (tie.sign < 0) continue;
          links.set(tie.a, (links.get(tie.a) ?? new Set()).add(tie.b));
          links.set(tie.b, (links.get(tie.b) ?? new Set()).add(tie.a));
        }
        const path = shortestPath(model, keys, from, to, { via: 'cooperative', includeAlleged });
        const expected = links.has(from) ? distance(links, from, to) : null;
        expect(path === null ? null : path.actors.length - 1).toBe(expected);
        path?.edges.forEach((e, i) => {
          const [x, y] = [path.actors[i]!, path.actors[i + 1]!];
          expect(links.get(x)?.has(y)).toBe(true);
          expect([e.source, e.target].sort()).toEqual([x, y].sort());
          expect(keys).toContain(e.key);
          expect(signedWeight(e, { includeAlleged })).toBeGreaterThan(0);
        });
      }),
      { numRuns: 300, seed: 1504 },
    );
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
