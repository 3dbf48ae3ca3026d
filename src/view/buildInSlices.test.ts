// The model of a dataset open for this page only, built a slice per task: the same model buildModel makes (its
// edges, actors and time index answers), the share done reported after each slice and ending at 1, a cancel that
// stops it, and a dataset buildModel refuses refused the same way.
import { describe, expect, it } from 'vitest';
import { buildModel, DatasetError, type Dataset } from '../model';
import { DEFAULT_VIEW } from '../state/viewState';
import { ringDataset } from '../model/dataset/test-fixture';
import { buildInSlices, BuildCancelled } from './buildInSlices';
import { specOf } from './liveView';

const dataset = ringDataset(300);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('buildInSlices', () => {
  it.each([1, 7, 100, 10_000])('builds the model buildModel builds (slices of %i)', async (slice) => {
    const shares: number[] = [];
    const model = await buildInSlices(dataset, (s) => shares.push(s), undefined, slice);
    const oracle = buildModel(dataset);
    expect(model.edges.map((e) => e.key)).toEqual(oracle.edges.map((e) => e.key));
    expect([...model.actors.keys()]).toEqual([...oracle.actors.keys()]);
    expect(model.graph.order).toBe(oracle.graph.order);
    expect(model.graph.size).toBe(oracle.graph.size);
    let live = 0;
    for (const date of ['2019-01-01', '2020-06-01', '2023-03-15']) {
      const spec = specOf({ ...DEFAULT_VIEW, date: day(date) });
      expect(model.index.query(spec).sort()).toEqual(oracle.index.query(spec).sort());
      live += oracle.index.query(spec).length;
    }
    expect(live).toBeGreaterThan(0);
    const n = dataset.relations.length;
    expect(shares).toEqual([
      0,
      ...Array.from({ length: Math.ceil(n / slice) }, (_, i) => Math.min(n, (i + 1) * slice) / n),
    ]);
  });

  it('stops when cancelled', async () => {
    const control = new AbortController();
    const shares: number[] = [];
    const built = buildInSlices(
      dataset,
      (s) => (shares.push(s), s > 0 && control.abort()),
      control.signal,
      10,
    );
    await expect(built).rejects.toBeInstanceOf(BuildCancelled);
    expect(shares).toEqual([0, 10 / dataset.relations.length]);
  });

  it('refuses what buildModel refuses, with the same problems', async () => {
    const bad: Dataset = {
      ...dataset,
      relations: dataset.relations.map((r, i) => (i === 5 ? { ...r, target: 'nobody' } : r)),
    };
    const refusal = (() => {
      try {
        buildModel(bad);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(DatasetError);
    const built = buildInSlices(bad, () => {}, undefined, 3);
    await expect(built).rejects.toBeInstanceOf(DatasetError);
    await built.catch((e: DatasetError) => expect(e.problems).toEqual((refusal as DatasetError).problems));
  });
});
