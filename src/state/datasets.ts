// The datasets bundled with the app (every graph-data/*.json, by file name without extension) and loading one:
// fetched as text, validated at the edge (parseDatasetJson), then built into the model once.
import { buildModel, type Model } from '../model';
import { DatasetError } from '../model';
import { parseDatasetJson } from '../model';
import { timedPhase } from './openTimes';

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

/** What loading a dataset is doing now, for the loading screen. */
export type LoadPhase = 'reading' | 'checking' | 'building';

export type OnPhase = (phase: LoadPhase) => void;

/** Above this size a load pauses between phases, so the page paints the phase it is in. */
const PAUSE_ABOVE_CHARS = 2_000_000;

/** One frame's pause: the status set before it is painted before the next long step blocks the page. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'undefined') setTimeout(resolve, 0);
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/** Checks a dataset's JSON (as any input is) and builds its model, phase by phase. */
export async function modelFromJson(
  json: string,
  options: Parameters<typeof parseDatasetJson>[1],
  onPhase: OnPhase,
): Promise<Model> {
  const large = json.length > PAUSE_ABOVE_CHARS;
  onPhase('checking');
  if (large) await painted();
  const result = timedPhase('check', () => parseDatasetJson(json, options));
  if (!result.ok) throw new DatasetError(result.problems);
  onPhase('building');
  if (large) await painted();
  return timedPhase('build', () => buildModel(result.value));
}

export async function loadBundled(id: string, onPhase: OnPhase = () => {}): Promise<Model> {
  const entry = BUNDLED.get(id);
  if (!entry) throw new UnknownDatasetError(id);
  onPhase('reading');
  const response = await fetch(entry.url);
  if (!response.ok) throw new DatasetFetchError(entry.file, response.status);
  return modelFromJson(await response.text(), { file: entry.file }, onPhase);
}
