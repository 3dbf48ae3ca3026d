// Running an import for the app: a user's file, pasted text or a URL's body becomes an `ImportSource`, and
// `startImport` reads it in a Web Worker (src/io/import/worker.ts), reporting progress and cancellable by
// terminating the worker. Files over the limit are refused here, before a byte is read.
import {
  ImportCancelled,
  MAX_IMPORT_BYTES,
  pastedFileName,
  type ImportResult,
  type TypeMapping,
} from '../io/import';
import { sizeProblem } from '../io/import/text';
import type { ImportMessage, ImportRequest } from '../io/import/worker';

/** What was given to import, kept so the mapping step can read it again with the user's choices. */
export interface ImportSource {
  readonly fileName: string;
  readonly input: ArrayBuffer | string;
}

export type ImportPhase = 'reading' | 'parsing';

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Share of the phase done, 0 to 1; null when the phase cannot say. */
  readonly done: number | null;
}

/** A `?data=` address that is not http(s), or whose fetch failed. */
export class ImportFetchError extends Error {
  override readonly name = 'ImportFetchError';
  constructor(
    readonly url: string,
    reason: string,
  ) {
    super(`${url} could not be imported: ${reason}`);
  }
}

/** The refusal of a file over the limit, as an import result, or undefined when it may be read. */
export function refuseLarge(size: number, fileName: string): ImportResult | undefined {
  const problem = sizeProblem(size, fileName);
  return problem ? { ok: false, problems: [problem] } : undefined;
}

export async function fileSource(file: File): Promise<ImportSource> {
  return { fileName: file.name, input: await file.arrayBuffer() };
}

/** Pasted text, named so that the format can be told from it: XML and JSON by their first character, else CSV. */
export function pastedSource(text: string): ImportSource {
  return { fileName: pastedFileName(text), input: text };
}

/** The http(s) address `raw` names (relative ones against the page), or an ImportFetchError. */
export function dataUrl(raw: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new ImportFetchError(raw, 'it is not an address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportFetchError(raw, 'only http(s) addresses are imported');
  }
  return url;
}

export async function fetchSource(url: URL): Promise<ImportSource | ImportResult> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new ImportFetchError(
      url.href,
      `the request failed (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (!response.ok) throw new ImportFetchError(url.href, `the server answered HTTP ${response.status}`);
  const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)) || url.hostname;
  const declared = Number(response.headers.get('content-length') ?? 0);
  const refused = refuseLarge(declared, name);
  if (refused) return refused;
  return { fileName: name, input: await response.arrayBuffer() };
}

export interface RunningImport {
  readonly result: Promise<ImportResult>;
  /** Stops the worker; `result` then rejects with ImportCancelled. */
  cancel(): void;
}

export function startImport(
  source: ImportSource,
  onProgress: (p: ImportProgress) => void,
  typeMapping?: TypeMapping,
): RunningImport {
  const size = typeof source.input === 'string' ? source.input.length : source.input.byteLength;
  const refused = refuseLarge(size, source.fileName);
  if (refused) return { result: Promise.resolve(refused), cancel: () => undefined };
  const worker = new Worker(new URL('../io/import/worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (e: unknown) => void } | null = null;
  const result = new Promise<ImportResult>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      const m = e.data;
      if (m.type === 'progress') return onProgress({ phase: 'parsing', done: m.done });
      worker.terminate();
      if (m.type === 'done') resolve(m.result);
      else reject(new Error(`The import stopped on an internal error: ${m.message}`));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The import could not run: ${e.message}`));
    };
  });
  onProgress({ phase: 'parsing', done: 0 });
  // Copied, not transferred: the mapping step reads the same bytes again.
  const request: ImportRequest = {
    input: source.input,
    fileName: source.fileName,
    ...(typeMapping && { typeMapping }),
  };
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      settle?.reject(new ImportCancelled());
    },
  };
}

export { MAX_IMPORT_BYTES };
