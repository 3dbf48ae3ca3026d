// Positions are made once and kept: a dataset opened again takes its force layout from the browser's cache
// (here fake-indexeddb) without computing, another dataset gets its own, and storage trouble only means
// computing again. The worker path for large graphs runs in the browser (e2e/scale.spec.ts).
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../model';
import { FIXTURE, ringDataset } from '../model/dataset/test-fixture';
import { hasPositions, layoutPositions } from './layout';
import { STORES, withStore } from '../state/db';
import { preparePositions } from './positions';

const storedKeys = () => withStore(STORES.layouts, 'readonly', (s) => s.getAllKeys());

describe('preparePositions', () => {
  it('computes when storage is unavailable, and still opens', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const model = buildModel(FIXTURE);
      const progress = vi.fn();
      await preparePositions(model, 'fcose', progress);
      expect(hasPositions(model, 'fcose')).toBe(true);
      expect(progress).toHaveBeenCalledWith({ places: FIXTURE.actors.length });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('computes the first time, keeps the result, and reads it back for the same data', async () => {
    // Other test files may share this fake IndexedDB: count what this test adds.
    const before = (await storedKeys()).length;
    const first = buildModel(ringDataset(30));
    const progress = vi.fn();
    await preparePositions(first, 'fcose', progress);
    expect(progress).toHaveBeenCalledTimes(1);
    expect(await storedKeys()).toHaveLength(before + 1);

    const again = buildModel(ringDataset(30));
    const quiet = vi.fn();
    await preparePositions(again, 'fcose', quiet);
    expect(quiet).not.toHaveBeenCalled();
    expect(layoutPositions(again, 'fcose')).toEqual(layoutPositions(first, 'fcose'));
  });

  it('keeps other data under its own key', async () => {
    const before = (await storedKeys()).length;
    await preparePositions(buildModel(ringDataset(31)), 'fcose');
    expect(await storedKeys()).toHaveLength(before + 1);
  });

  it('has nothing to do for the layouts that are computed at once', async () => {
    const model = buildModel(ringDataset(32));
    const progress = vi.fn();
    await preparePositions(model, 'concentric', progress);
    expect(progress).not.toHaveBeenCalled();
    expect(hasPositions(model, 'fcose')).toBe(false);
  });
});
