// analyseView: a hand-made view read whole (ranking, balance, tensions, mediators, paths), the bundled dataset
// on 2026-02-27, and a property test against centrality(), a tally of every edge and the census of the same
// live edges.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/validate';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { datasetArb, viewArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import { DAY_MS, DEFAULT_EVENT_MEMORY } from '../time/view';
import type { ViewSpec } from '../types';
import { centrality } from './centrality';
import { analyseView } from './report';
import { signedNetwork } from './signed';
import { triadCensus } from './triads';
import { viewEdges } from './view-edges';

describe('analyseView on a hand-made view', () => {
  // p and q at war, both allied to r (a tension with r as pivot); m mediates between p and q; s talks to r.
  const model = buildModel(
    datasetOf([
      { id: 'war', type: 'clash', source: 'p', target: 'q', when: '2020-05-01' },
      { id: 'pr', type: 'alliance', source: 'p', target: 'r', when: '2020/..' },
      { id: 'qr', type: 'support', source: 'r', target: 'q', when: '2020/..' },
      { id: 'med', type: 'mediation', source: 'm', target: ['p', 'q'], when: '2020-05-02' },
      { id: 'rs', type: 'talks', source: 's', target: 'r', when: '2020-05-03', status: 'alleged' },
      { id: 'old', type: 'alliance', source: 'p', target: 'q', when: '2019' },
    ]),
  );
  const live = model.index.query({ mode: 'snapshot', at: ms('2020-05-10'), memory: DEFAULT_EVENT_MEMORY });

  it('ranks the actors by betweenness, then weighted degree, degree and label', () => {
    const { ranking, betweennessSample } = analyseView(model, live);
    const rows = ranking.map((r) => [
      r.id,
      r.degree,
      r.weightedDegree,
      r.cooperative,
      r.hostile,
      r.mediation,
    ]);
    expect(rows).toEqual([
      ['r', 3, 3 + 2 + 1, 3, 0, 0],
      ['p', 3, 3 + 3 + 1, 1, 1, 1],
      ['q', 3, 2 + 3 + 1, 1, 1, 1],
      ['m', 2, 1 + 1, 0, 0, 2],
      ['s', 1, 1, 1, 0, 0],
    ]);
    // Of the 6 pairs of the other four actors, r lies on every shortest path of p–s, q–s and m–s; p and q each
    // lie on one of the two shortest paths of m–r and of m–s.
    const betweenness = Object.fromEntries(ranking.map((r) => [r.id, r.betweenness]));
    expect(betweenness.r).toBeCloseTo(3 / 6);
    expect(betweenness.p).toBeCloseTo(1 / 6);
    expect(betweenness.q).toBeCloseTo(1 / 6);
    expect(betweenness.m).toBe(0);
    expect(betweennessSample).toBeNull();
  });

  it('counts balance, lists the tensions and the mediator', () => {
    const analysis = analyseView(model, live);
    expect(analysis.balance).toEqual({
      counts: { '+++': 0, '++-': 2, '+--': 0, '---': 0 },
      total: 2,
      balanced: 0,
      unbalanced: 2,
      ratio: 0,
    });
    // A mediation counts as cooperative, so a mediator between two warring parties is the pivot of a + + −.
    expect(analysis.tensions.map((t) => [t.kind, t.actors.join(), t.pivot, t.strength])).toEqual([
      ['++-', 'p,q,r', 'r', 3 + 3 + 2],
      ['++-', 'm,p,q', 'm', 1 + 1 + 3],
    ]);
    expect(analysis.mediators).toEqual([
      { mediator: 'm', parties: ['p', 'q'], mediation: ['med~p', 'med~q'], conflict: ['war'], weight: -3 },
    ]);
    expect(analysis.path).toBeNull();
  });

  it.each<[string, object, string[] | null]>([
    ['the shortest path by any relation', { pathFrom: 's', pathTo: 'p' }, ['s', 'r', 'p']],
    ['the direct one between enemies', { pathFrom: 'p', pathTo: 'q', via: 'any' }, ['p', 'q']],
    [
      'none by cooperative ties when alleged relations are out',
      { pathFrom: 'r', pathTo: 's', via: 'cooperative', includeAlleged: false },
      null,
    ],
    ['none for an actor not in the view', { pathFrom: 'p', pathTo: 'nobody' }, null],
  ])('gives %s', (_, options, actors) => {
    expect(analyseView(model, live, options).path?.actors ?? null).toEqual(actors);
  });

  it('goes round a conflict by cooperative ties', () => {
    const path = analyseView(model, live, { pathFrom: 'p', pathTo: 'q', via: 'cooperative' }).path;
    // Through the ally r or the mediator m: both are two positive ties long.
    expect(path?.actors).toHaveLength(3);
    expect(['r', 'm']).toContain(path?.actors[1]);
    expect(path?.edges.every((e) => e.info.polarity === 'cooperative')).toBe(true);
  });

  it('estimates betweenness from a sample above the work budget, and says so', () => {
    // 5 actors and 6 linked pairs: 17 adjacency entries per source.
    const analysis = analyseView(model, live, { maxWork: 40 });
    expect(analysis.betweennessSample).toEqual({ sources: 2, actors: 5 });
    expect(analysis.ranking).toHaveLength(5);
  });
});

describe('analyseView on the bundled dataset', () => {
  const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
  const model = buildModel(assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' }));
  const spec: ViewSpec = {
    mode: 'snapshot',
    at: ms('2026-02-27') + DAY_MS - 1,
    memory: DEFAULT_EVENT_MEMORY,
  };

  it('ranks Pakistan, the TTP and the Taliban government first on 2026-02-27, with five mediators', () => {
    const analysis = analyseView(model, viewEdges(model, spec));
    expect(analysis.ranking.slice(0, 3).map((r) => r.id)).toEqual(['pakistan', 'ttp', 'taliban-government']);
    expect(analysis.ranking[0]).toMatchObject({ label: 'Pakistan', hostile: 36, mediation: 7 });
    expect(analysis.mediators.map((f) => f.mediator)).toEqual([
      'china',
      'qatar',
      'saudi-arabia',
      'taliban-government',
      'turkiye',
    ]);
    // Russia only offered to mediate (an offer, not mediation); the Taliban government stands between Pakistan
    // and the TTP.
    expect(new Set(analysis.mediators.map((f) => f.parties.join()))).toEqual(
      new Set(['pakistan,taliban-government', 'pakistan,ttp']),
    );
    expect(analysis.tensions[0]).toMatchObject({
      kind: '---',
      actors: ['iskp', 'pakistan', 'taliban-government'],
    });
  });
});

describe('analyseView against centrality, a tally and the census (property)', () => {
  it('agrees', () => {
    fc.assert(
      fc.property(datasetArb, viewArb, fc.boolean(), (dataset, spec, includeAlleged) => {
        const model = buildModel(dataset);
        const live = linearScan(model.edges, spec);
        const analysis = analyseView(model, [...live, ...live.slice(0, 2)], { includeAlleged });
        const expected = centrality(model, live);
        expect(analysis.ranking.map((r) => r.id).sort()).toEqual([...expected.keys()].sort());
        for (const r of analysis.ranking) {
          const c = expected.get(r.id)!;
          expect(r.degree).toBe(c.degree);
          expect(r.weightedDegree).toBeCloseTo(c.weightedDegree, 9);
          expect(r.betweenness).toBeCloseTo(c.betweenness, 9);
          for (const tone of ['cooperative', 'hostile', 'mediation'] as const) {
            const touching = live
              .map((k) => model.edgeByKey.get(k)!)
              .filter((e) => e.info.tone === tone && (e.source === r.id || e.target === r.id));
            expect(r[tone]).toBe(touching.length);
          }
          expect(r.label).toBe(model.actors.get(r.id)!.actor.label);
        }
        analysis.ranking.forEach((r, i) => {
          const before = analysis.ranking[i - 1];
          if (!before) return;
          const order =
            Math.sign(before.betweenness - r.betweenness) ||
            Math.sign(before.weightedDegree - r.weightedDegree) ||
            Math.sign(before.degree - r.degree) ||
            (before.label < r.label ? 1 : before.label > r.label ? -1 : 0) ||
            (before.id < r.id ? 1 : -1);
          expect(order).toBe(1);
        });
        const census = triadCensus(signedNetwork(model, live, { includeAlleged }));
        expect(analysis.balance.counts).toEqual(census.counts);
        expect(analysis.balance.ratio).toBe(census.balanceRatio);
        expect(analysis.tensions).toEqual(census.tensions);
      }),
      { numRuns: 300, seed: 1507 },
    );
  });
});
