// A database kept by the version before (3: datasets without indexes) opens under this version with its datasets
// intact and listed by the new indexes: the upgrade adds the indexes over the records already there.
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Makes the database as version 3 left it: the three stores, datasets keyed by id, no index. */
function version3(factory: IDBFactory, records: readonly object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('faultline', 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      const datasets = db.createObjectStore('datasets', { keyPath: 'id' });
      db.createObjectStore('layouts', { keyPath: 'key' });
      db.createObjectStore('stories', { keyPath: 'dataset' });
      for (const r of records) datasets.put(r);
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('the upgrade from version 3', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('adds the indexes over the kept datasets, which stay readable', async () => {
    // A browser of its own, and the library's modules loaded afresh so that they open it (not the shared one).
    const factory = new IDBFactory();
    await version3(factory, [
      { id: 'local:a', title: 'Alpha', savedAt: 10, json: '{"a":1}' },
      { id: 'local:b', title: 'Beta', savedAt: 20, json: '{"b":2}' },
    ]);
    vi.stubGlobal('indexedDB', factory);
    vi.resetModules();
    const { storedDatasets } = await import('./library');
    const { withStore, STORES } = await import('./db');
    expect(await storedDatasets()).toEqual([
      { id: 'local:b', title: 'Beta', savedAt: 20 },
      { id: 'local:a', title: 'Alpha', savedAt: 10 },
    ]);
    const a = await withStore(
      STORES.datasets,
      'readonly',
      (s) => s.get('local:a') as IDBRequest<{ json: string }>,
    );
    expect(a.json).toBe('{"a":1}');
  });
});
