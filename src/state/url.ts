// The view state in the address bar and back: `toQuery` writes the fields that differ from the defaults (the
// dataset and date always), `fromQuery` reads them and falls back to the default for any value it cannot use, so
// a hand-edited or stale link still opens. Pure: no window, no history; see urlSync.ts for that.
import { parseIsoDay } from '../model/time/days';
import { z } from 'zod';
import { ACTOR_KINDS, type ActorKind } from '../model/dataset/vocabulary';
import { IMPRECISE_RULES } from '../model/time/precision';
import {
  DEFAULT_VIEW,
  LAYOUTS,
  MODES,
  PANELS,
  SIDES,
  THEMES,
  isoDay,
  pairSelectionId,
  roundPoint,
  type Point,
  type Selection,
  type StoryPlace,
  type ViewState,
} from './viewState';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A dataset id: a bundled one, or `local:<id>` for one imported into this browser (src/state/library.ts). */
const DATASET_ID = /^(?:local:)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

export { parseIsoDay };

const modeSchema = z.enum(MODES);
const layoutSchema = z.enum(LAYOUTS);
const themeSchema = z.enum(THEMES);
const panelSchema = z.enum(PANELS);
const sideSchema = z.enum(SIDES);
const kindSchema = z.enum(ACTOR_KINDS);
const impreciseSchema = z.enum(IMPRECISE_RULES);
const memorySchema = z.coerce.number().int().min(0).max(36_500);

function pick<T>(schema: z.ZodType<T>, raw: string | null, fallback: T): T {
  if (raw === null) return fallback;
  const r = schema.safeParse(raw);
  return r.success ? r.data : fallback;
}

function idList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').filter((s) => ID.test(s)))].sort();
}

function parsePositions(raw: string | null): Record<string, Point> {
  const out: Record<string, Point> = {};
  if (!raw) return out;
  for (const item of raw.split(';')) {
    const m = /^([a-z0-9-]+):(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(item);
    if (m && ID.test(m[1]!)) out[m[1]!] = { x: Number(m[2]), y: Number(m[3]) };
  }
  return out;
}

function parseSelection(raw: string | null): Selection {
  const m = raw === null ? null : /^(actor|relation|pair):(.+)$/.exec(raw);
  if (!m) return null;
  const kind = m[1] as 'actor' | 'relation' | 'pair';
  const id = m[2]!;
  if (kind !== 'pair') return ID.test(id) ? { kind, id } : null;
  const [a, b, ...rest] = id.split('~');
  if (a === undefined || b === undefined || rest.length || !ID.test(a) || !ID.test(b) || a === b) return null;
  return { kind, id: pairSelectionId(a, b) };
}

/** `story=<id>&step=<n>`, the step counted from 1 as readers count; a missing or unusable step is the first. */
function parseStory(id: string | null, step: string | null): StoryPlace | null {
  if (id === null || !ID.test(id)) return null;
  const n = step !== null && /^\d{1,4}$/.test(step) ? Number(step) : 1;
  return { id, step: Math.max(n, 1) - 1 };
}

/** Reads a query string (`?date=2026-02-27&mode=window…`) into a complete view state. */
export function fromQuery(search: string): ViewState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_VIEW;
  const dataset = q.get('dataset');
  const from = parseIsoDay(q.get('from'));
  const to = parseIsoDay(q.get('to'));
  const focusId = q.get('focus');
  return {
    dataset: dataset !== null && DATASET_ID.test(dataset) ? dataset : d.dataset,
    date: parseIsoDay(q.get('date')),
    mode: pick(modeSchema, q.get('mode'), d.mode),
    window: from !== null && to !== null ? { from: Math.min(from, to), to: Math.max(from, to) } : null,
    memory: pick(memorySchema, q.get('memory'), d.memory),
    filters: {
      hiddenTypes: idList(q.get('hide')),
      hiddenKinds: idList(q.get('kinds')).filter((k): k is ActorKind => kindSchema.safeParse(k).success),
      showReported: q.get('reported') !== '0',
      showAlleged: q.get('alleged') !== '0',
      hideIsolated: q.get('isolated') === 'hide',
      imprecise: pick(impreciseSchema, q.get('imprecise'), d.filters.imprecise),
    },
    focus: focusId !== null && ID.test(focusId) ? { id: focusId, hops: q.get('hops') === '2' ? 2 : 1 } : null,
    selection: parseSelection(q.get('sel')),
    positions: parsePositions(q.get('pos')),
    theme: pick(themeSchema, q.get('theme'), d.theme),
    layout: pick(layoutSchema, q.get('layout'), d.layout),
    panel: pick(panelSchema, q.get('panel'), d.panel),
    edgeMode: q.get('edges') === 'all' ? 'relations' : d.edgeMode,
    compare: parseIsoDay(q.get('compare')),
    side: pick(sideSchema, q.get('side'), d.side),
    story: parseStory(q.get('story'), q.get('step')),
  };
}

/** Keeps the characters our values use readable in the address bar (`:`, `,`, `;`); escapes the rest. */
function encode(value: string): string {
  return value.replace(/[^A-Za-z0-9\-_.~:,;!]/g, (c) => encodeURIComponent(c));
}

/** Writes a view state as a query string, starting with `?`; fields at their default are left out. */
export function toQuery(s: ViewState): string {
  const d = DEFAULT_VIEW;
  const parts: [string, string][] = [['dataset', s.dataset]];
  if (s.date !== null) parts.push(['date', isoDay(s.date)]);
  if (s.mode !== d.mode) parts.push(['mode', s.mode]);
  if (s.window) parts.push(['from', isoDay(s.window.from)], ['to', isoDay(s.window.to)]);
  if (s.memory !== d.memory) parts.push(['memory', String(s.memory)]);
  const f = s.filters;
  if (f.hiddenTypes.length) parts.push(['hide', [...f.hiddenTypes].sort().join(',')]);
  if (f.hiddenKinds.length) parts.push(['kinds', [...f.hiddenKinds].sort().join(',')]);
  if (!f.showReported) parts.push(['reported', '0']);
  if (!f.showAlleged) parts.push(['alleged', '0']);
  if (f.hideIsolated) parts.push(['isolated', 'hide']);
  if (f.imprecise !== d.filters.imprecise) parts.push(['imprecise', f.imprecise]);
  if (s.focus) parts.push(['focus', s.focus.id], ['hops', String(s.focus.hops)]);
  if (s.selection) parts.push(['sel', `${s.selection.kind}:${s.selection.id}`]);
  const pos = Object.keys(s.positions)
    .sort()
    .map((id) => {
      const p = roundPoint(s.positions[id]!);
      return `${id}:${p.x},${p.y}`;
    });
  if (pos.length) parts.push(['pos', pos.join(';')]);
  if (s.layout !== d.layout) parts.push(['layout', s.layout]);
  if (s.theme !== d.theme) parts.push(['theme', s.theme]);
  if (s.panel !== d.panel) parts.push(['panel', s.panel]);
  if (s.edgeMode !== d.edgeMode) parts.push(['edges', 'all']);
  if (s.compare !== null) parts.push(['compare', isoDay(s.compare)]);
  if (s.side !== d.side) parts.push(['side', s.side]);
  if (s.story) parts.push(['story', s.story.id], ['step', String(s.story.step + 1)]);
  return `?${parts.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}
