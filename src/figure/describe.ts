// The words and the inventory of one view, for the figure: the date or window and the mode in words, the active
// filters in words, the sources behind the relations shown, and which actor kinds, relation types and marks are
// present (so the legend shows exactly those). Pure: reads the model, the view state and the live view.
import { DAY_MS, type Model } from '../model';
import { ACTOR_KIND_INFO, type ActorKind, type RelationTypeInfo } from '../model';
import type { Source } from '../model';
import { parseWhen } from '../model';
import { formatDateLong, formatInstant, formatSpan } from '../model';
import type { ViewState } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import type { Presence } from './legend-svg';

export interface ViewWords {
  readonly when: string;
  readonly mode: string;
}

/** The day or window of a view and how it reads time, in words. */
export function viewWords(spec: LiveView['spec']): ViewWords {
  switch (spec.mode) {
    case 'snapshot': {
      const days = Math.round(spec.memory / DAY_MS);
      return {
        when: formatDateLong(spec.at),
        mode:
          days > 0
            ? `snapshot: relations holding that day and events of the ${days} day${days === 1 ? '' : 's'} before`
            : 'snapshot: relations holding that day and events of that day',
      };
    }
    case 'window':
      return {
        when: formatSpan(parseWhen(`${formatInstant(spec.from)}/${formatInstant(spec.to)}`)),
        mode: 'window: every relation that held or happened in it',
      };
    case 'cumulative':
      return {
        when: `up to ${formatDateLong(spec.at)}`,
        mode: 'cumulative: every relation recorded until then',
      };
  }
}

const list = (items: readonly string[]) => items.join(', ');

/** The filters and focus that change what is drawn, in words; "Filters: none" when nothing is filtered. */
export function filterWords(state: Pick<ViewState, 'filters' | 'focus'>, model: Model): string {
  const f = state.filters;
  const parts: string[] = [];
  if (f.hiddenTypes.length)
    parts.push(
      `hidden relation types: ${list(f.hiddenTypes.map((t) => model.relationTypes.get(t)?.label ?? t))}`,
    );
  if (f.hiddenKinds.length)
    parts.push(`hidden actor kinds: ${list(f.hiddenKinds.map((k) => ACTOR_KIND_INFO[k].label))}`);
  if (!f.showReported) parts.push('reported relations hidden');
  if (!f.showAlleged) parts.push('alleged relations hidden');
  if (f.hideIsolated) parts.push('actors without a relation in view hidden');
  if (state.focus) {
    const label = model.actors.get(state.focus.id)?.actor.label ?? state.focus.id;
    const hops = state.focus.hops === 1 ? '1 step' : `${state.focus.hops} steps`;
    parts.push(`focus on ${label} and the actors within ${hops} (others dimmed)`);
  }
  return parts.length ? `Filters: ${parts.join('; ')}` : 'Filters: none';
}

/** "2026", "April 2026", "24 February 2026": when a source was published, no more precisely than it says. */
function publishedWords(edtf: string): string {
  return formatSpan(parseWhen(edtf)).replace(/^in /, '');
}

export function sourceLine(source: Source): string {
  const parts = [
    source.author,
    `“${source.title}”`,
    source.publisher,
    publishedWords(source.published),
  ].filter((p): p is string => Boolean(p));
  return parts.join(', ');
}

/** The sources the evidence of the shown relations cites, in the dataset's order. */
export function sourcesShown(model: Model, live: Pick<LiveView, 'edges'>): Source[] {
  const cited = new Set<string>();
  for (const key of live.edges) {
    for (const e of model.edgeByKey.get(key)?.relation.evidence ?? []) cited.add(e.source);
  }
  return model.dataset.sources.filter((s) => cited.has(s.id));
}

/** The relation types of the shown edges, in the model's order (the legend's order). */
export function typesShown(model: Model, live: Pick<LiveView, 'edges'>): RelationTypeInfo[] {
  const ids = new Set<string>();
  for (const key of live.edges) {
    const e = model.edgeByKey.get(key);
    if (e) ids.add(e.type);
  }
  return [...model.relationTypes.values()].filter((t) => ids.has(t.id));
}

export function presenceOf(model: Model, live: LiveView): Presence {
  const kinds = new Set<ActorKind>();
  for (const id of live.actors) {
    const a = model.actors.get(id);
    if (a) kinds.add(a.actor.kind);
  }
  let alleged = false;
  for (const key of live.edges) if (model.edgeByKey.get(key)?.status === 'alleged') alleged = true;
  return { kinds, alleged, mediator: live.mediators.size > 0, fading: live.age.size > 0 };
}
