// The signed network (against a sum over every live edge) and the triangle census: hand-made triangles of every
// kind, the alleged switch, ties that cancel out, and a property test against a census that tries every triple
// of actors (counts, and each tension with its ties, pivot and strength).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, type RelationLine } from '../graph/fixtures';
import { datasetArb, viewArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import type { ViewSpec } from '../types';
import { signedWeight } from './edges';
import { signedNetwork } from './signed';
import { triadCensus, type TriadKind } from './triads';

const ALL: ViewSpec = { mode: 'cumulative', at: Infinity };
const line = (
  id: string,
  type: string,
  source: string,
  target: string,
  status?: 'alleged',
): RelationLine => ({
  id,
  type,
  source,
  target,
  when: '2020-05-01',
  ...(status ? { status } : {}),
});
const censusOf = (lines: RelationLine[], includeAlleged = true) => {
  const model = buildModel(datasetOf(lines));
  return triadCensus(signedNetwork(model, model.index.query(ALL), { includeAlleged }));
};

describe('signedNetwork', () => {
  it('sums polarity × intensity per pair, in either direction, and drops pairs that cancel out', () => {
    const model = buildModel(
      datasetOf([
        line('pact', 'alliance', 'a', 'b'),
        line('raid', 'attack', 'b', 'a'),
        line('talk', 'talks', 'a', 'c'),
        line('threat', 'threat', 'c', 'a'),
        line('deal', 'agreement', 'c', 'a'),
        line('self', 'support', 'a', 'a'),
      ]),
    );
    const net = signedNetwork(model, model.index.query(ALL));
    expect(net.tie('a', 'b')).toBeUndefined();
    expect(net.tie('c', 'a')).toMatchObject({ a: 'a', b: 'c', weight: 2, sign: 1 });
    expect([...net.tie('a', 'c')!.edges].sort()).toEqual(['deal', 'talk', 'threat']);
    expect(net.ties.size).toBe(1);
  });

  it('sums each pair’s live edges once each, in the order given (property, against a sum over all edges)', () => {
    fc.assert(
      fc.property(datasetArb, viewArb, fc.boolean(), (dataset, spec, includeAlleged) => {
        const model = buildModel(dataset);
        const live = linearScan(model.edges, spec);
        const net = signedNetwork(model, [...live, ...live.slice(0, 3), 'no-such-edge'], { includeAlleged });
        const expected = new Map<string, { weight: number; edges: string[] }>();
        for (const key of live) {
          const e = model.edgeByKey.get(key)!;
          const w = signedWeight(e, { includeAlleged });
          if (w === 0) continue;
          const pair = [e.source, e.target].sort().join('\n');
          const sum = expected.get(pair) ?? { weight: 0, edges: [] };
          expected.set(pair, { weight: sum.weight + w, edges: [...sum.edges, key] });
        }
        const ties = [...expected].filter(([, t]) => t.weight !== 0);
        expect([...net.ties.keys()].sort()).toEqual(ties.map(([pair]) => pair).sort());
        for (const [pair, { weight, edges }] of ties) {
          const [a, b] = pair.split('\n') as [string, string];
          expect(net.tie(b, a)).toEqual({ a, b, weight, sign: Math.sign(weight), edges });
        }
      }),
      { numRuns: 300, seed: 1506 },
    );
  });
});

describe('triadCensus', () => {
  it.each<[string, [string, string, string], TriadKind, boolean]>([
    ['three allies', ['alliance', 'alliance', 'alliance'], '+++', true],
    ['two allies against a common rival', ['alliance', 'rivalry', 'rivalry'], '+--', true],
    ['two allies of one actor at war with each other', ['alliance', 'alliance', 'clash'], '++-', false],
    ['three mutual enemies', ['rivalry', 'rivalry', 'clash'], '---', false],
  ])('%s', (_, [ab, ac, bc], kind, balanced) => {
    const census = censusOf([line('ab', ab, 'a', 'b'), line('ac', ac, 'a', 'c'), line('bc', bc, 'b', 'c')]);
    expect(census.counts[kind]).toBe(1);
    expect(census.total).toBe(1);
    expect(census.balanceRatio).toBe(balanced ? 1 : 0);
    expect(census.tensions.length).toBe(balanced ? 0 : 1);
  });

  it('names the pivot of a + + − tension and the pair at odds', () => {
    const [tension] = censusOf([
      line('ab', 'alliance', 'a', 'b'),
      line('ac', 'support', 'a', 'c'),
      line('bc', 'clash', 'b', 'c'),
    ]).tensions;
    expect(tension).toMatchObject({ kind: '++-', actors: ['a', 'b', 'c'], pivot: 'a', strength: 3 + 2 + 3 });
    expect(tension!.ties.find((t) => t.sign < 0)).toMatchObject({ a: 'b', b: 'c' });
  });

  it('leaves alleged relations out when switched off', () => {
    const lines = [
      line('ab', 'alliance', 'a', 'b'),
      line('ac', 'alliance', 'a', 'c'),
      line('bc', 'clash', 'b', 'c', 'alleged'),
    ];
    expect(censusOf(lines, true).unbalanced).toBe(1);
    expect(censusOf(lines, false)).toMatchObject({ total: 0, balanceRatio: null, tensions: [] });
  });

  it('counts every triangle of two sharing an edge, strongest tension first', () => {
    const census = censusOf([
      line('ab', 'alliance', 'a', 'b'),
      line('ac', 'alliance', 'a', 'c'),
      line('bc', 'clash', 'b', 'c'),
      line('ad', 'talks', 'a', 'd'),
      line('bd', 'talks', 'b', 'd'),
      line('cd', 'accusation', 'c', 'd'),
    ]);
    expect(census.counts).toEqual({ '+++': 1, '++-': 2, '+--': 1, '---': 0 });
    expect(census.balanceRatio).toBe(0.5);
    expect(census.tensions.map((t) => t.actors.join())).toEqual(['a,b,c', 'a,c,d']);
  });

  it('agrees with a census of every triple of actors (property)', () => {
    fc.assert(
      fc.property(datasetArb, fc.boolean(), (dataset, includeAlleged) => {
        const model = buildModel(dataset);
        const net = signedNetwork(model, linearScan(model.edges, ALL), { includeAlleged });
        const actors = [...model.actors.keys()].sort();
        const expected: Record<TriadKind, number> = { '+++': 0, '++-': 0, '+--': 0, '---': 0 };
        const tensions: unknown[] = [];
        for (let i = 0; i < actors.length; i++)
          for (let j = i + 1; j < actors.length; j++)
            for (let k = j + 1; k < actors.length; k++) {
              const [x, y, z] = [actors[i]!, actors[j]!, actors[k]!];
              const ties = [net.tie(x, y), net.tie(x, z), net.tie(y, z)];
              if (ties.some((t) => !t)) continue;
              const signs = ties.map((t) => t!.sign);
              const kind = (['+++', '++-', '+--', '---'] as const)[signs.filter((sign) => sign < 0).length]!;
              expected[kind]++;
              if (kind !== '++-' && kind !== '---') continue;
              // The pivot of + + − is the corner opposite the negative tie (y–z, x–z, x–y).
              const pivot = kind === '++-' ? [z, y, x][signs.indexOf(-1)]! : null;
              const strength = ties.reduce((sum, t) => sum + Math.abs(t!.weight), 0);
              tensions.push({ kind, actors: [x, y, z], ties, pivot, strength });
            }
        const census = triadCensus(net);
        expect(census.counts).toEqual(expected);
        expect(census.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
        expect(census.balanced).toBe(expected['+++'] + expected['+--']);
        expect([...census.tensions].sort((x, y) => (x.actors.join() < y.actors.join() ? -1 : 1))).toEqual(
          tensions,
        );
        census.tensions.forEach((t, i) => {
          if (i > 0) expect(t.strength).toBeLessThanOrEqual(census.tensions[i - 1]!.strength);
        });
      }),
      { numRuns: 300, seed: 1505 },
    );
  });
});
