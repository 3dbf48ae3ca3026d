// The database wrapper under the failures browsers really produce: a transaction aborted after its request
// succeeded (Chromium's quota refusal), a synchronous SecurityError, and the names of the DOMExceptions it maps.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageFullError, StorageUnavailableError, storageFailure, STORES, withStore } from './db';

describe('storageFailure', () => {
  it.each([
    ['QuotaExceededError', StorageFullError, /storage is not available: it is full/],
    ['SecurityError', StorageUnavailableError, /refuses it to this page \(private mode or site settings\)/],
    ['UnknownError', StorageUnavailableError, /storage is not available: disk trouble/],
  ])('%s', (name, type, message) => {
    const e = storageFailure(new DOMException('disk trouble', name), 'fallback');
    expect(e).toBeInstanceOf(type);
    expect(e.message).toMatch(message);
  });

  it('says the fallback when the browser gives no error', () => {
    expect(storageFailure(null, 'the write failed').message).toBe(
      "The browser's storage is not available: the write failed",
    );
  });
});

describe('withStore', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rejects, not hangs, when the transaction is aborted after its request succeeded', async () => {
    const write = withStore(STORES.datasets, 'readwrite', (s) => {
      const request = s.put({ id: 'aborted', title: 't', savedAt: 0, json: '{}' });
      request.addEventListener('success', () => s.transaction.abort());
      return request;
    });
    await expect(write).rejects.toThrow(StorageUnavailableError);
    const kept = await withStore(STORES.datasets, 'readonly', (s) => s.get('aborted') as IDBRequest<unknown>);
    expect(kept).toBeUndefined();
  });

  it('resolves a write once committed, and the value is there to read', async () => {
    await withStore(STORES.datasets, 'readwrite', (s) =>
      s.put({ id: 'kept', title: 't', savedAt: 0, json: '{}' }),
    );
    expect(await withStore(STORES.datasets, 'readonly', (s) => s.get('kept'))).toMatchObject({ id: 'kept' });
  });

  it('turns a SecurityError thrown by the browser into a refusal it can explain', async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open('faultline');
      r.onsuccess = () => resolve(r.result);
    });
    const proto = Object.getPrototypeOf(db) as IDBDatabase;
    vi.spyOn(proto, 'transaction').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    db.close();
    const read = withStore(STORES.datasets, 'readonly', (s) => s.get('kept'));
    await expect(read).rejects.toThrow(/refuses it to this page/);
  });
});
