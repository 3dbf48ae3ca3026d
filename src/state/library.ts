// The dataset library: the bundled datasets plus the ones a user imported, kept in the browser's IndexedDB
// (src/state/db.ts, store `datasets`, records {id, title, savedAt, json}) so a reload or a shared tab
// finds them again. An imported dataset's id is prefixed (`local:<dataset id>`) so the view state and the
// address bar tell it from a bundled one; `loadDataset` serves either kind. When the browser will not keep a
// dataset (storage full, refused), it can still be opened for this page's life only (`keepForThisPage`).
import { buildModel, type Model } from '../model';
import type { Dataset } from '../model';
import { jsonWithId, writeJson } from '../io/export';
import { BUNDLED, loadBundled, modelFromJson, type OnPhase } from './datasets';
import { DATASET_INDEXES, indexKeys, STORES, StorageUnavailableError, withStore } from './db';
import { timedPhase } from './openTimes';

export const LOCAL_PREFIX = 'local:';

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
  /** Open for this page's life only: the browser would not keep it. */
  readonly unkept?: boolean;
}

/** Datasets opened without being kept, by library id; a reload loses them, as the dialog says. */
const unkept = new Map<string, Dataset>();

/** Opens an imported dataset for this page only (no storage); returns its library id. */
export function keepForThisPage(dataset: Dataset): string {
  const id = localIdOf(dataset);
  unkept.set(id, dataset);
  changed(id);
  return id;
}

/** Whether the dataset under this id is open for this page only (not in the browser's storage). */
export function isKeptForThisPage(id: string): boolean {
  return unkept.has(id);
}

/** The dataset open for this page only under `id`, if there is one. */
export function keptForThisPage(id: string): Dataset | undefined {
  return unkept.get(id);
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

/**
 * A dataset is already kept under the id an import would be kept under (imported before, or just now from
 * another tab): the user decides between replacing it and keeping both.
 */
export class DatasetExistsError extends Error {
  override readonly name = 'DatasetExistsError';
  constructor(
    readonly id: string,
    readonly title: string,
    /** When the kept one was saved, ms since the epoch. */
    readonly savedAt: number,
  ) {
    super(
      `A dataset "${title}" is already kept in this browser under the id "${id.slice(LOCAL_PREFIX.length)}".`,
    );
  }
}

/** Datasets whose JSON was written already (by the import's worker), so keeping them need not write it again. */
const written = new WeakMap<Dataset, string>();

/** Remembers the JSON of a dataset as writeJson would write it, for saveDataset. */
export function rememberJson(dataset: Dataset, json: string): void {
  written.set(dataset, json);
}

/**
 * Keeps an imported dataset; returns its library id. Unless `replace`, a dataset already kept under the same id is
 * left as it is and DatasetExistsError says so: looked up and written in one transaction, so two tabs saving the
 * same id cannot both believe they were first.
 */
export async function saveDataset(dataset: Dataset, replace = false): Promise<string> {
  const record: StoredRecord = {
    id: localIdOf(dataset),
    title: dataset.title,
    savedAt: Date.now(),
    json: written.get(dataset) ?? timedPhase('save', () => writeJson(dataset)),
  };
  const before = await withStore(STORES.datasets, 'readwrite', (s) => {
    const get = s.get(record.id) as IDBRequest<StoredRecord | undefined>;
    get.addEventListener('success', () => {
      if (replace || get.result === undefined) s.put(record);
    });
    return get;
  });
  if (before && !replace) throw new DatasetExistsError(before.id, before.title, before.savedAt);
  unkept.delete(record.id);
  changed(record.id);
  return record.id;
}

/**
 * The dataset under the first id not kept yet (`<id>-2`, `<id>-3`, …), so that it can be kept beside the other.
 * The JSON the import's worker wrote for it comes along with the id rewritten, so keeping it does not write a
 * large dataset again on the page.
 */
export async function besideKept(dataset: Dataset): Promise<Dataset> {
  const kept = new Set((await storedDatasets()).map((r) => r.id));
  let n = 2;
  while (kept.has(`${LOCAL_PREFIX}${dataset.id}-${n}`)) n++;
  const moved = { ...dataset, id: `${dataset.id}-${n}` };
  const json = written.get(dataset);
  const again = json === undefined ? undefined : jsonWithId(json, dataset, moved.id);
  if (again !== undefined) written.set(moved, again);
  return moved;
}

export async function removeDataset(id: string): Promise<void> {
  if (unkept.delete(id)) return changed(id);
  await withStore(STORES.datasets, 'readwrite', (s) => s.delete(id));
  changed(id);
}

/** What the library knows of a kept dataset without reading it. */
export type KeptEntry = Omit<StoredRecord, 'json'>;

/** The kept datasets, newest first, read from the store's indexes: no dataset's JSON is read to list them. */
export async function storedDatasets(): Promise<KeptEntry[]> {
  const [titles, times] = await Promise.all([
    indexKeys(STORES.datasets, DATASET_INDEXES.title),
    indexKeys(STORES.datasets, DATASET_INDEXES.savedAt),
  ]);
  // The keys are what saveDataset wrote: the id and title strings, the time a number.
  const titleOf = new Map(titles.map(([title, id]) => [id as string, title as string]));
  return times
    .map(([savedAt, id]) => ({
      id: id as string,
      title: titleOf.get(id as string) ?? '',
      savedAt: savedAt as number,
    }))
    .sort((a, b) => b.savedAt - a.savedAt);
}

/** Bundled datasets first (by id), then the stored ones, newest first. Storage trouble leaves the bundled list. */
export async function listDatasets(): Promise<LibraryEntry[]> {
  const bundled = [...BUNDLED.keys()].sort().map((id) => ({ id, title: id, stored: false }));
  let stored: KeptEntry[] = [];
  try {
    stored = await storedDatasets();
  } catch (e) {
    if (!(e instanceof StorageUnavailableError)) throw e;
  }
  const onlyHere = [...unkept].filter(([id]) => !stored.some((r) => r.id === id));
  return [
    ...bundled,
    ...onlyHere.map(([id, d]) => ({ id, title: d.title, stored: true, unkept: true })),
    ...stored.map((r) => ({ id: r.id, title: r.title, stored: true })),
  ];
}

/** The model of a bundled or stored dataset; a stored one is validated again, as any input is. */
export async function loadDataset(id: string, onPhase: OnPhase = () => {}): Promise<Model> {
  if (!isLocalId(id)) return loadBundled(id, onPhase);
  const here = unkept.get(id);
  if (here) {
    onPhase('building');
    return timedPhase('build', () => buildModel(here));
  }
  onPhase('reading');
  const record = await timedPhase('read', () =>
    withStore(STORES.datasets, 'readonly', (s) => s.get(id) as IDBRequest<StoredRecord | undefined>),
  );
  if (!record) throw new StoredDatasetMissingError(id);
  // As when it was imported: a relation without a quote is shown as unsourced, not refused.
  return modelFromJson(
    record.json,
    { file: `${record.title} (kept in this browser)`, requireEvidence: false },
    onPhase,
  );
}
