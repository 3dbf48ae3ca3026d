// The Web Worker that opens a dataset kept in the browser without holding the page: it reads the record from
// IndexedDB, checks its JSON as any input is checked, and sends the dataset back in parts (its lists, then its
// relations a slice at a time) so that no one message costs the page a long task to receive. Then it works out
// the force layout's places for the dataset (from the browser's cache, or computed here) while the page builds
// the model from the parts. The page builds its own model: graphology and the time index do not cross threads.
import { parseDatasetJson } from '../model';
import type { Problem } from '../model';
import type { Dataset } from '../model';
import { relationsText } from '../model';
import { recordsOf } from '../model';
import { indexParts, partsBuffers, type IndexParts } from '../model';
import { STORES, withStore } from '../state/db';
import type { StoredRecord } from '../state/library';
import { cachedPlaces, keepPlaces } from './positions';
import type { LayoutName } from '../state/viewState';
import { forcePlaces, layoutGraph, layoutKey } from './layout';

export interface OpenRequest {
  readonly id: string;
  readonly layout: LayoutName;
  /** Relations per message (tests make it small). */
  readonly slice?: number;
}

export type OpenMessage =
  | { readonly type: 'phase'; readonly phase: 'checking' }
  | { readonly type: 'missing' }
  | { readonly type: 'invalid'; readonly problems: readonly Problem[] }
  /** The dataset with no relations yet, and how many will follow. */
  | { readonly type: 'head'; readonly dataset: Dataset; readonly relations: number }
  /** A slice of the relations as JSON text (`relationsText`). */
  | { readonly type: 'relations'; readonly relations: string }
  /** The time index of the relations, sorted here: the page only wraps it. */
  | { readonly type: 'index'; readonly parts: IndexParts }
  | { readonly type: 'laying-out'; readonly places: number }
  | {
      readonly type: 'places';
      /** Actor id → its place, and each place's point: what seedForcePositions takes. */
      readonly place: readonly (readonly [string, string])[];
      readonly byPlace: readonly (readonly [string, number, number])[];
    }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };

/** A few tens of ms for the page to receive and build, on a slow machine. */
export const RELATIONS_PER_MESSAGE = 1_000;

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenMessage, transfer?: Transferable[]): void;
};

async function open({ id, layout, slice = RELATIONS_PER_MESSAGE }: OpenRequest): Promise<void> {
  const record = await withStore(
    STORES.datasets,
    'readonly',
    (s) => s.get(id) as IDBRequest<StoredRecord | undefined>,
  );
  if (!record) return scope.postMessage({ type: 'missing' });
  scope.postMessage({ type: 'phase', phase: 'checking' });
  // As when it was imported: a relation without a quote is shown as unsourced, not refused.
  const result = parseDatasetJson(record.json, {
    file: `${record.title} (kept in this browser)`,
    requireEvidence: false,
  });
  if (!result.ok) return scope.postMessage({ type: 'invalid', problems: result.problems });
  const dataset = result.value;
  const { relations } = dataset;
  scope.postMessage({ type: 'head', dataset: { ...dataset, relations: [] }, relations: relations.length });
  for (let i = 0; i < relations.length; i += slice) {
    scope.postMessage({ type: 'relations', relations: relationsText(relations.slice(i, i + slice)) });
  }
  // The page builds the same records from the same relations, so the index's edge order is the page's too.
  const records = recordsOf(dataset);
  const parts = indexParts(records.edges);
  scope.postMessage({ type: 'index', parts }, partsBuffers(parts));
  // Only the force layout is worth working out ahead: the others are arranged at once when asked for.
  if (layout === 'fcose') {
    const graph = layoutGraph(records);
    const key = layoutKey(layout, graph.elements);
    let byPlace = await cachedPlaces(key);
    if (!byPlace) {
      scope.postMessage({
        type: 'laying-out',
        places: graph.elements.filter((e) => e.group === 'nodes').length,
      });
      byPlace = forcePlaces(graph.elements);
      await keepPlaces(key, byPlace);
    }
    scope.postMessage({
      type: 'places',
      place: [...graph.place],
      byPlace: [...byPlace].map(([p, { x, y }]) => [p, x, y] as const),
    });
  }
  scope.postMessage({ type: 'done' });
}

scope.onmessage = (e) => {
  open(e.data).catch((err: unknown) =>
    scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
};
