// diffViews: a hand-made turn from alliance to war, a government that comes into existence between the views,
// and property tests against two full scans compared (edges, sign changes, actors) on random datasets and views,
// and against two viewEdges answers when actors exist for a time only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { datasetArb, datasetWithActorSpansArb, viewArb } from '../time/arbitrary';
import { linearScan } from '../time/linear-scan';
import { DEFAULT_EVENT_MEMORY } from '../time/view';
import type { ViewSpec } from '../types';
import { diffViews } from './diff-views';
import { signedNetwork } from './signed';
import { viewEdges } from './view-edges';

const snap = (date: string): ViewSpec => ({ mode: 'snapshot', at: ms(date), memory: DEFAULT_EVENT_MEMORY });

describe('diffViews', () => {
  const model = buildModel(
    datasetOf([
      { id: 'pact', type: 'alliance', source: 'a', target: 'b', when: '2020-01-01/2020-03-31' },
      { id: 'war', type: 'clash', source: 'b', target: 'a', when: '2020-04-10' },
      { id: 'old', type: 'talks', source: 'd', target: 'a', when: '2020-03-01' },
      { id: 'new', type: 'threat', source: 'c', target: 'a', when: '2020-04-12', status: 'alleged' },
    ]),
  );

  it('reports the edges, the flipped pair and the actors that came and went', () => {
    expect(diffViews(model, snap('2020-03-15'), snap('2020-04-15'))).toEqual({
      added: ['new', 'war'],
      removed: ['old', 'pact'],
      signChanges: [
        { a: 'a', b: 'b', weightBefore: 3, weightAfter: -3, before: 1, after: -1, flipped: true },
        { a: 'a', b: 'c', weightBefore: 0, weightAfter: -1, before: 0, after: -1, flipped: false },
        { a: 'a', b: 'd', weightBefore: 1, weightAfter: 0, before: 1, after: 0, flipped: false },
      ],
      actorsAppeared: ['c'],
      actorsVanished: ['d'],
    });
  });

  it('applies the filter and the alleged switch', () => {
    const d = diffViews(model, snap('2020-03-15'), snap('2020-04-15'), {
      keep: (e) => e.status === 'reported',
      includeAlleged: false,
    });
    expect(d.added).toEqual(['war']);
    expect(d.signChanges.map((s) => s.b)).toEqual(['b', 'd']);
    expect(d.actorsAppeared).toEqual([]);
  });

  it('agrees with two full scans compared (property)', () => {
    fc.assert(
      fc.property(datasetArb, viewArb, viewArb, fc.boolean(), (dataset, a, b, includeAlleged) => {
        const model = buildModel(dataset);
        const keep = (key: string): boolean => !key.startsWith('r1');
        const before = linearScan(model.edges, a).filter(keep);
        const after = linearScan(model.edges, b).filter(keep);
        const d = diffViews(model, a, b, { keep: (e) => keep(e.key), includeAlleged });
        expect(d.added).toEqual(after.filter((k) => !before.includes(k)).sort());
        expect(d.removed).toEqual(before.filter((k) => !after.includes(k)).sort());

        const [netA, netB] = [
          signedNetwork(model, before, { includeAlleged }),
          signedNetwork(model, after, { includeAlleged }),
        ];
        const pairs = new Set([...netA.ties.keys(), ...netB.ties.keys()]);
        const changed = [...pairs].filter((p) => netA.ties.get(p)?.sign !== netB.ties.get(p)?.sign);
        expect(d.signChanges.length).toBe(changed.length);
        for (const s of d.signChanges) {
          expect(s.before).toBe(netA.tie(s.a, s.b)?.sign ?? 0);
          expect(s.after).toBe(netB.tie(s.a, s.b)?.sign ?? 0);
        }

        const actorsA = model.index.liveActors(before);
        const actorsB = model.index.liveActors(after);
        expect(d.actorsAppeared).toEqual([...actorsB].filter((x) => !actorsA.has(x)).sort());
        expect(d.actorsVanished).toEqual([...actorsA].filter((x) => !actorsB.has(x)).sort());
      }),
      { numRuns: 300, seed: 1510 },
    );
  });

  it('counts the edges of an actor that comes into existence between the views, with existingActors', () => {
    // A relation dated by the year waits for the government formed in August.
    const dataset = datasetOf([
      { id: 'endorse', type: 'endorsement', source: 'p', target: 'gov', when: '2021' },
      { id: 'rift', type: 'rivalry', source: 'p', target: 'gov', when: '2021-08-15/..' },
    ]);
    const formed = buildModel({
      ...dataset,
      actors: dataset.actors.map((x) => (x.id === 'gov' ? { ...x, when: '2021-08-15/..' } : x)),
    });
    const [june, september] = [snap('2021-06-01'), snap('2021-09-01')];
    expect(diffViews(formed, june, september).added).toEqual(['rift']);
    expect(diffViews(formed, june, september, { existingActors: true })).toMatchObject({
      added: ['endorse', 'rift'],
      removed: [],
      actorsAppeared: ['gov', 'p'],
    });
    expect(diffViews(formed, september, june, { existingActors: true }).removed).toEqual(['endorse', 'rift']);
  });

  it('with existingActors, agrees with two viewEdges answers compared (property)', () => {
    fc.assert(
      fc.property(
        datasetWithActorSpansArb,
        viewArb,
        viewArb,
        fc.boolean(),
        (dataset, a, b, includeAlleged) => {
          const model = buildModel(dataset);
          const keep = (e: { key: string }): boolean => !e.key.startsWith('r1');
          const before = viewEdges(model, a, keep);
          const after = viewEdges(model, b, keep);
          const d = diffViews(model, a, b, { keep, includeAlleged, existingActors: true });
          expect(d.added).toEqual(after.filter((k) => !before.includes(k)));
          expect(d.removed).toEqual(before.filter((k) => !after.includes(k)));

          const [netA, netB] = [
            signedNetwork(model, before, { includeAlleged }),
            signedNetwork(model, after, { includeAlleged }),
          ];
          const pairs = new Set([...netA.ties.keys(), ...netB.ties.keys()]);
          const changed = [...pairs].filter((p) => netA.ties.get(p)?.sign !== netB.ties.get(p)?.sign).sort();
          expect(d.signChanges.map((s) => `${s.a}\n${s.b}`)).toEqual(changed);
          for (const s of d.signChanges) {
            expect(s.weightBefore).toBe(netA.tie(s.a, s.b)?.weight ?? 0);
            expect(s.weightAfter).toBe(netB.tie(s.a, s.b)?.weight ?? 0);
            expect(s.flipped).toBe(s.before * s.after < 0);
          }

          const actorsA = model.index.liveActors(before);
          const actorsB = model.index.liveActors(after);
          expect(d.actorsAppeared).toEqual([...actorsB].filter((x) => !actorsA.has(x)).sort());
          expect(d.actorsVanished).toEqual([...actorsA].filter((x) => !actorsB.has(x)).sort());
        },
      ),
      { numRuns: 300, seed: 1509 },
    );
  });
});
