// Where each actor stands, computed once per dataset and layout for the whole period (every actor, every pair
// that is ever related), so positions hold while time moves: actors appear and vanish in place. fcose runs on a
// headless Cytoscape with a seeded Math.random, so the same data always gives the same picture; above
// PROOF_PLACES places it runs its fast spectral pass only (seconds, not minutes, for thousands of places).
// Successive records of one party (successors.ts) share a place. Results are cached per model in memory; large
// graphs are laid out in a worker and kept in the browser by src/view/positions.ts, which seeds this cache.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { ACTOR_KINDS } from '../model';
import type { Model } from '../model';
import { roundPoint, type LayoutName, type Point } from '../state/viewState';
import cytoscape from './cytoscape';
import { withSeededRandom } from './random';
import { groupGrid, rings } from './arrange';
import { placeGroups } from './successors';

export type Positions = ReadonlyMap<string, Point>;

export const LAYOUT_SEED = 20_260_227;

/** fcose settings tuned for labelled nodes of 25–60 px: room for a label between neighbours. */
export const FCOSE_OPTIONS: FcoseLayoutOptions = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  fit: false,
  nodeSeparation: 120,
  // A pair with many relations is drawn as a fan of parallel curves: give it the room to be read.
  idealEdgeLength: (edge) => 120 + 9 * Math.min(Number(edge.data('relations')) || 1, 24),
  nodeRepulsion: 80_000,
  gravity: 1,
  gravityRange: 1.5,
  numIter: 2500,
  packComponents: false,
  tilingPaddingVertical: 40,
  tilingPaddingHorizontal: 40,
};

/** Up to this many places the force layout runs at full quality; above it, its fast spectral pass only. */
export const PROOF_PLACES = 300;

/** Bumped whenever the force layout's settings change, so positions kept in the browser are computed anew. */
export const LAYOUT_VERSION = 2;

export interface LayoutGraph {
  /** Actor id → its place (the first record of a party that has successors). */
  readonly place: Map<string, string>;
  /** One node per place and one edge per pair of places ever related, with its number of relations. */
  readonly elements: ElementDefinition[];
  readonly degree: Map<string, number>;
}

/** The graph a layout runs on: one node per place, one edge per pair of places ever related. */
export function layoutGraph(model: Pick<Model, 'actors' | 'edges'>): LayoutGraph {
  const place = placeGroups(model.actors.values());
  const places = [...new Set(place.values())].sort();
  const pairs = new Map<string, number>();
  for (const e of model.edges) {
    const a = place.get(e.source)!;
    const b = place.get(e.target)!;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    if (a !== b) pairs.set(key, (pairs.get(key) ?? 0) + 1);
  }
  const degree = new Map(places.map((p) => [p, 0]));
  const elements: ElementDefinition[] = places.map((id) => ({ group: 'nodes', data: { id } }));
  [...pairs.keys()].sort().forEach((pair, i) => {
    const [source, target] = pair.split('\u0000') as [string, string];
    degree.set(source, degree.get(source)! + 1);
    degree.set(target, degree.get(target)! + 1);
    elements.push({ group: 'edges', data: { id: `pair${i}`, source, target, relations: pairs.get(pair)! } });
  });
  return { place, elements, degree };
}

/** fcose options for cy.layout (Cytoscape's own types know only the built-in layouts). */
export function fcoseLayout(overrides: Partial<FcoseLayoutOptions>): LayoutOptions {
  return { ...FCOSE_OPTIONS, ...overrides };
}

/**
 * The force layout of a layout graph's places, by id: the part worth a worker on large graphs. Places that are
 * never related (an actor the sources name without a relation) are left out of the forces, which otherwise pull
 * the whole picture into a knot around them, and stand in a row below it.
 */
export function forcePlaces(elements: readonly ElementDefinition[]): Map<string, Point> {
  const related = new Set<string>();
  for (const e of elements) {
    if (e.group !== 'edges') continue;
    related.add(String(e.data.source));
    related.add(String(e.data.target));
  }
  const isolated = elements.filter((e) => e.group === 'nodes' && !related.has(String(e.data.id)));
  const connected = elements.filter((e) => e.group !== 'nodes' || related.has(String(e.data.id)));
  const places = connected.filter((e) => e.group === 'nodes').length;
  const placed =
    places === 0
      ? new Map<string, Point>()
      : places <= PROOF_PLACES
        ? runHeadless(connected, fcoseLayout({ randomize: true }))
        : spread(runHeadless(connected, fcoseLayout({ randomize: true, quality: 'draft' })));
  return besideBelow(
    placed,
    isolated.map((e) => String(e.data.id)),
  );
}

/** Room between places in the row of unrelated places, px. */
const ROW_SPACING = 120;

/** Unrelated places in rows under the others, centred, about as wide as the layout. */
function besideBelow(placed: Map<string, Point>, ids: readonly string[]): Map<string, Point> {
  if (ids.length === 0) return placed;
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const [x0, x1] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 0];
  const bottom = ys.length ? Math.max(...ys) + ROW_SPACING : 0;
  const perRow = Math.max(1, Math.floor((x1 - x0) / ROW_SPACING) + 1);
  ids.forEach((id, i) => {
    const row = Math.floor(i / perRow);
    const inRow = Math.min(perRow, ids.length - row * perRow);
    const col = i % perRow;
    placed.set(
      id,
      roundPoint({ x: (x0 + x1) / 2 + (col - (inRow - 1) / 2) * ROW_SPACING, y: bottom + row * ROW_SPACING }),
    );
  });
  return placed;
}

/** Room per place in a spread-out spectral layout, px: a node and its label beside the next one. */
const DRAFT_SPACING = 110;

/**
 * The spectral pass alone packs thousands of places into a few hundred pixels; scaled about its centre to a
 * square of side √n · DRAFT_SPACING, places stand about as far apart as the full layout would put them.
 */
function spread(placed: Map<string, Point>): Map<string, Point> {
  const xs = [...placed.values()].map((p) => p.x);
  const ys = [...placed.values()].map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const side = Math.max(x1 - x0, y1 - y0);
  if (!(side > 0)) return placed;
  const k = (Math.sqrt(placed.size) * DRAFT_SPACING) / side;
  const out = new Map<string, Point>();
  placed.forEach((p, id) =>
    out.set(id, roundPoint({ x: (p.x - (x0 + x1) / 2) * k, y: (p.y - (y0 + y1) / 2) * k })),
  );
  return out;
}

/** A short fingerprint of a layout graph and the layout's version: the key positions are kept under. */
export function layoutKey(name: LayoutName, elements: readonly ElementDefinition[]): string {
  // FNV-1a over every place and pair, 32 bits twice with two seeds: collisions are not a practical concern.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const take = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193 + 2);
    }
  };
  for (const e of elements) {
    const d = e.data;
    take(
      e.group === 'nodes'
        ? `n${d.id}\u0000`
        : `e${d.source}\u0000${d.target}\u0000${String(d.relations)}\u0000`,
    );
  }
  const hex = (h: number) => (h >>> 0).toString(16).padStart(8, '0');
  return `${name}:v${LAYOUT_VERSION}:${elements.length}:${hex(h1)}${hex(h2)}`;
}

function runHeadless(elements: ElementDefinition[], options: LayoutOptions): Map<string, Point> {
  const cy = cytoscape({
    headless: true,
    elements,
    style: [{ selector: 'node', style: { width: 40, height: 40 } }],
  });
  withSeededRandom(LAYOUT_SEED, () => cy.layout(options).run());
  const out = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    out.set(n.id(), roundPoint(n.position()));
  });
  cy.destroy();
  return out;
}

/** Places in order of importance: most distinct neighbours first, then by id. */
function byDegree(places: Iterable<string>, degree: ReadonlyMap<string, number>): string[] {
  return [...places].sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
}

/** One group per actor kind, in the vocabulary's order, each in order of importance. */
function kindGroups(
  model: Model,
  place: ReadonlyMap<string, string>,
  degree: ReadonlyMap<string, number>,
): string[][] {
  return ACTOR_KINDS.map((kind) => {
    const members = [...model.actors.values()].filter((a) => a.actor.kind === kind).map((a) => a.id);
    return members.sort(
      (a, b) => (degree.get(place.get(b)!) ?? 0) - (degree.get(place.get(a)!) ?? 0) || a.localeCompare(b),
    );
  }).filter((g) => g.length > 0);
}

/** How far each later record of one party sits from the one before: close enough to read as the same place. */
export const SUCCESSOR_OFFSET: Point = { x: 30, y: 30 };

/**
 * Each actor at its place; when a place holds successive records of one party, the later ones sit just beside the
 * first, so they read as one place and still stay apart in a view (a window, a cumulative one) that shows both.
 */
function placeSuccessors(
  model: Model,
  place: ReadonlyMap<string, string>,
  byPlace: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const members = new Map<string, string[]>();
  for (const [id, p] of place) members.set(p, [...(members.get(p) ?? []), id]);
  const start = (id: string) => model.actors.get(id)!.span?.start ?? -Infinity;
  const out = new Map<string, Point>();
  for (const [p, ids] of members) {
    const base = byPlace.get(p)!;
    ids.sort((a, b) => start(a) - start(b) || a.localeCompare(b));
    ids.forEach((id, k) =>
      out.set(id, { x: base.x + k * SUCCESSOR_OFFSET.x, y: base.y + k * SUCCESSOR_OFFSET.y }),
    );
  }
  return out;
}

const cache = new WeakMap<Model, Map<LayoutName, Positions>>();

function perModel(model: Model): Map<LayoutName, Positions> {
  let known = cache.get(model);
  if (!known) cache.set(model, (known = new Map<LayoutName, Positions>()));
  return known;
}

/** Layouts whose positions are made elsewhere first (a worker or the browser's cache; the map's lazy module). */
const PREPARED: ReadonlySet<LayoutName> = new Set(['fcose', 'geo']);

/** Whether the positions of this layout are at hand without computing anything. */
export function hasPositions(model: Model, name: LayoutName): boolean {
  return !PREPARED.has(name) || perModel(model).has(name);
}

/** The map layout was asked for before its module (d3-geo and the atlas) was loaded: preparePositions first. */
export class LayoutNotReadyError extends Error {
  override readonly name = 'LayoutNotReadyError';
  constructor(name: LayoutName) {
    super(`The ${name} layout is not ready: its positions are prepared first (preparePositions).`);
  }
}

/** Takes the map layout's places (src/view/geo/project.ts, loaded lazily) as the model's positions. */
export function seedGeoPositions(
  model: Model,
  graph: LayoutGraph,
  byPlace: ReadonlyMap<string, Point>,
): void {
  perModel(model).set('geo', placeSuccessors(model, graph.place, byPlace));
}

/** Takes the force layout's places computed elsewhere (a worker, the browser's cache) as the model's positions. */
export function seedForcePositions(
  model: Model,
  graph: Pick<LayoutGraph, 'place'>,
  byPlace: ReadonlyMap<string, Point>,
): void {
  perModel(model).set('fcose', placeSuccessors(model, graph.place, byPlace));
}

/** Positions of every actor of the model for one layout; computed on first use, then cached with the model. */
export function layoutPositions(model: Model, name: LayoutName): Positions {
  const known = perModel(model).get(name);
  if (known) return known;
  if (name === 'geo') throw new LayoutNotReadyError(name);
  const graph = layoutGraph(model);
  const { place, elements, degree } = graph;
  let positions: Map<string, Point>;
  if (name === 'kind') {
    // Successive records of one party differ in kind (an insurgency, then a state): here each has its own place.
    positions = groupGrid(kindGroups(model, place, degree));
  } else {
    const byPlace =
      name === 'fcose' ? forcePlaces(elements) : rings(byDegree(new Set(place.values()), degree));
    positions = placeSuccessors(model, place, byPlace);
  }
  perModel(model).set(name, positions);
  return positions;
}
