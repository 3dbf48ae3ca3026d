// Actor search (label or alias, case- and diacritics-insensitive) as an ARIA combobox; choosing an actor focuses
// it: its neighbourhood (1 or 2 hops) stays, the rest dims. The focus lives in the view state and the URL.
import { memo, useId, useMemo, useState } from 'react';
import type { Model } from '../model';
import type { ViewStore } from '../state/store';
import type { Focus } from '../state/viewState';
import { searchActors } from './search';

export const Search = memo(function Search({
  model,
  focus,
  store,
}: {
  model: Model;
  focus: Focus | null;
  store: ViewStore;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchActors(model, query), [model, query]);
  const listId = useId();
  const setFocus = (f: Focus | null) =>
    store.update(
      (s) => ({ ...s, focus: f, selection: f ? { kind: 'actor', id: f.id } : s.selection }),
      'push',
    );
  const choose = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    setFocus({ id: hit.actor.id, hops: focus?.hops ?? 1 });
    setQuery('');
  };
  const focused = focus ? model.actors.get(focus.id) : undefined;
  return (
    <section className="search" aria-label="Search actors">
      <label className="search-label" htmlFor={`${listId}-input`}>
        Find an actor
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
        aria-autocomplete="list"
        placeholder="Name or alias"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {hits.length > 0 && (
        <ul id={listId} role="listbox" className="search-hits">
          {hits.map((h, i) => (
            <li
              key={h.actor.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(i);
              }}
            >
              {h.actor.actor.label}
              {h.matched !== h.actor.actor.label && <span className="muted"> ({h.matched})</span>}
            </li>
          ))}
        </ul>
      )}
      {focus && (
        <div className="focus-bar">
          <span>
            Focus: <strong>{focused?.actor.label ?? focus.id}</strong>
          </span>
          <span role="group" aria-label="Neighbourhood" className="segmented">
            {([1, 2] as const).map((h) => (
              <button
                key={h}
                type="button"
                aria-pressed={focus.hops === h}
                onClick={() => setFocus({ ...focus, hops: h })}
              >
                {h} hop{h === 2 ? 's' : ''}
              </button>
            ))}
          </span>
          <button type="button" onClick={() => setFocus(null)}>
            Clear
          </button>
        </div>
      )}
    </section>
  );
});
