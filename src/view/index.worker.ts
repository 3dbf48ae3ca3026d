// Sorts and indexes a model's edges off the page: receives their spans as columns (`spanColumns`), answers the
// index's ordered parts (`indexColumns`), every array transferred, not copied. For a dataset already in memory
// (open for this page only), whose model the page builds itself; a kept one is indexed by openStored.worker.ts.
import { indexColumns, partsBuffers, type OrderedParts, type SpanColumns } from '../model';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SpanColumns>) => void) | null;
  postMessage(message: OrderedParts, transfer: Transferable[]): void;
};

scope.onmessage = (e) => {
  const parts = indexColumns(e.data);
  scope.postMessage(parts, partsBuffers(parts));
};
