// The app's one IndexedDB database (`faultline`): the library's imported datasets (store `datasets`) and the
// cached layout positions (store `layouts`). Opened once per page; every store this version knows is created on
// upgrade. Failures become StorageUnavailableError, so callers can fall back instead of crashing.
const DB_NAME = 'faultline';
const VERSION = 2;
export const STORES = { datasets: 'datasets', layouts: 'layouts' } as const;
export type StoreName = (typeof STORES)[keyof typeof STORES];

/** The browser refused IndexedDB (private mode in some browsers, a blocked origin), or a request failed. */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  constructor(readonly reason: string) {
    super(`The browser's storage is not available: ${reason}`);
  }
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new StorageUnavailableError(request.error?.message ?? 'unknown error'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new StorageUnavailableError('this browser has no IndexedDB'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORES.datasets))
        db.createObjectStore(STORES.datasets, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(STORES.layouts))
        db.createObjectStore(STORES.layouts, { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(new StorageUnavailableError(request.error?.message ?? 'it could not be opened'));
    };
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
  const tx = db.transaction(name, mode);
  const result = await promised(run(tx.objectStore(name)));
  await new Promise<void>((resolve, reject) => {
    if (mode === 'readonly') return resolve();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new StorageUnavailableError(tx.error?.message ?? 'the write failed'));
  });
  return result;
}
