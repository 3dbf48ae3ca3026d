// `window.__faultline`: the small, typed, read-only handle the end-to-end tests and the benchmark read the app
// through: the Cytoscape instance, the model, the view state and what the view shows. Set by the app once a
// dataset has rendered; every field is a getter, so it always answers with the current values.
import type { Core } from 'cytoscape';
import type { Model } from './model';
import type { FigureExporter } from './io/export';
import type { GraphHandle } from './view/graphHandle';
import type { LiveView } from './view/liveView';
import type { ViewStore } from './state/store';
import type { ViewState } from './state/viewState';

export interface FaultlineHandle {
  readonly cy: Core;
  readonly model: Model;
  readonly view: ViewState;
  readonly live: LiveView;
  /** The store, for tests that set a state the way a control would. */
  readonly store: ViewStore;
  /** Image and animation export of the current view, as the export dialog runs them (tests, the command line). */
  readonly export: FigureExporter;
  /** The benchmark's naive baseline: each view change removes every element and adds the live set anew. */
  readonly setNaiveRebuild: (on: boolean) => void;
  /** The large graph's line layer: whether it is on, what its last frame drew (lines, small nodes); else null. */
  readonly lines: {
    readonly enabled: boolean;
    readonly lastFrame: { readonly lines: number; readonly nodes: number };
  } | null;
  /** Hands every line back to Cytoscape (off) or to the line layer (on): the pixel test's baseline. */
  readonly setLineLayer: (on: boolean) => void;
}

declare global {
  interface Window {
    __faultline?: FaultlineHandle;
  }
}

export interface HookSources {
  /** The graph's handle: the hook's `cy` is its read-only instance, for assertions. */
  readonly graph: GraphHandle;
  readonly model: () => Model;
  readonly live: () => LiveView;
  readonly store: ViewStore;
  readonly exporter: FigureExporter;
}

export function publishTestHook(src: HookSources): void {
  const handle = Object.freeze(
    Object.defineProperties({} as FaultlineHandle, {
      cy: { get: () => src.graph.inspect(), enumerable: true },
      model: { get: src.model, enumerable: true },
      view: { get: () => src.store.get(), enumerable: true },
      live: { get: src.live, enumerable: true },
      store: { get: () => src.store, enumerable: true },
      export: { get: () => src.exporter, enumerable: true },
      setNaiveRebuild: { value: (on: boolean) => src.graph.setNaiveRebuild(on), enumerable: true },
      lines: {
        get: () => {
          const l = src.graph.lines;
          return l && { enabled: l.enabled(), lastFrame: l.lastFrame };
        },
        enumerable: true,
      },
      setLineLayer: { value: (on: boolean) => src.graph.lines?.setEnabled(on), enumerable: true },
    }),
  );
  window.__faultline = handle;
}
