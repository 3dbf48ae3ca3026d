// The signed network and the triangle census: hand-made triangles of every kind, the alleged switch, ties that
// cancel out, and a property test against a census that tries every triple of actors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, type RelationLine } from '../graph/fixtures';
import { datasetArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import type { ViewSpec } from '../types';
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
        for (let i = 0; i < actors.length; i++)
          for (let j = i + 1; j < actors.length; j++)
            for (let k = j + 1; k < actors.length; k++) {
              const [x, y, z] = [actors[i]!, actors[j]!, actors[k]!];
              const ties = [net.tie(x, y), net.tie(x, z), net.tie(y, z)];
              if (ties.some((t) => !t)) continue;
              expected[(['+++', '++-', '+--', '---'] as const)[ties.filter((t) => t!.sign < 0).length]!]++;
            }
        const census = triadCensus(net);
        expect(census.counts).toEqual(expected);
        expect(census.tensions.length).toBe(expected['++-'] + expected['---']);
      }),
      { numRuns: 200 },
    );
  });
});
