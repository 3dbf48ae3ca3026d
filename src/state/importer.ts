// Running an import for the app: a user's file, pasted text or a URL's body becomes an `ImportSource`, and
// `startImport` reads it in a Web Worker (src/io/import/worker.ts), reporting progress and cancellable by
// terminating the worker. Files over the limit are refused here, before a byte is read (or, for a download of
// undeclared size, as soon as it passes the limit).
import {
  ImportCancelled,
  MAX_IMPORT_BYTES,
  pastedFileName,
  type ImportResult,
  type TypeMapping,
} from '../io/import';
import { sizeProblem, streamedSizeProblem } from '../io/import';
import type { EventImportOptions } from '../io/import';
import type { ImportMessage, ImportRequest } from '../io/import';
import type { Relation } from '../model';
import { relationsFromText, StringPool } from '../model';
import { rememberJson } from './library';
import { measureSince } from './openTimes';

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

/** How long a `?data=` server may send nothing (before answering, or between parts) before the import gives up. */
export const DATA_IDLE_TIMEOUT_MS = 30_000;

export interface FetchOptions {
  /** Aborting it stops the download; the result then rejects with ImportCancelled. */
  readonly signal?: AbortSignal;
  readonly idleTimeoutMs?: number;
  /** The size limit (tests lower it); MAX_IMPORT_BYTES by default. */
  readonly maxBytes?: number;
}

function joined(chunks: readonly Uint8Array[], total: number): ArrayBuffer {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

/**
 * Downloads a `?data=` address. The body is read as a stream and refused as soon as it passes the size limit
 * (a server need not declare the size), and a server silent for `idleTimeoutMs` is given up on, so the import
 * neither hangs nor reads a gigabyte to refuse it.
 */
export async function fetchSource(
  url: URL,
  options: FetchOptions = {},
): Promise<ImportSource | ImportResult> {
  const idleMs = options.idleTimeoutMs ?? DATA_IDLE_TIMEOUT_MS;
  const limit = options.maxBytes ?? MAX_IMPORT_BYTES;
  const control = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waitAgain = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      control.abort();
    }, idleMs);
  };
  const cancel = () => control.abort();
  options.signal?.addEventListener('abort', cancel);
  if (options.signal?.aborted) control.abort();
  const failed = (e: unknown): never => {
    if (options.signal?.aborted) throw new ImportCancelled();
    if (timedOut) {
      throw new ImportFetchError(
        url.href,
        `the server sent nothing for ${idleMs / 1000} s; try again later, or allow longer with datatimeout=<seconds> in the address`,
      );
    }
    throw new ImportFetchError(
      url.href,
      `the request failed (${e instanceof Error ? e.message : String(e)})`,
    );
  };
  try {
    waitAgain();
    const response = await fetch(url, { signal: control.signal }).catch(failed);
    if (!response.ok) throw new ImportFetchError(url.href, `the server answered HTTP ${response.status}`);
    const name = decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1)) || url.hostname;
    const refused = refuseLarge(Number(response.headers.get('content-length') ?? 0), name);
    if (refused || !response.body) {
      await response.body?.cancel();
      return refused ?? { fileName: name, input: new ArrayBuffer(0) };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      waitAgain();
      const part = await reader.read().catch(failed);
      if (part.done) break;
      total += part.value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return { ok: false, problems: [streamedSizeProblem(name, limit)] };
      }
      chunks.push(part.value);
    }
    return { fileName: name, input: joined(chunks, total) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** The result with the relations received ahead of it put back into its dataset (none came: it is whole). */
function withRelations(result: ImportResult, relations: Relation[]): ImportResult {
  if (relations.length === 0) return result;
  if (result.ok) return { ...result, dataset: { ...result.dataset, relations } };
  return result.partial
    ? { ...result, partial: { ...result.partial, dataset: { ...result.partial.dataset, relations } } }
    : result;
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
  events?: EventImportOptions,
): RunningImport {
  const size = typeof source.input === 'string' ? source.input.length : source.input.byteLength;
  const refused = refuseLarge(size, source.fileName);
  if (refused) return { result: Promise.resolve(refused), cancel: () => undefined };
  const worker = new Worker(new URL('../io/import/worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (e: unknown) => void } | null = null;
  const result = new Promise<ImportResult>((resolve, reject) => {
    settle = { reject };
    // A large dataset's relations arrive in slices ahead of the result, each message a short task to receive.
    const relations: Relation[] = [];
    const pool = new StringPool();
    worker.onmessage = (e: MessageEvent<ImportMessage>) => {
      // Chromium reads a message's structured clone when `data` is first read.
      const start = performance.now();
      const m = e.data;
      if (m.type === 'progress') return onProgress({ phase: 'parsing', done: m.done });
      if (m.type === 'relations') {
        for (const r of relationsFromText(m.relations, pool)) relations.push(r);
        return measureSince('receive', start);
      }
      worker.terminate();
      if (m.type === 'failed')
        return reject(new Error(`The import stopped on an internal error: ${m.message}`));
      const result = withRelations(m.result, relations);
      const dataset = result.ok ? result.dataset : undefined;
      if (dataset && m.json !== undefined) rememberJson(dataset, m.json);
      measureSince('receive', start);
      resolve(result);
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
    ...(events && { events }),
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
