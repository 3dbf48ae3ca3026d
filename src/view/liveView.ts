// What the explorer shows at one view state: the model's live subgraph (its LiveSet, moved by the time index's
// diffs) narrowed by the filters and to actors that exist at that time, with what the picture needs per element:
// each actor's weighted degree, who is mediating, how old each event is, and what the focus dims. Pure; GraphView,
// the table and the details read it.
import {
  DAY_MS,
  LiveSet,
  actorExistence,
  boundsOf,
  isImprecise,
  keepsImprecise,
  type EdgeRecord,
  type Model,
  type ViewDiff,
  type ViewSpec,
} from '../model';
import { DEFAULT_WINDOW_DAYS, type Filters, type Focus, type ViewState } from '../state/viewState';
import { ageStep } from '../look/look';
import { pairLines, type PairLine } from './pairs';

/** Compare mode's marks on a relation drawn one line each: new since the earlier date, ended, or its pair flipped. */
export type ChangeMark = 'added' | 'ended' | 'flipped';

/**
 * Compare mode's input, computed by the caller with the view's filters, reading views as drawn (diffViews with
 * `existingActors`): the earlier date's snapshot (`from`), the diff from it to the view now (for the pairs whose
 * stance changed and the relations that ended), and the edges that appeared in between:
 * live at some time after the earlier date up to now and not at the earlier date, so an event that happened in
 * between counts as new even when it has faded from the snapshot by now.
 */
export interface CompareInput {
  readonly from: ViewSpec;
  readonly diff: ViewDiff;
  readonly appeared: readonly string[];
}

/** What changed from the compared (earlier) date to the view's date, as the graph marks it. */
export interface ViewChanges {
  /** The earlier view. */
  readonly from: ViewSpec;
  readonly diff: ViewDiff;
  /** Relations that appeared since the earlier date (passing the filters, their actors existing). */
  readonly added: ReadonlySet<string>;
  /** Lasting relations that held at the earlier date and no longer do (events happen; they do not end). */
  readonly ended: ReadonlySet<string>;
  /** Edges drawn beyond the view's own: the ended ones and the new ones no longer live now (faded events). */
  readonly beyond: ReadonlySet<string>;
  /** Pairs (`a~b`) whose net stance changed sign. */
  readonly flipped: ReadonlySet<string>;
  /** One mark per drawn relation that has one (ended, else new, else in a flipped pair). */
  readonly marks: ReadonlyMap<string, ChangeMark>;
}

export interface LiveView {
  readonly spec: ViewSpec;
  /** Keys of the edges drawn: live in time, passing the filters, between actors that exist in the view. */
  readonly edges: ReadonlySet<string>;
  /** Actors drawn: those with a live relation in time, less hidden kinds (and isolated ones when so set). */
  readonly actors: ReadonlySet<string>;
  /** Weighted degree (sum of the intensity of drawn relations) per drawn actor. */
  readonly weight: ReadonlyMap<string, number>;
  /** Actors that are the mediating party of a drawn mediation relation. */
  readonly mediators: ReadonlySet<string>;
  /** Fading step (1 to 3) of drawn events older than a quarter of the event memory; absent means fresh. */
  readonly age: ReadonlyMap<string, number>;
  /** Drawn events dated imprecisely (a month or coarser, or wider than the event memory): drawn as such. */
  readonly imprecise: ReadonlySet<string>;
  /** Actors and edges outside the focus neighbourhood; empty without focus. */
  readonly dimmedActors: ReadonlySet<string>;
  readonly dimmedEdges: ReadonlySet<string>;
  /** One line per pair and tone (pairs mode), by line id; null when every relation is drawn as its own line. */
  readonly pairs: ReadonlyMap<string, PairLine> | null;
  /** Compare mode: what changed since the earlier date; null otherwise. */
  readonly changes: ViewChanges | null;
}

/** The time index's view for a view state whose date is set. Days are inclusive: a date covers its whole day. */
export function specOf(state: ViewState & { date: number }): ViewSpec {
  const endOfDay = state.date + DAY_MS - 1;
  switch (state.mode) {
    case 'snapshot':
      return { mode: 'snapshot', at: endOfDay, memory: state.memory * DAY_MS };
    case 'cumulative':
      return { mode: 'cumulative', at: endOfDay };
    case 'window': {
      const w = state.window ?? { from: state.date - DEFAULT_WINDOW_DAYS * DAY_MS, to: state.date };
      return { mode: 'window', from: w.from, to: w.to + DAY_MS - 1 };
    }
  }
}

export function passesFilters(edge: EdgeRecord, filters: Filters, model: Model): boolean {
  if (filters.hiddenTypes.includes(edge.type)) return false;
  if (!(edge.status === 'alleged' ? filters.showAlleged : filters.showReported)) return false;
  if (filters.hiddenKinds.length === 0) return true;
  const kindOf = (id: string) => model.actors.get(id)?.actor.kind;
  return !filters.hiddenKinds.some((k) => k === kindOf(edge.source) || k === kindOf(edge.target));
}

function neighbourhood(focus: Focus, edges: readonly EdgeRecord[]): Set<string> {
  const hood = new Set([focus.id]);
  for (let hop = 0; hop < focus.hops; hop++) {
    const frontier = new Set(hood);
    for (const e of edges) {
      if (frontier.has(e.source)) hood.add(e.target);
      if (frontier.has(e.target)) hood.add(e.source);
    }
  }
  return hood;
}

function ends(model: Model, key: string): [string, string] {
  const e = model.edgeByKey.get(key)!;
  return [e.source, e.target];
}

/** Keeps the model's LiveSet and the filtered edge set across calls, so a slider step costs what its diff costs. */
export class LiveViewDeriver {
  private live: LiveSet | null = null;
  private shown = new Set<string>();
  private filters: Filters | null = null;

  constructor(private readonly model: Model) {}

  /** `compare`: the diff from the compared date's view to this one (compare mode), computed by the caller. */
  derive(state: ViewState & { date: number }, compare: CompareInput | null = null): LiveView {
    const spec = specOf(state);
    const model = this.model;
    if (!this.live || this.filters !== state.filters) {
      this.live ??= new LiveSet(model.index, spec);
      this.live.moveTo(spec);
      this.filters = state.filters;
      this.shown = new Set(
        [...this.live.keys].filter((k) => passesFilters(model.edgeByKey.get(k)!, state.filters, model)),
      );
    } else {
      const diff = this.live.moveTo(spec);
      this.shown = new Set(this.shown);
      for (const k of diff.removed) this.shown.delete(k);
      for (const k of diff.added)
        if (passesFilters(model.edgeByKey.get(k)!, state.filters, model)) this.shown.add(k);
    }
    return this.describe(state, spec, compare);
  }

  private describe(
    state: ViewState & { date: number },
    spec: ViewSpec,
    compare: CompareInput | null,
  ): LiveView {
    const model = this.model;
    // An actor is drawn only while it exists (its `when`): a relation dated "2021" with a government formed in
    // August 2021 cannot have happened before August, so it waits until its parties exist.
    const exists = actorExistence(model, spec);
    // An imprecise event may be live only when its whole span is in view, or never (the filter's rule).
    const memoryMs = state.memory * DAY_MS;
    const bounds = boundsOf(spec);
    const rule = state.filters.imprecise;
    const imprecise = new Set<string>();
    const edges = [...this.shown]
      .map((k) => model.edgeByKey.get(k)!)
      .filter((e) => {
        if (!exists(e.source) || !exists(e.target)) return false;
        if (!isImprecise(e, memoryMs)) return true;
        if (!keepsImprecise(e.span, bounds, rule)) return false;
        imprecise.add(e.key);
        return true;
      });
    const drawn = edges.length === this.shown.size ? this.shown : new Set(edges.map((e) => e.key));
    const weight = new Map<string, number>();
    const mediators = new Set<string>();
    const age = new Map<string, number>();
    for (const e of edges) {
      weight.set(e.source, (weight.get(e.source) ?? 0) + e.info.intensity);
      weight.set(e.target, (weight.get(e.target) ?? 0) + e.info.intensity);
      if (e.info.tone === 'mediation') mediators.add(e.source);
      if (spec.mode === 'snapshot' && e.info.duration === 'event') {
        const step = ageStep((spec.at - e.span.end) / DAY_MS, state.memory);
        if (step > 0) age.set(e.key, step);
      }
    }
    const hidden = state.filters.hiddenKinds;
    const actors = new Set<string>(weight.keys());
    if (!state.filters.hideIsolated) {
      for (const id of model.index.liveActors(this.live!.keys)) {
        if (!hidden.includes(model.actors.get(id)!.actor.kind) && exists(id)) actors.add(id);
      }
    }
    const dimmedActors = new Set<string>();
    const dimmedEdges = new Set<string>();
    if (state.focus) {
      const hood = neighbourhood(state.focus, edges);
      for (const a of actors) if (!hood.has(a)) dimmedActors.add(a);
      for (const e of edges) if (!hood.has(e.source) || !hood.has(e.target)) dimmedEdges.add(e.key);
    }
    const changes = compare ? this.changesOf(compare, drawn) : null;
    if (changes) for (const k of changes.beyond) for (const id of ends(model, k)) actors.add(id);
    let pairs: Map<string, PairLine> | null = null;
    if (state.edgeMode === 'pairs') {
      const lines = changes ? [...drawn, ...[...changes.beyond].filter((k) => !changes.ended.has(k))] : drawn;
      pairs = pairLines(
        model,
        lines,
        { age, dimmedEdges, imprecise, added: changes?.added, flipped: changes?.flipped },
        changes?.ended,
      );
    }
    return {
      spec,
      edges: drawn,
      actors,
      weight,
      mediators,
      age,
      imprecise,
      dimmedActors,
      dimmedEdges,
      pairs,
      changes,
    };
  }

  private changesOf(compare: CompareInput, drawn: ReadonlySet<string>): ViewChanges {
    const model = this.model;
    // The caller's diffs already read the views as drawn: filters applied, actors existing.
    const ended = new Set(
      compare.diff.removed.filter((k) => model.edgeByKey.get(k)!.info.duration === 'lasting'),
    );
    const added = new Set(compare.appeared);
    const beyond = new Set(ended);
    for (const k of added) if (!drawn.has(k)) beyond.add(k);
    const flipped = new Set(compare.diff.signChanges.filter((c) => c.flipped).map((c) => `${c.a}~${c.b}`));
    const marks = new Map<string, ChangeMark>();
    for (const k of ended) marks.set(k, 'ended');
    for (const k of added) marks.set(k, 'added');
    if (flipped.size) {
      for (const k of drawn) {
        if (marks.has(k)) continue;
        const e = model.edgeByKey.get(k)!;
        if (flipped.has(e.source < e.target ? `${e.source}~${e.target}` : `${e.target}~${e.source}`))
          marks.set(k, 'flipped');
      }
    }
    return { from: compare.from, diff: compare.diff, added, ended, beyond, flipped, marks };
  }
}
