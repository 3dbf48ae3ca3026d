// mediatorsOf and mediationReason: hand-made mediations between parties at war, allied or unrelated, the alleged
// switch, a mediator between three parties, the bundled dataset (Qatar on 2025-10-19), and a property test
// against a search over every triple of actors.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/validate';
import { buildModel } from '../graph/build';
import { datasetOf, ms, type RelationLine } from '../graph/fixtures';
import { datasetArb, viewArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import { DAY_MS, DEFAULT_EVENT_MEMORY } from '../time/view';
import type { ViewSpec } from '../types';
import { mediationReason, mediatorsOf } from './mediators';
import { signedNetwork } from './signed';
import { viewEdges } from './view-edges';

const ALL: ViewSpec = { mode: 'cumulative', at: Infinity };
const line = (
  id: string,
  type: string,
  source: string,
  target: string | string[],
  status?: 'alleged',
): RelationLine => ({ id, type, source, target, when: '2020-05-01', ...(status ? { status } : {}) });
const findingsOf = (lines: RelationLine[], includeAlleged = true) => {
  const model = buildModel(datasetOf(lines));
  return mediatorsOf(model, model.index.query(ALL), { includeAlleged });
};

describe('mediatorsOf', () => {
  it('finds a mediator named by one relation with both parties as targets', () => {
    expect(findingsOf([line('war', 'clash', 'p', 'q'), line('doha', 'mediation', 'm', ['p', 'q'])])).toEqual([
      { mediator: 'm', parties: ['p', 'q'], mediation: ['doha~p', 'doha~q'], conflict: ['war'], weight: -3 },
    ]);
  });

  it('finds one from two relations, and weighs the parties’ whole tie', () => {
    expect(
      findingsOf([
        line('war', 'clash', 'q', 'p'),
        line('talk', 'talks', 'p', 'q'),
        line('toP', 'mediation', 'm', 'p'),
        line('toQ', 'mediation', 'm', 'q'),
      ]),
    ).toEqual([
      { mediator: 'm', parties: ['p', 'q'], mediation: ['toP', 'toQ'], conflict: ['war'], weight: -2 },
    ]);
  });

  it.each<[string, RelationLine[]]>([
    ['parties allied', [line('pact', 'alliance', 'p', 'q'), line('med', 'mediation', 'm', ['p', 'q'])]],
    ['parties with no tie', [line('med', 'mediation', 'm', ['p', 'q'])]],
    [
      'parties whose relations cancel out',
      [
        line('charge', 'accusation', 'p', 'q'),
        line('deal', 'talks', 'p', 'q'),
        line('med', 'mediation', 'm', ['p', 'q']),
      ],
    ],
    ['a mediation with one party only', [line('war', 'clash', 'p', 'q'), line('med', 'mediation', 'm', 'p')]],
    [
      'a hostile relation from the "mediator" instead',
      [line('war', 'clash', 'p', 'q'), line('med', 'attack', 'm', ['p', 'q'])],
    ],
  ])('finds none between %s', (_, lines) => {
    expect(findingsOf(lines)).toEqual([]);
  });

  it('leaves alleged conflicts and alleged mediations out when alleged relations are switched off', () => {
    const allegedWar = [line('war', 'clash', 'p', 'q', 'alleged'), line('med', 'mediation', 'm', ['p', 'q'])];
    expect(findingsOf(allegedWar, true)).toHaveLength(1);
    expect(findingsOf(allegedWar, false)).toEqual([]);
    const allegedMediation = [
      line('war', 'clash', 'p', 'q'),
      line('med', 'mediation', 'm', ['p', 'q'], 'alleged'),
    ];
    expect(findingsOf(allegedMediation, true)).toHaveLength(1);
    expect(findingsOf(allegedMediation, false)).toEqual([]);
  });

  it('lists each pair at odds among a mediator’s parties, sorted by mediator then parties', () => {
    const found = findingsOf([
      line('pq', 'clash', 'p', 'q'),
      line('qr', 'alliance', 'q', 'r'),
      line('pr', 'rivalry', 'r', 'p'),
      line('med', 'mediation', 'z', ['r', 'q', 'p']),
      line('other', 'mediation', 'a', ['q', 'p']),
    ]);
    expect(found.map((f) => [f.mediator, ...f.parties, f.weight])).toEqual([
      ['a', 'p', 'q', -3],
      ['z', 'p', 'q', -3],
      ['z', 'p', 'r', -2],
    ]);
    expect(found[2]!.mediation).toEqual(['med~p', 'med~r']);
  });

  it('reads only the live keys it is given', () => {
    const model = buildModel(
      datasetOf([line('war', 'clash', 'p', 'q'), line('med', 'mediation', 'm', ['p', 'q'])]),
    );
    expect(mediatorsOf(model, ['med~p', 'med~q'])).toEqual([]);
    expect(mediatorsOf(model, ['war', 'med~p'])).toEqual([]);
  });
});

describe('mediationReason', () => {
  const finding = findingsOf([line('war', 'clash', 'p', 'q'), line('med', 'mediation', 'm', ['p', 'q'])])[0]!;
  const labelOf = (id: string): string => ({ p: 'Pakistan', q: 'Afghan Taliban government' })[id] ?? id;

  it.each([
    ['date', 'mediates between Pakistan and Afghan Taliban government, which are in conflict at this date'],
    [
      'window',
      'mediates between Pakistan and Afghan Taliban government, which are in conflict in this window',
    ],
  ] as const)('says why, for a %s view', (when, sentence) => {
    expect(mediationReason(finding, labelOf, when)).toBe(sentence);
  });
});

describe('mediators in the bundled dataset', () => {
  const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
  const model = buildModel(assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' }));
  const labelOf = (id: string): string => model.actors.get(id)!.actor.label;
  // As the app reads a date: a snapshot at the end of the day, events of the last 30 days remembered.
  const day = (date: string): ViewSpec => ({
    mode: 'snapshot',
    at: ms(date) + DAY_MS - 1,
    memory: DEFAULT_EVENT_MEMORY,
  });

  it('has Qatar mediating between Pakistan and the Taliban government on 2025-10-19', () => {
    const found = mediatorsOf(model, viewEdges(model, day('2025-10-19')));
    const qatar = found.find((f) => f.mediator === 'qatar');
    expect(qatar).toMatchObject({
      parties: ['pakistan', 'taliban-government'],
      mediation: ['qatar-mediation-2025-10-19~pakistan', 'qatar-mediation-2025-10-19~taliban-government'],
    });
    expect(qatar!.conflict).toContain('pakistan-taliban-government-clash-2025-10');
    expect(qatar!.weight).toBeLessThan(0);
    expect(mediationReason(qatar!, labelOf, 'date')).toBe(
      'mediates between Pakistan and Afghan Taliban government, which are in conflict at this date',
    );
    // Türkiye's Istanbul talks began that day too; China's mediation came in 2026.
    expect(found.map((f) => f.mediator)).toContain('turkiye');
    expect(found.map((f) => f.mediator)).not.toContain('china');
  });

  it('has no mediator between Pakistan and the Afghan Taliban government before the October 2025 fighting', () => {
    // Only the Taliban government itself, standing between Pakistan and the TTP.
    expect(
      mediatorsOf(model, viewEdges(model, day('2025-09-01'))).map((f) => [f.mediator, f.parties.join()]),
    ).toEqual([['taliban-government', 'pakistan,ttp']]);
  });
});

describe('mediatorsOf against every triple of actors (property)', () => {
  it('agrees', () => {
    fc.assert(
      fc.property(datasetArb, viewArb, fc.boolean(), (dataset, spec, includeAlleged) => {
        const model = buildModel(dataset);
        const keys = linearScan(model.edges, spec);
        const net = signedNetwork(model, keys, { includeAlleged });
        const records = keys.map((k) => model.edgeByKey.get(k)!);
        const mediates = (m: string, p: string) =>
          records.filter(
            (e) =>
              e.info.tone === 'mediation' &&
              e.source === m &&
              e.target === p &&
              m !== p &&
              (includeAlleged || e.status !== 'alleged'),
          );
        const actors = [...model.actors.keys()].sort();
        const expected: [string, string, string, number][] = [];
        for (const m of actors)
          for (const p of actors)
            for (const q of actors) {
              if (!(p < q) || mediates(m, p).length === 0 || mediates(m, q).length === 0) continue;
              const tie = net.tie(p, q);
              if (tie && tie.weight < 0) expected.push([m, p, q, tie.weight]);
            }
        const found = mediatorsOf(model, keys, { includeAlleged });
        expect(found.map((f) => [f.mediator, ...f.parties, f.weight])).toEqual(expected);
        for (const f of found) {
          const [p, q] = f.parties;
          expect(f.mediation).toEqual(
            [...mediates(f.mediator, p), ...mediates(f.mediator, q)].map((e) => e.key).sort(),
          );
          expect(f.conflict.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 1502 },
    );
  });
});
