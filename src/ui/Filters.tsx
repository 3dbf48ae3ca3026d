// The filter panel: relation types grouped by tone, actor kinds, reported vs alleged, hide isolated actors, and
// when imprecisely dated events count as live.
// Each change is a meaningful step in history (pushState). The same filters apply to the graph and the table.
import { memo, type ReactNode } from 'react';
import { ACTOR_KINDS, ACTOR_KIND_INFO, type ActorKind, type RelationTypeInfo, type Tone } from '../model';
import type { ImpreciseRule } from '../model';
import type { ViewStore } from '../state/store';
import type { Filters as FilterState } from '../state/viewState';

const IMPRECISE_TITLES: readonly (readonly [ImpreciseRule, string])[] = [
  ['always', 'whenever their span meets the view'],
  ['whole-span', 'only when the whole span is in view'],
  ['never', 'never'],
];

const TONE_TITLES: Readonly<Record<Tone, string>> = {
  cooperative: 'Cooperative',
  hostile: 'Hostile',
  mediation: 'Mediation',
};

function toggled<T>(list: readonly T[], item: T, hidden: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return hidden ? [...rest, item].sort() : rest;
}

function Check({
  checked,
  onChange,
  children,
}: {
  checked: boolean;
  onChange: (v: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {children}
    </label>
  );
}

export const Filters = memo(function Filters({
  filters,
  types,
  store,
}: {
  filters: FilterState;
  types: ReadonlyMap<string, RelationTypeInfo>;
  store: ViewStore;
}) {
  const set = (patch: Partial<FilterState>) =>
    store.update((s) => ({ ...s, filters: { ...s.filters, ...patch } }), 'push');
  const tones: Tone[] = ['cooperative', 'hostile', 'mediation'];
  return (
    <section className="filters" aria-label="Filters">
      <h2>Filters</h2>
      {tones.map((tone) => {
        const ofTone = [...types.values()].filter((t) => t.tone === tone);
        if (ofTone.length === 0) return null;
        const allShown = ofTone.every((t) => !filters.hiddenTypes.includes(t.id));
        return (
          <fieldset key={tone} className={`tone-${tone}`}>
            <legend>
              <Check
                checked={allShown}
                onChange={(v) =>
                  set({
                    hiddenTypes: v
                      ? filters.hiddenTypes.filter((id) => !ofTone.some((t) => t.id === id))
                      : [...new Set([...filters.hiddenTypes, ...ofTone.map((t) => t.id)])].sort(),
                  })
                }
              >
                {TONE_TITLES[tone]}
              </Check>
            </legend>
            {ofTone.map((t) => (
              <Check
                key={t.id}
                checked={!filters.hiddenTypes.includes(t.id)}
                onChange={(v) => set({ hiddenTypes: toggled(filters.hiddenTypes, t.id, !v) })}
              >
                {t.label}
              </Check>
            ))}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Actor kinds</legend>
        {ACTOR_KINDS.map((k: ActorKind) => (
          <Check
            key={k}
            checked={!filters.hiddenKinds.includes(k)}
            onChange={(v) => set({ hiddenKinds: toggled(filters.hiddenKinds, k, !v) })}
          >
            {ACTOR_KIND_INFO[k].label}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        <Check checked={filters.showReported} onChange={(v) => set({ showReported: v })}>
          Reported
        </Check>
        <Check checked={filters.showAlleged} onChange={(v) => set({ showAlleged: v })}>
          Alleged
        </Check>
      </fieldset>
      <Check checked={filters.hideIsolated} onChange={(v) => set({ hideIsolated: v })}>
        Hide isolated actors
      </Check>
      <label
        className="imprecise-rule"
        title="Events dated to a month or coarser, or to a range wider than the event memory: an event known only as “in 2023” may have happened on any day of 2023"
      >
        Show imprecise events{' '}
        <select
          value={filters.imprecise}
          onChange={(e) => set({ imprecise: e.target.value as ImpreciseRule })}
        >
          {IMPRECISE_TITLES.map(([rule, title]) => (
            <option key={rule} value={rule}>
              {title}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
});
