// The address bar binding, against a stand-in window: meaningful changes push at once, bursts of replace-type
// changes are written once after a pause, a push flushes what was pending, and back / forward restore the state.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createViewStore } from './store';
import { fromQuery } from './url';
import { REPLACE_DELAY_MS, bindUrl } from './urlSync';
import { DEFAULT_VIEW } from './viewState';

const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

function fakeWindow(search: string) {
  const listeners = new Map<string, () => void>();
  const entries: string[] = [search];
  let index = 0;
  const win = {
    location: { pathname: '/', hash: '', search },
    history: {
      pushState: vi.fn((_s: unknown, _t: string, url: string) => {
        entries.splice(index + 1, Infinity, url.slice(1));
        index++;
        win.location.search = url.slice(1);
      }),
      replaceState: vi.fn((_s: unknown, _t: string, url: string) => {
        entries[index] = url.slice(1);
        win.location.search = url.slice(1);
      }),
    },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id: number) => clearTimeout(id),
    back() {
      index--;
      win.location.search = entries[index]!;
      listeners.get('popstate')?.();
    },
  };
  return win;
}

describe('bindUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pushes meaningful changes at once and writes a burst of replaces once, after a pause', () => {
    const start = `?dataset=af-pak&date=2026-02-20`;
    const win = fakeWindow(start);
    const store = createViewStore(fromQuery(start));
    bindUrl(store, win as unknown as Window);

    store.update((s) => ({ ...s, theme: 'dark' }), 'push');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?dataset=af-pak&date=2026-02-20&theme=dark');

    for (let i = 1; i <= 5; i++)
      store.update((s) => ({ ...s, date: day('2026-02-20') + i * DAY }), 'replace');
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.location.search).toBe('?dataset=af-pak&date=2026-02-25&theme=dark');
  });

  it('lets a push carry a pending replace, and back restore the state before it', () => {
    const start = `?dataset=af-pak&date=2026-02-20`;
    const win = fakeWindow(start);
    const store = createViewStore(fromQuery(start));
    bindUrl(store, win as unknown as Window);

    store.update((s) => ({ ...s, date: day('2026-02-21') }), 'replace');
    store.update((s) => ({ ...s, filters: { ...s.filters, showAlleged: false } }), 'push');
    vi.advanceTimersByTime(REPLACE_DELAY_MS);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(win.location.search).toBe('?dataset=af-pak&date=2026-02-21&alleged=0');

    win.back();
    expect(store.get()).toEqual({ ...DEFAULT_VIEW, date: day('2026-02-20') });
  });
});
