// Where each actor stands, computed once per dataset and layout for the whole period (every actor, every pair
// that is ever related), so positions hold while time moves: actors appear and vanish in place. fcose runs on a
// headless Cytoscape with a seeded Math.random, so the same data always gives the same picture. Successive
// records of one party (successors.ts) share a place. Results are cached per model in memory.
import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { ACTOR_KINDS } from '../model/dataset/vocabulary';
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

/** The graph a layout runs on: one node per place, one edge per pair of places ever related. */
function layoutGraph(model: Model): {
  place: Map<string, string>;
  elements: ElementDefinition[];
  degree: Map<string, number>;
} {
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
  return { ...FCOSE_OPTIONS, ...overrides } as unknown as LayoutOptions;
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

/** Positions of every actor of the model for one layout; computed on first use, then cached with the model. */
export function layoutPositions(model: Model, name: LayoutName): Positions {
  let perModel = cache.get(model);
  if (!perModel) cache.set(model, (perModel = new Map()));
  const known = perModel.get(name);
  if (known) return known;
  const { place, elements, degree } = layoutGraph(model);
  let positions: Map<string, Point>;
  if (name === 'kind') {
    // Successive records of one party differ in kind (an insurgency, then a state): here each has its own place.
    positions = groupGrid(kindGroups(model, place, degree));
  } else {
    const byPlace =
      name === 'fcose'
        ? runHeadless(elements, fcoseLayout({ randomize: true }))
        : rings(byDegree(new Set(place.values()), degree));
    positions = placeSuccessors(model, place, byPlace);
  }
  perModel.set(name, positions);
  return positions;
}
