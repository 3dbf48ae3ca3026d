// Binds the view store to the address bar: meaningful changes push a history entry at once, play ticks and drags
// replace the current one (written after a short pause: browsers make history calls cost a millisecond or two
// and throttle floods of them), and back / forward put the state of that entry back into the store.
import type { ViewStore } from './store';
import { fromQuery, toQuery } from './url';

/** How long a run of `replace` changes waits before the address bar is rewritten. */
export const REPLACE_DELAY_MS = 150;

export function bindUrl(store: ViewStore, win: Window = window): () => void {
  let pending: number | null = null;
  const write = (mode: 'push' | 'replace') => {
    const query = toQuery(store.get());
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const cancel = () => {
    if (pending !== null) win.clearTimeout(pending);
    pending = null;
  };
  const offCommit = store.onCommit((_state, history) => {
    if (history === 'none') return;
    if (history === 'push') {
      cancel();
      write('push');
    } else if (pending === null) {
      pending = win.setTimeout(() => {
        pending = null;
        write('replace');
      }, REPLACE_DELAY_MS);
    }
  });
  const onPop = () => {
    cancel();
    store.update(() => fromQuery(win.location.search), 'none');
  };
  win.addEventListener('popstate', onPop);
  return () => {
    cancel();
    offCommit();
    win.removeEventListener('popstate', onPop);
  };
}
