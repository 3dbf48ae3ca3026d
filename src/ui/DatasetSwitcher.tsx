// The header's dataset switcher: the bundled datasets and the ones imported into this browser, and Remove for
// the imported one shown (the view then goes back to the bundled dataset).
import { useEffect, useState } from 'react';
import { listDatasets, onLibraryChange, removeDataset, type LibraryEntry } from '../state/library';
import type { ViewStore } from '../state/store';
import { DEFAULT_DATASET } from '../state/viewState';
import { switchTo } from './useImport';

export function DatasetSwitcher({ current, store }: { current: string; store: ViewStore }) {
  const [entries, setEntries] = useState<readonly LibraryEntry[]>([]);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => void listDatasets().then((list) => live && setEntries(list));
    refresh();
    const off = onLibraryChange(refresh);
    return () => {
      live = false;
      off();
    };
  }, []);

  const titles = new Map<string, number>();
  for (const e of entries) titles.set(e.title, (titles.get(e.title) ?? 0) + 1);
  // Two imports kept under one title (kept both) are told apart by their ids.
  const label = (e: LibraryEntry) => {
    if (!e.stored) return e.title;
    const how = e.unkept ? 'this page only' : 'imported';
    return (titles.get(e.title) ?? 0) > 1
      ? `${e.title} (${how}, ${e.id.replace(/^local:/, '')})`
      : `${e.title} (${how})`;
  };

  const shown = entries.find((e) => e.id === current);
  return (
    <span className="dataset-switcher">
      <label>
        Dataset{' '}
        <select value={current} title={shown?.title} onChange={(e) => switchTo(store, e.target.value)}>
          {!shown && <option value={current}>{current}</option>}
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {label(e)}
            </option>
          ))}
        </select>
      </label>
      {shown?.stored && (
        <button
          type="button"
          title="Forget this imported dataset in this browser"
          onClick={() => {
            switchTo(store, DEFAULT_DATASET);
            removeDataset(current).catch((e: unknown) => setNote(e instanceof Error ? e.message : String(e)));
          }}
        >
          Remove
        </button>
      )}
      {note && (
        <span role="status" className="export-note">
          {note}
        </span>
      )}
    </span>
  );
}
