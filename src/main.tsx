// Entry point: the view state from the address bar, bound to history, and the app rendered into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createViewStore } from './state/store';
import { fromQuery } from './state/url';
import { bindUrl } from './state/urlSync';
import './ui/styles.css';

const store = createViewStore(fromQuery(window.location.search));
bindUrl(store);

const root = document.getElementById('root')!;
root.dataset.ready = 'false';
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
