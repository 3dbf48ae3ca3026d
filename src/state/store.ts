// A small external store for the view state, read by React through useSyncExternalStore. Every change says
// how history should record it: `push` for a meaningful change (a date chosen, a filter toggled), `replace` for
// play ticks and drags in progress, `none` for changes that came from history itself (back and forward).
import { useSyncExternalStore } from 'react';
import type { ViewState } from './viewState';

export type HistoryMode = 'push' | 'replace' | 'none';
export type Change = (s: ViewState) => ViewState;

export interface ViewStore {
  // Properties, not methods: React's useSyncExternalStore is given them unbound.
  readonly get: () => ViewState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Applies a change; nothing happens when it returns the same object. */
  update(change: Change, history: HistoryMode): void;
  /** Called after each effective update with the history mode it asked for (the URL binding listens). */
  onCommit(listener: (s: ViewState, history: HistoryMode) => void): () => void;
}

export function createViewStore(initial: ViewState): ViewStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const committers = new Set<(s: ViewState, history: HistoryMode) => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change, history) {
      const next = change(state);
      if (next === state) return;
      state = next;
      for (const l of committers) l(state, history);
      for (const l of listeners) l();
    },
    onCommit(listener) {
      committers.add(listener);
      return () => committers.delete(listener);
    },
  };
}

export function useViewState(store: ViewStore): ViewState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
