// Opening a dataset for the explorer, with its positions ready, without holding the page for long: a dataset kept
// in the browser is read, checked and laid out in a worker (openStored.worker.ts) and its model built here a slice
// of relations per message, each its own short task, with the share done reported for the loading screen. One open
// for this page only is already in memory: built a slice per task here (buildInSlices.ts). Bundled datasets (small)
// take the library's way.
import { DatasetError } from '../model';
import type { Model } from '../model';
import type { Relation } from '../model';
import type { IndexParts } from '../model';
import { ModelAssembler, relationsFromText, StringPool } from '../model';
import type { LoadPhase } from '../state/datasets';
import {
  isKeptForThisPage,
  isLocalId,
  keptForThisPage,
  loadDataset,
  StoredDatasetMissingError,
} from '../state/library';
import { buildInSlices } from './buildInSlices';
import { measureSince, timedPhase } from '../state/openTimes';
import { preparePositions, type LayoutProgress } from './positions';
import type { LayoutName } from '../state/viewState';
import { seedForcePositions } from './layout';
import type { OpenMessage, OpenRequest } from './openStored.worker';

/** What the loading screen says: a phase, the share of the model built, or the first layout of its places. */
export type OpenStep = LoadPhase | LayoutProgress | { readonly building: number };

/** Opening was called off (another dataset was asked for): the worker is stopped, nothing is shown. */
export class OpenCancelled extends Error {
  override readonly name = 'OpenCancelled';
  constructor() {
    super('Opening the dataset was cancelled.');
  }
}

/** The model of a bundled or kept dataset, with the positions of `layout` ready to draw. */
export async function openDataset(
  id: string,
  layout: LayoutName,
  onStep: (step: OpenStep) => void,
  signal?: AbortSignal,
): Promise<Model> {
  if (isLocalId(id) && !isKeptForThisPage(id)) return openStored(id, layout, onStep, signal);
  const here = keptForThisPage(id);
  const model = here
    ? await buildInSlices(here, (building) => onStep({ building }), signal)
    : await loadDataset(id, onStep);
  await timedPhase('layout', () => preparePositions(model, layout, onStep));
  return model;
}

/** A dataset kept in the browser, opened through the worker; rejects as loadDataset would. */
export function openStored(
  id: string,
  layout: LayoutName,
  onStep: (step: OpenStep) => void,
  signal?: AbortSignal,
  slice?: number,
): Promise<Model> {
  const worker = new Worker(new URL('./openStored.worker.ts', import.meta.url), { type: 'module' });
  const opened = performance.now();
  return new Promise<Model>((resolve, reject) => {
    let assembler: ModelAssembler | null = null;
    let relations: Relation[] = [];
    let expected = 0;
    let model: Model | null = null;
    let finishing = false;
    let places: Extract<OpenMessage, { type: 'places' }> | null = null;
    let index: IndexParts | null = null;
    let layoutFrom = NaN;
    let cancelled = false;
    const fail = (e: unknown) => {
      cancelled = true;
      worker.terminate();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const settle = () => {
      if (!model || (layout === 'fcose' && !places)) return;
      if (places) {
        seedForcePositions(
          model,
          { place: new Map(places.place) },
          new Map(places.byPlace.map(([p, x, y]) => [p, { x, y }])),
        );
        measureSince('layout', layoutFrom);
      }
      worker.terminate();
      resolve(model);
    };
    signal?.addEventListener('abort', () => fail(new OpenCancelled()));
    // Slices wait here and are built one per task, with a turn of the event loop between them: the messages
    // arrive faster than they are built, and built back to back they left the page no moment to answer input
    // (measured: BENCHMARKS.md, "Reliability: opening 200,000 relations").
    // As received: JSON text, parsed when its turn comes to be built.
    const waiting: string[] = [];
    const pool = new StringPool();
    let draining = false;
    let layingOut = false;
    const finishWhenComplete = () => {
      if (!assembler || !index || finishing || relations.length !== expected || waiting.length) return;
      finishing = true;
      const [ready, parts] = [assembler, index];
      // The time index in a task of its own, not after the last slice's.
      setTimeout(() => {
        if (cancelled) return;
        try {
          const from = performance.now();
          model = ready.finish({}, parts);
          measureSince('index', from);
          layoutFrom = performance.now();
          settle();
        } catch (err) {
          fail(err);
        }
      }, 0);
    };
    const drain = () => {
      draining = false;
      if (cancelled) return;
      const slice = waiting.shift();
      if (slice === undefined) return;
      const start = performance.now();
      try {
        for (const r of relationsFromText(slice, pool)) relations.push(r);
        assembler!.add(relations.length);
        measureSince('build', start);
        // Once the worker says it is laying out places (the longer wait, for a first visit), the loading screen
        // keeps saying so while the last slices are built, rather than flicking back to the share built.
        if (!layingOut) onStep({ building: relations.length / Math.max(1, expected) });
      } catch (err) {
        return fail(err);
      }
      if (waiting.length) schedule();
      finishWhenComplete();
    };
    const schedule = () => {
      if (draining) return;
      draining = true;
      setTimeout(drain, 0);
    };
    onStep('reading');
    worker.onmessage = (e: MessageEvent<OpenMessage>) => {
      const m = e.data;
      try {
        switch (m.type) {
          case 'phase':
            measureSince('read', opened);
            return onStep(m.phase);
          case 'missing':
            return fail(new StoredDatasetMissingError(id));
          case 'invalid':
            return fail(new DatasetError(m.problems));
          case 'failed':
            return fail(new Error(m.message));
          case 'head':
            measureSince('check', opened);
            // The assembler reads the dataset's own array, which the slices below fill.
            relations = m.dataset.relations;
            expected = m.relations;
            assembler = new ModelAssembler(m.dataset);
            onStep({ building: 0 });
            break;
          case 'relations':
            waiting.push(m.relations);
            schedule();
            break;
          case 'index':
            index = m.parts;
            break;
          case 'laying-out':
            layingOut = true;
            return onStep({ places: m.places });
          case 'places':
            places = m;
            break;
          case 'done':
            break;
        }
        finishWhenComplete();
        settle();
      } catch (err) {
        fail(err);
      }
    };
    worker.onerror = (e) => fail(new Error(`The dataset could not be opened: ${e.message}`));
    worker.postMessage({ id, layout, ...(slice && { slice }) } satisfies OpenRequest);
  });
}
