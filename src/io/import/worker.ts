// The import's Web Worker: runs `readAny` off the main thread so a large file never freezes the page, and posts
// the readers' progress as it goes. The page cancels an import by terminating this worker (a reader busy in a
// loop would not see an abort message until it finished).
import { readAny, type ImportInput, type ImportResult, type TypeMapping } from './index';
import type { EventImportOptions } from './result';

export interface ImportRequest {
  readonly input: ImportInput;
  readonly fileName: string;
  readonly typeMapping?: TypeMapping;
  /** Event data: the window, evidence kept and code mapping the dialog chose (ignored by other formats). */
  readonly events?: EventImportOptions;
}

export type ImportMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly result: ImportResult }
  | { readonly type: 'failed'; readonly message: string };

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
    (result) => scope.postMessage({ type: 'done', result }),
    // A reader's own bug, not bad input (readers turn bad input into problems): said as it is.
    (err: unknown) =>
      scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
};
