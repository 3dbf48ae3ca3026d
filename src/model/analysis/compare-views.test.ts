// compareViews: the bundled dataset (the October 2025 strikes new since September even once faded; the Taliban's
// takeover ending the insurgency's relations and starting the government's), and a property test against full
// scans with the actor rule read independently.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertDataset } from '../dataset/validate';
import { buildModel } from '../graph/build';
import { ms } from '../graph/fixtures';
import { datasetWithActorSpansArb, viewArb } from '../time/arbitrary';
import { isLiveLinear, linearScan } from '../time/linear-scan';
import { DAY_MS, DEFAULT_EVENT_MEMORY } from '../time/view';
import type { EdgeRecord, Model, ViewSpec } from '../types';
import { compareViews } from './compare-views';
import { diffViews } from './diff-views';

const day = (date: string): ViewSpec => ({
  mode: 'snapshot',
  at: ms(date) + DAY_MS - 1,
  memory: DEFAULT_EVENT_MEMORY,
});

describe('compareViews on the bundled dataset', () => {
  const file = new URL('../../../graph-data/af-pak.json', import.meta.url);
  const model = buildModel(assertDataset(JSON.parse(readFileSync(file, 'utf8')), { file: 'af-pak.json' }));

  it('lists the October 2025 strikes as new since 1 September, on 1 November and after they faded', () => {
    for (const later of ['2025-11-01', '2026-01-15']) {
      const { added, ended } = compareViews(model, day('2025-09-01'), day(later));
      expect(added).toContain('pakistan-attack-taliban-government-2025-10-09');
      expect(added).toContain('pakistan-attack-ttp-2025-10-09');
      expect(ended).toEqual([]);
    }
    // By mid-January the strikes are out of the 30-day memory: a plain diff no longer sees them.
    expect(diffViews(model, day('2025-09-01'), day('2026-01-15')).added).not.toContain(
      'pakistan-attack-ttp-2025-10-09',
    );
  });

  it('ends the insurgency’s lasting relations and starts the government’s over the takeover of August 2021', () => {
    const { added, ended, diff } = compareViews(model, day('2021-08-01'), day('2021-09-01'));
    expect(ended).toContain('taliban-rivalry-kabul-government');
    expect(ended).toContain('pakistan-support-taliban-2001-2021');
    expect(ended.every((k) => model.edgeByKey.get(k)!.info.duration === 'lasting')).toBe(true);
    expect(added).toContain('taliban-government-alliance-ttp');
    // An event dated only "2021" waits for the government formed on 15 August.
    expect(added).toContain('pakistan-endorsement-taliban-government-2021');
    expect(diff.actorsAppeared).toContain('taliban-government');
    expect(diff.actorsVanished).toContain('taliban');
  });

  it('finds nothing new when the earlier view is not earlier', () => {
    expect(compareViews(model, day('2025-11-01'), day('2025-09-01')).added).toEqual([]);
  });
});

/** The edges a view draws, read literally: a full scan, the filter, and each actor's span as a lasting relation. */
function drawn(model: Model, spec: ViewSpec, keep: (e: EdgeRecord) => boolean): Set<string> {
  const exists = (id: string): boolean => {
    const span = model.actors.get(id)!.span;
    return !span || isLiveLinear({ span, info: { duration: 'lasting' } } as unknown as EdgeRecord, spec);
  };
  return new Set(
    linearScan(model.edges, spec).filter((k) => {
      const e = model.edgeByKey.get(k)!;
      return keep(e) && exists(e.source) && exists(e.target);
    }),
  );
}

describe('compareViews against full scans (property)', () => {
  it('agrees', () => {
    fc.assert(
      fc.property(
        datasetWithActorSpansArb,
        fc.integer({ min: -30, max: 760 }),
        fc.integer({ min: 0, max: 90 }),
        viewArb,
        (dataset, earlierDay, memoryDays, now) => {
          const model = buildModel(dataset);
          const keep = (e: EdgeRecord): boolean => !e.key.startsWith('r1');
          const earlier: ViewSpec = {
            mode: 'snapshot',
            at: Date.UTC(2020, 0, 1) + earlierDay * DAY_MS + DAY_MS - 1,
            memory: memoryDays * DAY_MS,
          };
          const result = compareViews(model, earlier, now, { keep });
          const before = drawn(model, earlier, keep);
          const nowDrawn = drawn(model, now, keep);
          const nowEnd = now.mode === 'window' ? now.to : now.at;
          const between: ViewSpec = { mode: 'window', from: earlier.at + 1, to: nowEnd };
          const inBetween = earlier.at + 1 <= nowEnd ? drawn(model, between, keep) : new Set<string>();
          expect(result.added).toEqual([...inBetween].filter((k) => !before.has(k)).sort());
          expect(result.ended).toEqual(
            [...before]
              .filter((k) => !nowDrawn.has(k) && model.edgeByKey.get(k)!.info.duration === 'lasting')
              .sort(),
          );
          expect(result.diff).toEqual(diffViews(model, earlier, now, { keep, existingActors: true }));
        },
      ),
      { numRuns: 300, seed: 1511 },
    );
  });
});
