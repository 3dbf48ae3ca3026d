// The one view-state object: everything that decides what the explorer shows (date, time mode, window, event
// memory, filters, focus, selection, dragged positions, theme, layout, panel). The view is a function of
// (model, this); src/state/url.ts writes it to and reads it from the address bar.
import type { ActorKind } from '../model/dataset/vocabulary';
import { DAY_MS, DEFAULT_EVENT_MEMORY, type ImpreciseRule } from '../model';
import type { Theme } from '../look/theme';

export const MODES = ['snapshot', 'window', 'cumulative'] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ['fcose', 'concentric', 'kind'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export { THEMES, type Theme } from '../look/theme';

/** Default width of a window when the mode switches to window before one was chosen. */
export const DEFAULT_WINDOW_DAYS = 7;

export const PANELS = ['graph', 'table'] as const;
export type Panel = (typeof PANELS)[number];

/** How relations are drawn: one line per pair of actors and tone (the default), or one line per relation. */
export const EDGE_MODES = ['pairs', 'relations'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];

/** What the right-hand panel shows below the legend: the selection's details, the analysis of the view, the comparison of two dates, or a story. */
export const SIDES = ['details', 'analysis', 'compare', 'story'] as const;
export type Side = (typeof SIDES)[number];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Filters {
  /** Relation type ids not shown. */
  readonly hiddenTypes: readonly string[];
  /** Actor kinds not shown (with their relations). */
  readonly hiddenKinds: readonly ActorKind[];
  readonly showReported: boolean;
  readonly showAlleged: boolean;
  /** Hide actors with no live relation in the view. */
  readonly hideIsolated: boolean;
  /** When an imprecise event (dated to a month or coarser, or wider than the memory) counts as live. */
  readonly imprecise: ImpreciseRule;
}

export interface Focus {
  readonly id: string;
  readonly hops: 1 | 2;
}

/** An actor, a relation, or a pair of actors (id `a~b`, the two actor ids in id order: see pairSelectionId). */
export type Selection = { readonly kind: 'actor' | 'relation' | 'pair'; readonly id: string } | null;

/** The story being read and its step (0-based here; the address writes it 1-based: `?story=<id>&step=3`). */
export interface StoryPlace {
  readonly id: string;
  readonly step: number;
}

export interface ViewState {
  /** Id of the dataset shown: a bundled one, or `local:<id>` for one imported into this browser. */
  readonly dataset: string;
  /** The chosen day, as ms UTC at its midnight; null until a dataset supplies its default. */
  readonly date: number | null;
  readonly mode: Mode;
  /** Window mode's first and last day (ms UTC at midnight, inclusive); null until chosen. */
  readonly window: { readonly from: number; readonly to: number } | null;
  /** Event memory in days: how long an event stays drawn after it happened (snapshot mode). */
  readonly memory: number;
  readonly filters: Filters;
  readonly focus: Focus | null;
  readonly selection: Selection;
  /** Positions the user dragged (or a re-run layout placed), by actor id; they override the computed layout. */
  readonly positions: Readonly<Record<string, Point>>;
  readonly theme: Theme;
  readonly layout: LayoutName;
  readonly panel: Panel;
  readonly edgeMode: EdgeMode;
  /** Compare mode: the earlier date (ms UTC at midnight) whose view the current date is compared with. */
  readonly compare: number | null;
  readonly side: Side;
  /** The story open in the story panel, and its step; null when none is. */
  readonly story: StoryPlace | null;
}

export const DEFAULT_DATASET = 'af-pak';
export const DEFAULT_MEMORY_DAYS = DEFAULT_EVENT_MEMORY / DAY_MS;

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  hiddenKinds: [],
  showReported: true,
  showAlleged: true,
  hideIsolated: false,
  imprecise: 'always',
};

export const DEFAULT_VIEW: ViewState = {
  dataset: DEFAULT_DATASET,
  date: null,
  mode: 'snapshot',
  window: null,
  memory: DEFAULT_MEMORY_DAYS,
  filters: DEFAULT_FILTERS,
  focus: null,
  selection: null,
  positions: {},
  theme: 'light',
  layout: 'fcose',
  panel: 'graph',
  edgeMode: 'pairs',
  compare: null,
  side: 'details',
  story: null,
};

/** The selection id of the pair of two actors, in id order (`~` never occurs in an actor id). */
export function pairSelectionId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/** The two actors of a pair selection id. */
export function pairOfSelection(id: string): readonly [string, string] {
  const cut = id.indexOf('~');
  return [id.slice(0, cut), id.slice(cut + 1)];
}

/** Midnight UTC of the day that contains `ms`. */
export function dayOf(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** `2026-02-27` for a day; the form the URL and the date inputs use. */
export function isoDay(ms: number): string {
  return new Date(dayOf(ms)).toISOString().slice(0, 10);
}

/** Positions are kept to a tenth of a pixel in model space (below what the eye sees), so the URL holds them exactly. */
export function roundPoint(p: Point): Point {
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
}
