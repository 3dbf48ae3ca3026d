// Binds the view store to the address bar: meaningful changes push a history entry, play ticks and drags
// replace the current one, and back / forward put the state of that entry back into the store.
import type { ViewStore } from './store';
import { fromQuery, toQuery } from './url';

export function bindUrl(store: ViewStore, win: Window = window): () => void {
  const offCommit = store.onCommit((state, history) => {
    if (history === 'none') return;
    const query = toQuery(state);
    if (query === win.location.search) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    if (history === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  const onPop = () => store.update(() => fromQuery(win.location.search), 'none');
  win.addEventListener('popstate', onPop);
  return () => {
    offCommit();
    win.removeEventListener('popstate', onPop);
  };
}
