// Brings a Cytoscape instance from one LiveView to the next as an id-keyed diff inside one cy.batch(): elements
// that leave are remove()d and those that come back are restore()d from collections kept by id (a hidden element
// would still cost time on every frame), and only the sizes and classes that changed are touched. An element is
// created the first time it is shown, so opening a large dataset costs what its first view costs, not what the
// whole period holds. Never a rebuild, except in the benchmark's naive baseline (`rebuild`).
import type { CollectionReturnValue, Core, ElementDefinition, SingularElementReturnValue } from 'cytoscape';
import type { Model } from '../model';
import type { Point, Selection } from '../state/viewState';
import { edgeElement, nodeElement } from './elements';
import type { LiveView } from './liveView';
import { steppedNodeSize } from './look';

const EMPTY: LiveView = {
  spec: { mode: 'cumulative', at: -Infinity },
  edges: new Set(),
  actors: new Set(),
  weight: new Map(),
  mediators: new Set(),
  age: new Map(),
  dimmedActors: new Set(),
  dimmedEdges: new Set(),
};

export interface Marks {
  readonly selection: Selection;
  readonly focus: string | null;
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
    const el = (id: string) => this.byId.get(id)!;
    const toggle = (cls: string) =>
      [(id: string) => el(id).removeClass(cls), (id: string) => el(id).addClass(cls)] as const;
    this.cy.batch(() => {
      if (this.rebuild) {
        this.cy.elements().remove();
        this.byId.clear();
        this.marks = { selection: null, focus: null };
      }
      const leaving = this.cy.collection();
      const entering = this.cy.collection();
      const created: ElementDefinition[] = [];
      const enter = (id: string, make: () => ElementDefinition) => {
        const known = this.byId.get(id);
        if (known) entering.merge(known);
        else created.push(make());
      };
      diffSets(
        prev.edges,
        next.edges,
        (k) => leaving.merge(el(k)),
        (k) => enter(k, () => edgeElement(this.model.edgeByKey.get(k)!)),
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
      diffSets(prev.dimmedEdges, next.dimmedEdges, ...toggle('dim'));
      for (const [k, step] of prev.age) if (next.age.get(k) !== step) el(k).removeClass(`age${step}`);
      for (const [k, step] of next.age) if (prev.age.get(k) !== step) el(k).addClass(`age${step}`);
      this.mark(marks);
    });
    this.current = next;
  }

  /** Elements shown for the first time under a focus or selection made before they existed get its marks. */
  private markNew(added: CollectionReturnValue): void {
    const { focus, selection } = this.marks;
    if (focus) added.getElementById(focus).addClass('focus');
    if (!selection) return;
    const hit = added.filter((e) =>
      selection.kind === 'actor'
        ? e.id() === selection.id
        : e.isEdge() && e.data('relationId') === selection.id,
    );
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
        for (const e of this.model.edges) {
          const edge = e.relationId === s.id ? this.byId.get(e.key) : undefined;
          if (edge) this.picked.merge(edge);
        }
      }
      this.picked.addClass('picked');
    }
    this.marks = marks;
  }
}
