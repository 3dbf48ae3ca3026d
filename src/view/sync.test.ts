// Applying live views to a headless Cytoscape: what is in the graph is exactly the view, elements come back as
// the same objects (restored, never re-added), and marks (mediator, age, dim, focus, selection) follow the view.
import { describe, expect, it, vi } from 'vitest';
import { buildModel } from '../model';
import { DEFAULT_VIEW, type ViewState } from '../state/viewState';
import cytoscape from './cytoscape';
import { FIXTURE } from '../model/dataset/test-fixture';
import { LiveViewDeriver } from './liveView';
import { GraphSync } from './sync';

const model = buildModel(FIXTURE);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

function setup() {
  const cy = cytoscape({ headless: true });
  const sync = new GraphSync(cy, model, () => ({ x: 0, y: 0 }));
  const deriver = new LiveViewDeriver(model);
  const show = (date: string, patch: Partial<ViewState> = {}) => {
    // One line per relation unless a test asks for pair lines: these tests are about relation elements.
    const state = { ...DEFAULT_VIEW, edgeMode: 'relations' as const, ...patch, date: day(date) };
    const view = deriver.derive(state);
    sync.apply(view, { selection: state.selection, focus: state.focus?.id ?? null });
    return view;
  };
  const ids = (sel: string) =>
    cy
      .$(sel)
      .map((e) => e.id())
      .sort();
  return { cy, sync, show, ids };
}

describe('GraphSync', () => {
  it('starts empty, then holds exactly the live view at each date', () => {
    const { cy, show, ids } = setup();
    expect(cy.elements().length).toBe(0);
    for (const date of ['2025-10-19', '2026-02-27', '1980-01-01', '2025-10-20']) {
      const view = show(date);
      expect(ids('node')).toEqual([...view.actors].sort());
      expect(ids('edge')).toEqual([...view.edges].sort());
    }
  });

  it('restores the same element objects instead of adding new ones', () => {
    const { cy, sync, show } = setup();
    show('2025-10-19');
    const node = cy.getElementById('delta');
    show('2026-02-27');
    show('2025-10-19');
    // Every element of the period has now been shown once: from here on nothing is added.
    const add = vi.spyOn(cy, 'add');
    show('2026-02-27');
    expect(node.removed()).toBe(true);
    show('2025-10-19');
    expect(cy.getElementById('delta')).toBe(node);
    expect(sync.element('delta')).toBe(node);
    expect(add).not.toHaveBeenCalled();
  });

  it('creates an element the first time it is shown, at the position it is given', () => {
    const cy = cytoscape({ headless: true });
    const sync = new GraphSync(cy, model, (id) => ({ x: id.length, y: 7 }));
    expect(sync.element('delta')).toBeUndefined();
    const view = new LiveViewDeriver(model).derive({ ...DEFAULT_VIEW, date: day('2025-10-19') });
    sync.apply(view, { selection: null, focus: null });
    expect(view.actors.has('delta')).toBe(true);
    expect(sync.element('delta')?.position()).toEqual({ x: 5, y: 7 });
    expect(cy.elements().length).toBe(view.actors.size + view.edges.size);
  });

  it('takes adopted elements as created: out of the graph until shown, then restored, not added', () => {
    const cy = cytoscape({ headless: true });
    const sync = new GraphSync(cy, model, () => ({ x: 0, y: 0 }));
    const nodes = cy.add(FIXTURE.actors.map((a) => ({ group: 'nodes' as const, data: { id: a.id } })));
    sync.adopt(nodes);
    expect(cy.elements().length).toBe(0);
    const add = vi.spyOn(cy, 'add');
    const view = new LiveViewDeriver(model).derive({ ...DEFAULT_VIEW, date: day('2025-10-19') });
    sync.apply(view, { selection: null, focus: null });
    expect(cy.getElementById('delta')).toBe(nodes.getElementById('delta'));
    // Only the edges are new.
    expect(
      add.mock.calls.flatMap(([defs]) => defs as { group: string }[]).every((d) => d.group === 'edges'),
    ).toBe(true);
  });

  it('marks elements first shown under a focus and selection made before they existed', () => {
    const { show, ids } = setup();
    const focus = { id: 'delta', hops: 1 as const };
    const selection = { kind: 'relation' as const, id: 'r-mediation' };
    const before = show('1980-01-01', { focus, selection });
    expect(before.actors.has('delta')).toBe(false);
    expect(ids('.focus, .picked')).toEqual([]);
    show('2025-11-15', { focus, selection });
    expect(ids('.focus')).toEqual(['delta']);
    expect(ids('.picked')).toEqual(['r-mediation~alpha', 'r-mediation~beta']);
  });

  it('the naive baseline (rebuild) ends in the same graph, with new element objects', () => {
    const { cy, sync, show, ids } = setup();
    show('2025-10-19');
    const node = cy.getElementById('delta');
    sync.rebuild = true;
    const view = show('2025-10-20', { focus: { id: 'alpha', hops: 1 } });
    expect(ids('node')).toEqual([...view.actors].sort());
    expect(ids('edge')).toEqual([...view.edges].sort());
    expect(ids('.focus')).toEqual(['alpha']);
    expect(cy.getElementById('delta')).not.toBe(node);
  });

  it('marks mediators, aged events, the focus and its surroundings, and the selection', () => {
    const { cy, show, ids } = setup();
    show('2025-11-15', {
      focus: { id: 'alpha', hops: 1 },
      selection: { kind: 'relation', id: 'r-mediation' },
    });
    expect(ids('.mediator')).toEqual(['delta']);
    expect(ids('.age3')).toEqual(['r-mediation~alpha', 'r-mediation~beta']);
    expect(ids('.focus')).toEqual(['alpha']);
    expect(ids('.picked')).toEqual(['r-mediation~alpha', 'r-mediation~beta']);
    expect(ids('node.dim')).toEqual(['beta']);
    expect(ids('edge.dim')).toEqual(['r-mediation~beta', 'r-support']);

    show('2026-02-27', { selection: { kind: 'actor', id: 'union' } });
    expect(ids('.mediator, .age1, .age2, .age3, .focus, .dim')).toEqual([]);
    expect(ids('.picked')).toEqual(['union']);
    expect(cy.getElementById('delta').hasClass('mediator')).toBe(false);
  });

  it('sizes actors by weighted degree in the view', () => {
    const { cy, show } = setup();
    show('2025-10-19');
    const big = cy.getElementById('alpha').data('size') as number;
    const small = cy.getElementById('delta').data('size') as number;
    expect(big).toBeGreaterThan(small);
  });

  it('marks imprecise events as the view says, on relation lines and on pair lines, and clears the mark', () => {
    const { show, ids } = setup();
    // "2026-02-2X" is wider than a memory of 7 days: imprecise at that memory, not at 30 days.
    show('2026-02-27', { memory: 7 });
    expect(ids('edge.imprecise')).toEqual(['r-condemn']);
    show('2026-02-27', { memory: 30 });
    expect(ids('edge.imprecise')).toEqual([]);
    show('2026-02-27', { memory: 7 });
    expect(ids('edge.imprecise')).toEqual(['r-condemn']);
    show('2026-02-27', { memory: 7, edgeMode: 'pairs' });
    expect(ids('edge.imprecise')).toEqual(['pair:alpha~union:hostile']);
    show('2026-02-27', { memory: 30, edgeMode: 'pairs' });
    expect(ids('edge.imprecise')).toEqual([]);
  });
});
