// The time index of a model being built on the page, sorted in a worker (index.worker.ts) so that the sort of every
// edge (0.2–0.5 s for 200,000 relations) is not a task of the page's. Where there are no workers (the unit tests'
// Node), the same function runs here.
import { indexColumns, type OrderedParts, type SpanColumns } from '../model';

export function indexOffPage(columns: SpanColumns): Promise<OrderedParts> {
  if (typeof Worker === 'undefined') return Promise.resolve(indexColumns(columns));
  const worker = new Worker(new URL('./index.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<OrderedParts>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<OrderedParts>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The time index could not be built: ${e.message}`));
    };
    worker.postMessage(columns, [columns.start.buffer, columns.end.buffer, columns.event.buffer]);
  });
}
