// Brings a Cytoscape instance from one LiveView to the next as an id-keyed diff inside one cy.batch(): elements
// that leave are remove()d and those that come back are restore()d from collections kept by id (a hidden element
// would still cost time on every frame), and only the sizes and classes that changed are touched. An element is
// created the first time it is shown, so opening a large dataset costs what its first view costs, not what the
// whole period holds. Never a rebuild, except in the benchmark's naive baseline (`rebuild`).
import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  SingularElementArgument,
  SingularElementReturnValue,
} from 'cytoscape';
import type { Model } from '../model';
import { pairSelectionId, type Point, type Selection } from '../state/viewState';
import { edgeElement, nodeElement, pairElement, pairLook } from './elements';
import type { ChangeMark, LiveView } from './liveView';
import { AGE_STEPS, steppedNodeSize } from '../look/look';
import { sameLook } from './pairs';

/** Every per-relation mark class, cleared together when a relation element comes back. */
const RELATION_MARKS = [
  'dim',
  'imprecise',
  'added',
  'ended',
  'flipped',
  ...AGE_STEPS.slice(1).map((_, i) => `age${i + 1}`),
].join(' ');

const EMPTY: LiveView = {
  spec: { mode: 'cumulative', at: -Infinity },
  edges: new Set(),
  actors: new Set(),
  weight: new Map(),
  mediators: new Set(),
  age: new Map(),
  imprecise: new Set(),
  dimmedActors: new Set(),
  dimmedEdges: new Set(),
  pairs: null,
  changes: null,
};

/** The ids of the edge elements a view draws: its pair lines, or its relations (and, comparing, those beyond it). */
function edgeIdsOf(view: LiveView): ReadonlySet<string> {
  if (view.pairs) return new Set(view.pairs.keys());
  const beyond = view.changes?.beyond;
  if (!beyond?.size) return view.edges;
  const ids = new Set(view.edges);
  for (const k of beyond) ids.add(k);
  return ids;
}

/** Classes an element keeps through an in-place update of its look: the marks of selection and focus. */
const KEPT_CLASSES = ['picked', 'focus'] as const;

export interface Marks {
  readonly selection: Selection;
  readonly focus: string | null;
}

/** Equal data values: numbers and strings by value, the members' key lists element by element. */
function sameDatum(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((x, i) => x === b[i]);
}

function diffSets<T>(
  before: ReadonlySet<T>,
  after: ReadonlySet<T>,
  onLeave: (t: T) => void,
  onEnter: (t: T) => void,
): void {
  for (const t of before) if (!after.has(t)) onLeave(t);
  for (const t of after) if (!before.has(t)) onEnter(t);
}

export class GraphSync {
  private readonly byId = new Map<string, SingularElementReturnValue>();
  private current: LiveView = EMPTY;
  private edgeIds: ReadonlySet<string> = new Set();
  private marks: Marks = { selection: null, focus: null };
  private picked: CollectionReturnValue;
  /**
   * The naive way, kept only as the benchmark's baseline: every apply removes all elements and adds the live set
   * as new ones. Never set by the app.
   */
  rebuild = false;

  /**
   * `positionOf` places an actor the first time it is shown; later moves go through `element(id)`. Node sizes
   * move in steps of `sizeStep` px (1: every pixel).
   */
  constructor(
    private readonly cy: Core,
    private readonly model: Model,
    private readonly positionOf: (id: string) => Point,
    private readonly sizeStep = 1,
  ) {
    this.picked = cy.collection();
  }

  get view(): LiveView {
    return this.current;
  }

  /** Takes elements already added to the graph (to frame the view, say) as created, and removes them until shown. */
  adopt(elements: CollectionReturnValue): void {
    elements.forEach((e) => {
      this.byId.set(e.id(), e);
    });
    this.cy.batch(() => elements.remove());
  }

  /** The element of an actor or edge key, if it has been shown once (in the graph or removed from it). */
  element(id: string): SingularElementReturnValue | undefined {
    return this.byId.get(id);
  }

  apply(next: LiveView, marks: Marks): void {
    const prev = this.rebuild ? EMPTY : this.current;
    const prevIds = this.rebuild ? new Set<string>() : this.edgeIds;
    const nextIds = edgeIdsOf(next);
    const el = (id: string) => this.byId.get(id)!;
    const toggle = (cls: string) =>
      [(id: string) => el(id).removeClass(cls), (id: string) => el(id).addClass(cls)] as const;
    // Per-relation marks are diffed only on relations drawn before and after; a relation that enters gets its
    // marks set whole (it may come back from a spell of pair lines with stale ones).
    const stayed = (k: string) => prevIds.has(k) && nextIds.has(k) && !next.pairs;
    const toggleStayed = (cls: string) => {
      const [off, on] = toggle(cls);
      return [(k: string) => stayed(k) && off(k), (k: string) => stayed(k) && on(k)] as const;
    };
    this.cy.batch(() => {
      if (this.rebuild) {
        this.cy.elements().remove();
        this.byId.clear();
        this.marks = { selection: null, focus: null };
      }
      const leaving = this.cy.collection();
      const entering = this.cy.collection();
      const enteringEdges: string[] = [];
      const created: ElementDefinition[] = [];
      const fresh = new Set<string>();
      const enter = (id: string, make: () => ElementDefinition) => {
        const known = this.byId.get(id);
        if (known) entering.merge(known);
        else created.push(make());
      };
      diffSets(
        prevIds,
        nextIds,
        (k) => leaving.merge(el(k)),
        (k) => {
          enteringEdges.push(k);
          enter(k, () =>
            next.pairs ? pairElement(next.pairs.get(k)!) : edgeElement(this.model.edgeByKey.get(k)!),
          );
        },
      );
      diffSets(
        prev.actors,
        next.actors,
        (id) => leaving.merge(el(id)),
        (id) => enter(id, () => nodeElement(this.model.actors.get(id)!, this.positionOf(id))),
      );
      leaving.remove();
      entering.nodes().restore();
      entering.edges().restore();
      if (created.length) {
        // Nodes first: an edge can only be added once both its ends are in the graph.
        created.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
        const added = this.cy.add(created);
        added.forEach((e) => {
          this.byId.set(e.id(), e);
          fresh.add(e.id());
        });
        this.markNew(added);
      }

      for (const id of next.actors) {
        const size = steppedNodeSize(next.weight.get(id) ?? 0, this.sizeStep);
        const node = el(id);
        if (node.data('size') !== size) node.data('size', size);
      }
      diffSets(prev.mediators, next.mediators, ...toggle('mediator'));
      diffSets(prev.dimmedActors, next.dimmedActors, ...toggle('dim'));
      if (next.pairs) {
        // A pair line whose members changed is updated in place: the same element, new data and classes.
        for (const [id, line] of next.pairs) {
          const before = prev.pairs?.get(id);
          if (fresh.has(id) || (before && prevIds.has(id) && sameLook(before, line))) continue;
          this.restyle(el(id), pairLook(line));
          const e = el(id);
          if (line.directed && (e.data('source') !== line.source || e.data('target') !== line.target))
            this.byId.set(
              id,
              e.move({ source: line.source, target: line.target })[0] as SingularElementReturnValue,
            );
        }
      } else {
        diffSets(prev.dimmedEdges, next.dimmedEdges, ...toggleStayed('dim'));
        diffSets(prev.imprecise, next.imprecise, ...toggleStayed('imprecise'));
        for (const [k, step] of prev.age)
          if (next.age.get(k) !== step && stayed(k)) el(k).removeClass(`age${step}`);
        for (const [k, step] of next.age)
          if (prev.age.get(k) !== step && stayed(k)) el(k).addClass(`age${step}`);
        const before: ReadonlyMap<string, ChangeMark> = prev.pairs
          ? new Map()
          : (prev.changes?.marks ?? new Map());
        const after: ReadonlyMap<string, ChangeMark> = next.changes?.marks ?? new Map();
        for (const [k, m] of before) if (after.get(k) !== m && stayed(k)) el(k).removeClass(m);
        for (const [k, m] of after) if (before.get(k) !== m && stayed(k)) el(k).addClass(m);
        for (const k of enteringEdges) this.markRelation(el(k), k, next);
      }
      this.mark(marks);
    });
    this.current = next;
    this.edgeIds = nextIds;
  }

  /** Sets a relation element's view marks (fading, dimming, the comparison's) whole, from the view. */
  private markRelation(e: SingularElementReturnValue, key: string, view: LiveView): void {
    e.removeClass(RELATION_MARKS);
    const step = view.age.get(key);
    if (step) e.addClass(`age${step}`);
    if (view.dimmedEdges.has(key)) e.addClass('dim');
    if (view.imprecise.has(key)) e.addClass('imprecise');
    const change = view.changes?.marks.get(key);
    if (change) e.addClass(change);
  }

  /**
   * Brings a pair line to its new look touching only what differs: each data field or class set costs Cytoscape a
   * style pass over the element, and most steps change one thing of a line (its fading, say), not all of them.
   */
  private restyle(e: SingularElementReturnValue, look: { data: Record<string, unknown>; classes: string[] }) {
    const changed: Record<string, unknown> = {};
    let any = false;
    for (const [k, v] of Object.entries(look.data)) {
      if (!sameDatum(e.data(k), v)) {
        changed[k] = v;
        any = true;
      }
    }
    if (any) e.data(changed);
    const want = new Set(look.classes);
    for (const c of KEPT_CLASSES) if (e.hasClass(c)) want.add(c);
    const drop = e.classes().filter((c) => !want.has(c));
    const add = [...want].filter((c) => !e.hasClass(c));
    if (drop.length) e.removeClass(drop.join(' '));
    if (add.length) e.addClass(add.join(' '));
  }

  /** Whether an edge element (a relation or a pair line) belongs to a selected relation or pair. */
  private selects(e: SingularElementArgument, s: NonNullable<Selection>): boolean {
    if (!e.isEdge()) return s.kind === 'actor' && e.id() === s.id;
    const pair = e.data('pair') as string | undefined;
    if (s.kind === 'pair') {
      if (pair !== undefined) return pair === s.id;
      const r = this.model.edgeByKey.get(e.id());
      return r !== undefined && pairSelectionId(r.source, r.target) === s.id;
    }
    if (s.kind !== 'relation') return false;
    if (pair === undefined) return e.data('relationId') === s.id;
    return (e.data('members') as readonly string[]).some(
      (k) => this.model.edgeByKey.get(k)?.relationId === s.id,
    );
  }

  /** Elements shown for the first time under a focus or selection made before they existed get its marks. */
  private markNew(added: CollectionReturnValue): void {
    const { focus, selection } = this.marks;
    if (focus) added.getElementById(focus).addClass('focus');
    if (!selection) return;
    const hit = added.filter((e) => this.selects(e, selection));
    this.picked.merge(hit);
    hit.addClass('picked');
  }

  private mark(marks: Marks): void {
    if (marks.focus !== this.marks.focus) {
      if (this.marks.focus) this.byId.get(this.marks.focus)?.removeClass('focus');
      if (marks.focus) this.byId.get(marks.focus)?.addClass('focus');
    }
    if (marks.selection !== this.marks.selection) {
      this.picked.removeClass('picked');
      this.picked = this.cy.collection();
      const s = marks.selection;
      if (s?.kind === 'actor') {
        const node = this.byId.get(s.id);
        if (node) this.picked.merge(node);
      } else if (s) {
        // Every element made so far that stands for the relation or pair: its relation lines and pair lines.
        for (const e of this.byId.values()) if (e.isEdge() && this.selects(e, s)) this.picked.merge(e);
      }
      this.picked.addClass('picked');
    }
    this.marks = marks;
  }
}
