// The library over a real IndexedDB implementation (fake-indexeddb): a second save under a kept id asks instead
// of overwriting, replace and keep-both do what they say, and a dataset opened for this page only is listed and
// loaded without being stored.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../model/dataset/schema';
import { writeJson } from '../io/export';
import {
  besideKept,
  DatasetExistsError,
  keepForThisPage,
  listDatasets,
  loadDataset,
  rememberJson,
  saveDataset,
  storedDatasets,
  type StoredRecord,
} from './library';
import { STORES, withStore } from './db';

function dataset(id: string, title: string): Dataset {
  return {
    format: 'faultline-dataset/1',
    id,
    title,
    actors: [
      { id: 'a', label: 'A', kind: 'state' },
      { id: 'b', label: 'B', kind: 'state' },
    ],
    relations: [{ id: 'r', type: 'alliance', source: 'a', target: 'b', when: '2020', evidence: [] }],
    sources: [],
  } as unknown as Dataset;
}

describe('saveDataset', () => {
  it('keeps a new id, refuses to overwrite a kept one unless told, and keeps both under the next free id', async () => {
    expect(await saveDataset(dataset('trade', 'First'))).toBe('local:trade');
    const again = saveDataset(dataset('trade', 'Second'));
    await expect(again).rejects.toBeInstanceOf(DatasetExistsError);
    await expect(again).rejects.toMatchObject({ id: 'local:trade', title: 'First' });
    expect((await storedDatasets()).find((r) => r.id === 'local:trade')?.title).toBe('First');

    expect(await saveDataset(dataset('trade', 'Second'), true)).toBe('local:trade');
    expect((await storedDatasets()).find((r) => r.id === 'local:trade')?.title).toBe('Second');

    const beside = await besideKept(dataset('trade', 'Third'));
    expect(beside.id).toBe('trade-2');
    expect(await saveDataset(beside)).toBe('local:trade-2');
    expect((await besideKept(dataset('trade', 'Fourth'))).id).toBe('trade-3');
  });
});

/** The JSON kept under a library id, read from the store itself. */
async function storedJson(id: string): Promise<string | undefined> {
  const record = await withStore(
    STORES.datasets,
    'readonly',
    (s) => s.get(id) as IDBRequest<StoredRecord | undefined>,
  );
  return record?.json;
}

describe('saveDataset with the JSON the worker wrote', () => {
  it('keeps that text when replacing, without writing its own', async () => {
    await saveDataset(dataset('swap', 'Old'));
    const imported = dataset('swap', 'New');
    const fromWorker = writeJson(imported).replace('"New"', '"Written by the worker"');
    rememberJson(imported, fromWorker);
    expect(await saveDataset(imported, true)).toBe('local:swap');
    expect(await storedJson('local:swap')).toBe(fromWorker);
  });
});

describe('besideKept', () => {
  it('brings the JSON the worker wrote along under the new id, so keeping both does not write it again', async () => {
    const first = dataset('large', 'Large');
    expect(await saveDataset(first)).toBe('local:large');
    const imported = dataset('large', 'Large again');
    // Text no writer would give for it, remembered as the worker's: if saving wrote JSON itself, this would not
    // be what is kept.
    const fromWorker = writeJson(imported).replace('"Large again"', '"Written by the worker"');
    rememberJson(imported, fromWorker);
    const beside = await besideKept(imported);
    expect(await saveDataset(beside)).toBe('local:large-2');
    expect(await storedJson('local:large-2')).toBe(fromWorker.replace('"id": "large"', '"id": "large-2"'));
  });

  it('writes the JSON on the page when the worker wrote none (a small import)', async () => {
    const beside = await besideKept(dataset('small', 'Small'));
    await saveDataset(beside);
    expect(await storedJson('local:small-2')).toBe(writeJson(beside));
  });
});

describe('keepForThisPage', () => {
  it('lists and loads a dataset the browser was not asked to store', async () => {
    const id = keepForThisPage(dataset('unstored', 'Here only'));
    expect(await listDatasets()).toContainEqual({ id, title: 'Here only', stored: true, unkept: true });
    expect((await storedDatasets()).some((r) => r.id === id)).toBe(false);
    const model = await loadDataset(id);
    expect(model.dataset.relations.map((r) => r.id)).toEqual(['r']);
  });
});

describe('storedDatasets', () => {
  it('lists kept datasets newest first from the indexes, without reading any record', async () => {
    await saveDataset(dataset('older-one', 'Older'), true);
    await new Promise((r) => setTimeout(r, 5));
    await saveDataset(dataset('newer-one', 'Newer'), true);
    const reads = [
      vi.spyOn(IDBObjectStore.prototype, 'get'),
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
    ];
    const kept = await storedDatasets();
    for (const read of reads) expect(read).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    const ids = kept.map((k) => k.id);
    expect(ids.indexOf('local:newer-one')).toBeLessThan(ids.indexOf('local:older-one'));
    expect(kept.find((k) => k.id === 'local:older-one')).toMatchObject({ title: 'Older' });
    expect(kept.every((k, i) => i === 0 || kept[i - 1]!.savedAt >= k.savedAt)).toBe(true);
    expect(kept.every((k) => !('json' in k))).toBe(true);
  });
});
