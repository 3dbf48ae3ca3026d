// The stories of a dataset: the ones its file carries (`stories`) and the ones written or edited in this browser,
// kept in IndexedDB (src/state/db.ts, store `stories`, one record {dataset, stories, savedAt} per dataset library
// id) so edits outlive a reload. A kept story replaces the dataset's story of the same id; a kept story that no
// longer fits its dataset (imported again, changed) is left out, and the problems say why.
import type { Problem } from '../model/dataset/problems';
import type { Dataset } from '../model/dataset/schema';
import { checkStories } from '../model/story/check';
import { storySchema, type Story } from '../model/story/schema';
import { STORES, withStore } from './db';

export interface StoredStories {
  /** The dataset's library id (`af-pak`, `local:<id>`). */
  readonly dataset: string;
  readonly stories: readonly Story[];
  /** ms since the epoch. */
  readonly savedAt: number;
}

export interface DatasetStories {
  readonly stories: readonly Story[];
  /** Kept stories left out, each problem with its place (`kept stories[1].steps[0].view.date`). */
  readonly problems: readonly Problem[];
}

/** The stories kept for a dataset in this browser, as they were saved (checked by `storiesOf`). */
export async function storedStories(datasetId: string): Promise<readonly unknown[]> {
  const record = await withStore(
    STORES.stories,
    'readonly',
    (s) => s.get(datasetId) as IDBRequest<StoredStories | undefined>,
  );
  return record?.stories ?? [];
}

/** Keeps the stories written or edited for a dataset (all of them: the list replaces what was kept). */
export async function saveStories(datasetId: string, stories: readonly Story[]): Promise<void> {
  const record: StoredStories = { dataset: datasetId, stories, savedAt: Date.now() };
  await withStore(STORES.stories, 'readwrite', (s) => s.put(record));
}

/** The dataset's own stories with the kept ones merged in (a kept one replaces the dataset's of the same id). */
export function mergeStories(dataset: Dataset, kept: readonly unknown[]): DatasetStories {
  const problems: Problem[] = [];
  const good: Story[] = [];
  for (const [i, raw] of kept.entries()) {
    const path = `kept stories[${i}]`;
    const parsed = storySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push({
        path,
        message: 'is not a story any more (kept by an older version?)',
        severity: 'error',
      });
      continue;
    }
    const found = checkStories(dataset, [parsed.data], { path: 'kept stories' }).map((p) => ({
      ...p,
      path: p.path?.replace('kept stories[0]', path),
    }));
    if (found.length) problems.push(...found);
    else good.push(parsed.data);
  }
  const keptById = new Map(good.map((s) => [s.id, s]));
  const own = dataset.stories ?? [];
  const ownIds = new Set(own.map((s) => s.id));
  return {
    stories: [...own.map((s) => keptById.get(s.id) ?? s), ...good.filter((s) => !ownIds.has(s.id))],
    problems,
  };
}

/** The stories worth keeping: those the dataset does not carry as they are (new ones, and edited ones). */
export function keptPart(dataset: Dataset, stories: readonly Story[]): Story[] {
  const own = new Map((dataset.stories ?? []).map((s) => [s.id, JSON.stringify(s)]));
  return stories.filter((s) => own.get(s.id) !== JSON.stringify(s));
}

/** What the story panel lists for a dataset; storage trouble leaves the dataset's own stories. */
export async function loadStories(
  datasetId: string,
  dataset: Dataset,
): Promise<DatasetStories & { readonly storage?: string }> {
  try {
    return mergeStories(dataset, await storedStories(datasetId));
  } catch (e) {
    return { ...mergeStories(dataset, []), storage: e instanceof Error ? e.message : String(e) };
  }
}
