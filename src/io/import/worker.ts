// The import's Web Worker: runs `readAny` off the main thread so a large file never freezes the page, and posts
// the readers' progress as it goes. The page cancels an import by terminating this worker (a reader busy in a
// loop would not see an abort message until it finished).
import { readAny, type ImportInput, type ImportResult, type TypeMapping } from './index';
import type { EventImportOptions } from './result';
import type { Dataset } from '../../model';
import { relationsText } from '../../model';
import { writeJson } from '../export';

export interface ImportRequest {
  readonly input: ImportInput;
  readonly fileName: string;
  readonly typeMapping?: TypeMapping;
  /** Event data: the window, evidence kept and code mapping the dialog chose (ignored by other formats). */
  readonly events?: EventImportOptions;
}

export type ImportMessage =
  | { readonly type: 'progress'; readonly done: number }
  /**
   * A slice of the dataset's relations as JSON text (`relationsText`), sent ahead of a large result so no one message
   * is long to receive.
   */
  | { readonly type: 'relations'; readonly relations: string }
  /**
   * The result; a large dataset's relations came ahead in slices (its own list is empty), and `json` is the
   * dataset as Faultline's JSON, written here so that keeping it in the browser does not hold the page.
   */
  | { readonly type: 'done'; readonly result: ImportResult; readonly json?: string }
  | { readonly type: 'failed'; readonly message: string };

/** Relations per message of a large result: a few tens of ms for the page to receive each. */
export const RELATIONS_PER_MESSAGE = 1_000;

/** Posts a result, a large dataset's relations ahead of it in slices, with the dataset's JSON when it can be kept. */
function postResult(result: ImportResult): void {
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  if (!dataset || dataset.relations.length <= RELATIONS_PER_MESSAGE) {
    scope.postMessage({ type: 'done', result });
    return;
  }
  const json = result.ok ? writeJson(dataset) : undefined;
  for (let i = 0; i < dataset.relations.length; i += RELATIONS_PER_MESSAGE) {
    scope.postMessage({
      type: 'relations',
      relations: relationsText(dataset.relations.slice(i, i + RELATIONS_PER_MESSAGE)),
    });
  }
  const head: Dataset = { ...dataset, relations: [] };
  const light: ImportResult = result.ok
    ? { ...result, dataset: head }
    : { ...result, partial: { ...result.partial!, dataset: head } };
  scope.postMessage({ type: 'done', result: light, ...(json !== undefined && { json }) });
}

/** Progress is posted at most this often: a message per row would cost more than the reading. */
const PROGRESS_EVERY_MS = 50;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: ImportMessage): void;
};

scope.onmessage = (e) => {
  const { input, fileName, typeMapping, events } = e.data;
  let last = 0;
  const onProgress = (done: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS) return;
    last = now;
    scope.postMessage({ type: 'progress', done });
  };
  readAny(input, fileName, {
    ...(typeMapping && { typeMapping }),
    ...(events && { events }),
    onProgress,
  }).then(
    (result) => postResult(result),
    // A reader's own bug, not bad input (readers turn bad input into problems): said as it is.
    (err: unknown) =>
      scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
};
