// The app's one IndexedDB database (`faultline`): the library's imported datasets (store `datasets`), the
// cached layout positions (store `layouts`) and the stories written in this browser (store `stories`). Opened once per page; every store this version knows is created on
// upgrade. Failures become StorageUnavailableError (StorageFullError when the quota is exceeded), so callers can
// say what happened and offer a way on instead of crashing or waiting: a write ends on complete, error or abort,
// and browsers abort a transaction that outgrows the quota without an error event.
const DB_NAME = 'faultline';
const VERSION = 4;
/**
 * Indexes of the datasets store (version 4): the library lists kept datasets by these keys alone, so listing never
 * reads (and copies) every kept dataset's JSON.
 */
export const DATASET_INDEXES = { title: 'title', savedAt: 'savedAt' } as const;
export const STORES = { datasets: 'datasets', layouts: 'layouts', stories: 'stories' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/** The browser refused IndexedDB (private mode in some browsers, a blocked origin), or a request failed. */
export class StorageUnavailableError extends Error {
  override readonly name: string = 'StorageUnavailableError';
  constructor(readonly reason: string) {
    super(`The browser's storage is not available: ${reason}`);
  }
}

/** A write the browser refused for want of space (its quota for this page is used up). */
export class StorageFullError extends StorageUnavailableError {
  override readonly name = 'StorageFullError';
  constructor() {
    super('it is full (the quota this browser gives the page is used up)');
  }
}

/** What a DOMException from IndexedDB means for the reader of the message. */
export function storageFailure(
  error: DOMException | null | undefined,
  fallback: string,
): StorageUnavailableError {
  if (error?.name === 'QuotaExceededError') return new StorageFullError();
  // SecurityError's own text ("The operation is insecure.") says nothing a reader can act on.
  if (error?.name === 'SecurityError') {
    return new StorageUnavailableError('the browser refuses it to this page (private mode or site settings)');
  }
  return new StorageUnavailableError(error?.message ?? fallback);
}

/** Runs `start`, turning what it throws (IndexedDB throws SecurityError synchronously) into a refusal. */
function guarded<T>(start: () => T, fallback: string): T {
  try {
    return start();
  } catch (e) {
    throw storageFailure(e instanceof DOMException ? e : null, e instanceof Error ? e.message : fallback);
  }
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storageFailure(request.error, 'a request failed'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageUnavailableError('this browser has no IndexedDB'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = guarded(() => indexedDB.open(DB_NAME, VERSION), 'it could not be opened');
    request.onupgradeneeded = () => {
      const db = request.result;
      const datasets = db.objectStoreNames.contains(STORES.datasets)
        ? request.transaction!.objectStore(STORES.datasets)
        : db.createObjectStore(STORES.datasets, { keyPath: 'id' });
      for (const index of Object.values(DATASET_INDEXES))
        if (!datasets.indexNames.contains(index)) datasets.createIndex(index, index);
      if (!db.objectStoreNames.contains(STORES.layouts))
        db.createObjectStore(STORES.layouts, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(STORES.stories))
        db.createObjectStore(STORES.stories, { keyPath: 'dataset' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storageFailure(request.error, 'it could not be opened'));
    request.onblocked = () =>
      reject(new StorageUnavailableError('another tab holds an older version of it open; close that tab'));
  }).catch((e: unknown) => {
    // The next call tries again: the refusal may have been the user's, since lifted.
    opening = null;
    throw e;
  });
  return opening;
}

/** Runs one request in its own transaction; a write resolves only once its transaction has committed. */
export async function withStore<T>(
  name: StoreName,
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  const tx = guarded(() => db.transaction(name, mode), 'it refused the transaction');
  // Listened to from the start: an aborted transaction fires abort, and only sometimes error before it.
  const ended = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(storageFailure(tx.error, 'the write failed'));
    tx.onabort = () => reject(storageFailure(tx.error, 'the browser abandoned the write'));
  });
  const request = guarded(() => run(tx.objectStore(name)), 'it refused the request');
  // A failed request aborts the transaction too; the first reason wins, the other is expected.
  ended.catch(() => undefined);
  const result = await promised(request);
  if (mode !== 'readonly') await ended;
  return result;
}

/**
 * Every (index key, primary key) pair of one index of a store, read with a key cursor: the records themselves are
 * never read.
 */
export async function indexKeys(
  name: StoreName,
  index: string,
): Promise<(readonly [IDBValidKey, IDBValidKey])[]> {
  const db = await openDb();
  const tx = guarded(() => db.transaction(name, 'readonly'), 'it refused the transaction');
  return new Promise((resolve, reject) => {
    const pairs: (readonly [IDBValidKey, IDBValidKey])[] = [];
    tx.onabort = () => reject(storageFailure(tx.error, 'the browser abandoned the read'));
    const cursor = guarded(() => tx.objectStore(name).index(index).openKeyCursor(), 'it refused the request');
    cursor.onerror = () => reject(storageFailure(cursor.error, 'a request failed'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return resolve(pairs);
      pairs.push([at.key, at.primaryKey]);
      at.continue();
    };
  });
}
