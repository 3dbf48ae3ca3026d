// The dataset library: the bundled datasets plus the ones a user imported, kept in the browser's IndexedDB
// (database `faultline`, store `datasets`, records {id, title, savedAt, json}) so a reload or a shared tab
// finds them again. An imported dataset's id is prefixed (`local:<dataset id>`) so the view state and the
// address bar tell it from a bundled one; `loadDataset` serves either kind.
import { buildModel, type Model } from '../model';
import type { Dataset } from '../model/dataset/schema';
import { DatasetError } from '../model/dataset/problems';
import { parseDatasetJson } from '../model/dataset/validate';
import { writeJson } from '../io/export/json';
import { BUNDLED, loadBundled } from './datasets';

export const LOCAL_PREFIX = 'local:';

const DB_NAME = 'faultline';
const STORE = 'datasets';

export interface StoredRecord {
  readonly id: string;
  readonly title: string;
  /** ms since the epoch. */
  readonly savedAt: number;
  readonly json: string;
}

export interface LibraryEntry {
  readonly id: string;
  readonly title: string;
  readonly stored: boolean;
}

export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_PREFIX);
}

/** The library id an imported dataset is kept under. */
export function localIdOf(dataset: Dataset): string {
  return `${LOCAL_PREFIX}${dataset.id}`;
}

/** A stored dataset the address names but this browser no longer has (cleared storage, another browser). */
export class StoredDatasetMissingError extends Error {
  override readonly name = 'StoredDatasetMissingError';
  constructor(readonly id: string) {
    super(
      `The imported dataset "${id.slice(LOCAL_PREFIX.length)}" is not kept in this browser (its storage may have been cleared). Import the file again, or open a bundled dataset.`,
    );
  }
}

/** The browser refused IndexedDB (private mode in some browsers, a blocked origin). */
export class LibraryUnavailableError extends Error {
  override readonly name = 'LibraryUnavailableError';
  constructor(reason: string) {
    super(`The browser's storage for imported datasets is not available: ${reason}`);
  }
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new LibraryUnavailableError(request.error?.message ?? 'unknown error'));
  });
}

let opening: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new LibraryUnavailableError('this browser has no IndexedDB'));
  }
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) {
        request.result.createObjectStore(STORE, { keyPath: 'id' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => {
      opening = null;
      reject(new LibraryUnavailableError(request.error?.message ?? 'it could not be opened'));
    };
  });
  return opening;
}

async function withStore<T>(
  mode: IDBTransactionMode,
  run: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb();
  const tx = db.transaction(STORE, mode);
  const result = await promised(run(tx.objectStore(STORE)));
  // A write counts as kept only once its transaction has committed.
  await new Promise<void>((resolve, reject) => {
    if (mode === 'readonly') return resolve();
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(new LibraryUnavailableError(tx.error?.message ?? 'the write failed'));
  });
  return result;
}

const listeners = new Set<(id: string) => void>();

/**
 * Called with the id after every save or removal, so the dataset switcher lists what is kept now and the app
 * reloads a dataset imported again under the id it shows.
 */
export function onLibraryChange(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(id: string): void {
  for (const l of listeners) l(id);
}

/** Keeps an imported dataset (replacing one imported before under the same id); returns its library id. */
export async function saveDataset(dataset: Dataset): Promise<string> {
  const record: StoredRecord = {
    id: localIdOf(dataset),
    title: dataset.title,
    savedAt: Date.now(),
    json: writeJson(dataset),
  };
  await withStore('readwrite', (s) => s.put(record));
  changed(record.id);
  return record.id;
}

export async function removeDataset(id: string): Promise<void> {
  await withStore('readwrite', (s) => s.delete(id));
  changed(id);
}

export async function storedDatasets(): Promise<StoredRecord[]> {
  const all = await withStore('readonly', (s) => s.getAll() as IDBRequest<StoredRecord[]>);
  return all.sort((a, b) => b.savedAt - a.savedAt);
}

/** Bundled datasets first (by id), then the stored ones, newest first. Storage trouble leaves the bundled list. */
export async function listDatasets(): Promise<LibraryEntry[]> {
  const bundled = [...BUNDLED.keys()].sort().map((id) => ({ id, title: id, stored: false }));
  let stored: StoredRecord[] = [];
  try {
    stored = await storedDatasets();
  } catch (e) {
    if (!(e instanceof LibraryUnavailableError)) throw e;
  }
  return [...bundled, ...stored.map((r) => ({ id: r.id, title: r.title, stored: true }))];
}

/** The model of a bundled or stored dataset; a stored one is validated again, as any input is. */
export async function loadDataset(id: string): Promise<Model> {
  if (!isLocalId(id)) return loadBundled(id);
  const record = await withStore('readonly', (s) => s.get(id) as IDBRequest<StoredRecord | undefined>);
  if (!record) throw new StoredDatasetMissingError(id);
  // As when it was imported: a relation without a quote is shown as unsourced, not refused.
  const result = parseDatasetJson(record.json, {
    file: `${record.title} (kept in this browser)`,
    requireEvidence: false,
  });
  if (!result.ok) throw new DatasetError(result.problems);
  return buildModel(result.value);
}
