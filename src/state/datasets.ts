// The datasets bundled with the app (every graph-data/*.json, by file name without extension) and loading one:
// fetched as text, validated at the edge (parseDatasetJson), then built into the model once.
import { buildModel, type Model } from '../model';
import { DatasetError } from '../model/dataset/problems';
import { parseDatasetJson } from '../model/dataset/validate';

const urls = import.meta.glob<string>('../../graph-data/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** Bundled dataset id → its file name and the URL the build serves it at. */
export const BUNDLED: ReadonlyMap<string, { readonly file: string; readonly url: string }> = new Map(
  Object.entries(urls).map(([path, url]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return [file.replace(/\.json$/, ''), { file, url }];
  }),
);

/** A dataset id in the URL that names no bundled dataset. */
export class UnknownDatasetError extends Error {
  override readonly name = 'UnknownDatasetError';
  constructor(readonly id: string) {
    super(`There is no bundled dataset "${id}". Bundled: ${[...BUNDLED.keys()].join(', ') || 'none'}.`);
  }
}

/** A dataset file that could not be fetched. */
export class DatasetFetchError extends Error {
  override readonly name = 'DatasetFetchError';
  constructor(
    readonly file: string,
    readonly status: number,
  ) {
    super(`${file}: could not be loaded (HTTP ${status}).`);
  }
}

export async function loadBundled(id: string): Promise<Model> {
  const entry = BUNDLED.get(id);
  if (!entry) throw new UnknownDatasetError(id);
  const response = await fetch(entry.url);
  if (!response.ok) throw new DatasetFetchError(entry.file, response.status);
  const result = parseDatasetJson(await response.text(), { file: entry.file });
  if (!result.ok) throw new DatasetError(result.problems);
  return buildModel(result.value);
}
