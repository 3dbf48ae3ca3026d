// The model on the bundled dataset (graph-data/af-pak.json): each view kind and each query, asserting facts
// read in the file — Qatar mediating on 2025-10-19, Pakistan's strikes on the Taliban government entering in the
// last week of February 2026, mediators standing between two warring parties as tensions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/validate';
import { buildModel } from '../graph/build';
import { ms } from '../graph/fixtures';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { ViewSpec } from '../types';
import { balanceSeries } from './balance-series';
import { centrality, shortestPath } from './centrality';
import { diffViews } from './diff-views';
import { dyadHistory } from './dyad';
import { histogram } from './histogram';
import { signedNetwork } from './signed';
import { triadCensus } from './triads';

const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
const model = buildModel(assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' }));
const snap = (date: string): ViewSpec => ({ mode: 'snapshot', at: ms(date), memory: DEFAULT_EVENT_MEMORY });
const endOf = (date: string): number => ms(date) + 86_400_000 - 1;
const TG = 'taliban-government';

describe('views of the bundled dataset', () => {
  it.each<[string, ViewSpec, string[], string[]]>([
    [
      'a snapshot on 2025-10-19: the Doha ceasefire, Qatar and Türkiye mediating',
      snap('2025-10-19'),
      [
        'qatar-mediation-2025-10-19~pakistan',
        `qatar-mediation-2025-10-19~${TG}`,
        `turkiye-hosting-2025-istanbul~${TG}`,
        `pakistan-${TG}-ceasefire-2025-10-19`,
        `pakistan-rivalry-${TG}`,
      ],
      ['taliban-rivalry-kabul-government', `china-mediation-2026-02-27~${TG}`],
    ],
    [
      'a snapshot on 2021-07-15: the Taliban still fighting the Kabul government, no Taliban government yet',
      snap('2021-07-15'),
      ['taliban-rivalry-kabul-government', 'pakistan-support-taliban-2001-2021'],
      [`pakistan-rivalry-${TG}`, `ttp-affiliation-${TG}`],
    ],
    [
      'the window 2026-02-22 to 2026-03-03: the February–March fighting',
      { mode: 'window', from: ms('2026-02-22'), to: endOf('2026-03-03') },
      [`pakistan-${TG}-clash-2026-02-27`, `pakistan-attack-${TG}-2026-02-27`, `qatar-mediation-2026~${TG}`],
      [`pakistan-${TG}-clash-2025-10`, 'qatar-mediation-2025-10-19~pakistan'],
    ],
    [
      'everything up to the end of 2009: the Swat agreement, nothing after the Taliban takeover',
      { mode: 'cumulative', at: endOf('2009-12-31') },
      ['pakistan-tnsm-swat-agreement-2009', 'tnsm-affiliation-ttp', 'isi-support-taliban-2001-2021'],
      [`ttp-affiliation-${TG}`, 'united-states-taliban-doha-agreement-2020-02'],
    ],
  ])('%s', (_, view, live, notLive) => {
    const keys = model.index.query(view);
    expect(keys).toEqual(expect.arrayContaining(live));
    for (const key of notLive) expect(keys).not.toContain(key);
    expect(model.index.count(view)).toBe(keys.length);
  });

  it('names the live actors on 2025-10-19: the mediators in, the pre-2021 Taliban out', () => {
    const actors = model.index.liveActors(model.index.query(snap('2025-10-19')));
    expect([...actors]).toEqual(expect.arrayContaining(['pakistan', TG, 'qatar', 'turkiye', 'ttp']));
    expect(actors.has('taliban')).toBe(false);
    expect(actors.has('kabul-government')).toBe(false);
  });
});

describe('queries on the bundled dataset', () => {
  it("diffs 2026-02-21 → 2026-02-28: Pakistan's attacks on the Taliban government enter", () => {
    const d = diffViews(model, snap('2026-02-21'), snap('2026-02-28'));
    const attacks = d.added.filter((k) => {
      const e = model.edgeByKey.get(k)!;
      return e.source === 'pakistan' && e.target === TG && e.type === 'attack';
    });
    expect(attacks.sort()).toEqual([
      `pakistan-attack-${TG}-2026-02-22`,
      `pakistan-attack-${TG}-2026-02-27`,
      `pakistan-attack-${TG}-territorial-gains-2026`,
    ]);
    expect(d.added).toContain(`china-mediation-2026-02-27~${TG}`);
    expect(d.removed).toEqual([]);
    expect(d.actorsAppeared).toEqual(expect.arrayContaining(['russia', 'eu']));
    expect(d.signChanges).toContainEqual(expect.objectContaining({ a: 'eu', b: TG, before: 0, after: -1 }));
  });

  it('shows more hostile than cooperative activity in the 30 days from 2026-01-31', () => {
    const [, february] = histogram(model, ms('2026-01-01'), endOf('2026-03-01'), 30 * 86_400_000);
    expect(february!.start).toBe(ms('2026-01-31'));
    expect(february!.hostile).toBeGreaterThan(february!.cooperative);
    expect(february!.mediation).toBeGreaterThan(0);
  });

  it('gives the Pakistan–Taliban government history in time order and a hostile stance in October 2025', () => {
    const { relations, stance } = dyadHistory(model, 'pakistan', TG);
    expect(
      relations.every((e) => [e.source, e.target].sort().join() === ['pakistan', TG].sort().join()),
    ).toBe(true);
    expect(relations.map((e) => e.span.start)).toEqual(
      relations.map((e) => e.span.start).sort((a, b) => a - b),
    );
    const october = stance.find((s) => s.start <= ms('2025-10-19') && ms('2025-10-19') <= s.end);
    expect(october?.sign).toBe(-1);
  });

  it('counts mediators between the two warring parties as tensions on 2026-02-27', () => {
    const census = triadCensus(signedNetwork(model, model.index.query(snap('2026-02-27'))));
    const mediatorTensions = census.tensions.filter(
      (t) => t.actors.includes('pakistan') && t.actors.includes(TG),
    );
    expect(mediatorTensions.map((t) => t.pivot)).toEqual(
      expect.arrayContaining(['qatar', 'turkiye', 'china']),
    );
    expect(census.balanceRatio).toBeGreaterThan(0);
    expect(census.balanceRatio).toBeLessThan(1);
  });

  it('ranks Pakistan first by degree on 2026-02-27 and links India to Qatar through it', () => {
    const live = model.index.query(snap('2026-02-27'));
    const ranked = [...centrality(model, live)].sort((x, y) => y[1].degree - x[1].degree);
    expect(ranked[0]![0]).toBe('pakistan');
    expect(shortestPath(model, live, 'india', 'qatar')?.actors).toEqual(['india', 'pakistan', 'qatar']);
  });

  it('gives a balance series over February 2026, one point a week', () => {
    const series = balanceSeries(model, ms('2026-02-01'), ms('2026-02-28'), 7 * 86_400_000);
    expect(series.map((p) => p.at)).toEqual(
      [1, 8, 15, 22].map((d) => ms(`2026-02-${String(d).padStart(2, '0')}`)),
    );
    expect(series.every((p) => p.total > 0)).toBe(true);
  });
});
