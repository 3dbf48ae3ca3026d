// Getting a dataset's force-layout positions ready before the explorer draws it: from memory, else from the
// browser's cache (IndexedDB store `layouts`, keyed by a fingerprint of the places and pairs), else computed —
// on the main thread for a small graph, in a Web Worker for a large one — and then kept for the next visit.
// Storage trouble only means computing again; it never stops a dataset from opening. The map layout loads its
// module (d3-geo and the world atlas) on first use and computes its positions and basemap with it.
import type { Model } from '../model';
import {
  LAYOUT_SEED,
  forcePlaces,
  hasPositions,
  layoutGraph,
  layoutKey,
  seedForcePositions,
  seedGeoPositions,
  type LayoutGraph,
} from './layout';
import { SPACING } from './arrange';
import { keepGeoMap } from './geo/map';
import { geoPlacesOf } from './geo/places';
import type { LayoutReply, LayoutRequest } from './layout.worker';
import { STORES, withStore } from '../state/db';
import type { LayoutName, Point } from '../state/viewState';

/** Up to this many places the layout runs on the main thread: a worker's start-up would cost more. */
export const MAIN_THREAD_PLACES = 60;

interface CachedLayout {
  readonly key: string;
  readonly places: readonly (readonly [string, number, number])[];
}

/** What the loading screen says while positions are being made. */
export interface LayoutProgress {
  readonly places: number;
}

/** The force layout could not be computed in its worker. */
export class LayoutFailedError extends Error {
  override readonly name = 'LayoutFailedError';
  constructor(reason: string) {
    super(`The layout could not be computed: ${reason}`);
  }
}

function inWorker(graph: LayoutGraph): Promise<Map<string, Point>> {
  const worker = new Worker(new URL('../view/layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Map<string, Point>>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      const reply = e.data;
      if (reply.type === 'done') resolve(new Map(reply.places.map(([id, x, y]) => [id, { x, y }])));
      else reject(new LayoutFailedError(reply.message));
    };
    worker.onerror = (e) => reject(new LayoutFailedError(e.message));
    worker.postMessage({ elements: graph.elements } satisfies LayoutRequest);
  }).finally(() => worker.terminate());
}

/** Places kept in the browser under a layout key; undefined when none are (or storage fails). */
export async function cachedPlaces(key: string): Promise<Map<string, Point> | undefined> {
  try {
    const found = await withStore(
      STORES.layouts,
      'readonly',
      (s) => s.get(key) as IDBRequest<CachedLayout | undefined>,
    );
    return found && new Map(found.places.map(([id, x, y]) => [id, { x, y }]));
  } catch {
    return undefined;
  }
}

/** Keeps places for the next visit; storage trouble only means computing them again then. */
export async function keepPlaces(key: string, places: ReadonlyMap<string, Point>): Promise<void> {
  const record: CachedLayout = { key, places: [...places].map(([id, p]) => [id, p.x, p.y] as const) };
  try {
    await withStore(STORES.layouts, 'readwrite', (s) => s.put(record));
  } catch {
    // Not kept: the next visit computes it again.
  }
}

/** Resolves once `layoutPositions(model, layout)` answers at once; reports when a layout is being computed. */
export async function preparePositions(
  model: Model,
  layout: LayoutName,
  onProgress: (p: LayoutProgress) => void = () => {},
): Promise<void> {
  if (hasPositions(model, layout)) return;
  const graph = layoutGraph(model);
  if (layout === 'geo') {
    // Loaded on the first map, not with the app: d3-geo, topojson-client and Natural Earth's countries.
    const { geoLayout } = await import('./geo/project');
    const { byPlace, map } = geoLayout(geoPlacesOf(model, graph), SPACING, LAYOUT_SEED);
    keepGeoMap(model, map);
    seedGeoPositions(model, graph, byPlace);
    return;
  }
  const key = layoutKey(layout, graph.elements);
  const places = graph.elements.filter((e) => e.group === 'nodes').length;
  let byPlace = await cachedPlaces(key);
  if (!byPlace) {
    onProgress({ places });
    byPlace = places <= MAIN_THREAD_PLACES ? forcePlaces(graph.elements) : await inWorker(graph);
    await keepPlaces(key, byPlace);
  }
  seedForcePositions(model, graph, byPlace);
}
