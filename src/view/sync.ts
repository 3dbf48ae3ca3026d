// Brings a Cytoscape instance from one LiveView to the next as an id-keyed diff inside one cy.batch(): elements
// that leave are remove()d and those that come back are restore()d from collections kept by id (a hidden element
// would still cost time on every frame), and only the sizes and classes that changed are touched. Never a rebuild.
import type { CollectionReturnValue, Core, SingularElementReturnValue } from 'cytoscape';
import type { Model } from '../model';
import type { Selection } from '../state/viewState';
import type { LiveView } from './liveView';
import { nodeSize } from './look';

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

  /** Takes every element of the model, already added to `cy`, and removes them all until the first apply. */
  constructor(
    private readonly cy: Core,
    private readonly model: Model,
  ) {
    cy.elements().forEach((el) => {
      this.byId.set(el.id(), el);
    });
    cy.batch(() => cy.elements().remove());
    this.picked = cy.collection();
  }

  get view(): LiveView {
    return this.current;
  }

  element(id: string): SingularElementReturnValue | undefined {
    return this.byId.get(id);
  }

  apply(next: LiveView, marks: Marks): void {
    const prev = this.current;
    const el = (id: string) => this.byId.get(id)!;
    const toggle = (cls: string) =>
      [(id: string) => el(id).removeClass(cls), (id: string) => el(id).addClass(cls)] as const;
    this.cy.batch(() => {
      const leaving = this.cy.collection();
      const entering = this.cy.collection();
      diffSets(
        prev.edges,
        next.edges,
        (k) => leaving.merge(el(k)),
        (k) => entering.merge(el(k)),
      );
      diffSets(
        prev.actors,
        next.actors,
        (id) => leaving.merge(el(id)),
        (id) => entering.merge(el(id)),
      );
      leaving.remove();
      entering.nodes().restore();
      entering.edges().restore();

      for (const id of next.actors) {
        const size = nodeSize(next.weight.get(id) ?? 0);
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
        for (const e of this.model.edges) if (e.relationId === s.id) this.picked.merge(this.byId.get(e.key)!);
      }
      this.picked.addClass('picked');
    }
    this.marks = marks;
  }
}
