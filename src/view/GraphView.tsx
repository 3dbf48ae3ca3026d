// The one component that owns the Cytoscape instance: created once per dataset with every element of the whole
// period at its layout position, then kept in step with the live view by GraphSync (id-keyed diffs in one
// batch). Clicks select, hovering reports a tooltip target, drags and re-run layouts write positions to the
// view state. Theme and layout changes restyle and move nodes; nothing here rebuilds the graph.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { Model } from '../model';
import type { ViewStore } from '../state/store';
import { roundPoint, type LayoutName, type Point, type ViewState } from '../state/viewState';
import cytoscape from './cytoscape';
import { buildElements } from './elements';
import { LAYOUT_SEED, fcoseLayout, layoutPositions } from './layout';
import type { LiveView } from './liveView';
import { withSeededRandom } from './random';
import { buildStylesheet, labelSizeFor } from './style';
import { GraphSync } from './sync';

export interface Hover {
  readonly kind: 'actor' | 'relation';
  /** Actor id, or edge key for a relation. */
  readonly id: string;
  /** Position in the graph's box, px. */
  readonly x: number;
  readonly y: number;
}

export interface GraphViewProps {
  readonly model: Model;
  readonly live: LiveView;
  readonly state: ViewState;
  readonly store: ViewStore;
  /** Incremented to re-run the force layout on what is shown now. */
  readonly relayout: number;
  readonly onReady: (cy: Core) => void;
  readonly onHover: (hover: Hover | null) => void;
}

function targetPosition(
  model: Model,
  layout: LayoutName,
  positions: ViewState['positions'],
  id: string,
): Point {
  return positions[id] ?? layoutPositions(model, layout).get(id) ?? { x: 0, y: 0 };
}

export function GraphView({ model, live, state, store, relayout, onReady, onHover }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<{ cy: Core; sync: GraphSync } | null>(null);
  // The latest props for handlers registered once per cy; refreshed after each render.
  const first = useRef({ state, onReady, onHover });
  useLayoutEffect(() => {
    first.current = { state, onReady, onHover };
  });

  // A layout effect, so the instance exists before the first apply below runs in the same commit.
  useLayoutEffect(() => {
    const { state: s } = first.current;
    const cy = cytoscape({
      container: container.current,
      elements: buildElements(model, (id) => targetPosition(model, s.layout, s.positions, id)),
      style: buildStylesheet(s.theme),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
    });
    cy.fit(cy.nodes(), 30);
    // Labels keep a readable size on screen when the view is zoomed out; the stylesheet changes only per size step.
    let labelSize = labelSizeFor(cy.zoom());
    cy.style(buildStylesheet(first.current.state.theme, labelSize));
    cy.on('zoom', () => {
      const next = labelSizeFor(cy.zoom());
      if (next === labelSize) return;
      labelSize = next;
      cy.style(buildStylesheet(first.current.state.theme, labelSize));
    });
    const sync = new GraphSync(cy, model);
    graph.current = { cy, sync };

    const select = (kind: 'actor' | 'relation', id: string) =>
      store.update((v) => ({ ...v, selection: { kind, id } }), 'push');
    cy.on('tap', 'node', (e: EventObject) => select('actor', e.target.id() as string));
    cy.on('tap', 'edge', (e: EventObject) => select('relation', e.target.data('relationId') as string));
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) store.update((v) => (v.selection ? { ...v, selection: null } : v), 'push');
    });
    const hover = (kind: 'actor' | 'relation') => (e: EventObject) =>
      first.current.onHover({
        kind,
        id: e.target.id() as string,
        x: e.renderedPosition.x,
        y: e.renderedPosition.y,
      });
    cy.on('mouseover', 'node', hover('actor'));
    cy.on('mouseover', 'edge', hover('relation'));
    cy.on('mouseout', 'node, edge', () => first.current.onHover(null));
    cy.on('dragfree', 'node', (e: EventObject) => {
      const node = e.target as NodeSingular;
      const p = roundPoint(node.position());
      node.position({ ...p });
      store.update((v) => ({ ...v, positions: { ...v.positions, [node.id()]: p } }), 'push');
    });
    return () => {
      graph.current = null;
      cy.destroy();
    };
  }, [model, store]);

  const readySent = useRef<Core | null>(null);
  useLayoutEffect(() => {
    const g = graph.current;
    if (!g) return;
    g.sync.apply(live, { selection: state.selection, focus: state.focus?.id ?? null });
    if (readySent.current !== g.cy) {
      readySent.current = g.cy;
      const cy = g.cy;
      requestAnimationFrame(() => requestAnimationFrame(() => first.current.onReady(cy)));
    }
  }, [live, state.selection, state.focus]);

  useEffect(() => {
    const cy = graph.current?.cy;
    cy?.style(buildStylesheet(state.theme, labelSizeFor(cy.zoom())));
  }, [state.theme]);

  // Layout choice and stored positions: nodes on screen glide to their place, removed ones are moved directly.
  useEffect(() => {
    const g = graph.current;
    if (!g) return;
    const shown = g.cy.nodes();
    model.actors.forEach((_a, id) => {
      const node = g.sync.element(id);
      if (!node || node.inside()) return;
      node.position({ ...targetPosition(model, state.layout, state.positions, id) });
    });
    const moving = shown.filter((n) => {
      const to = targetPosition(model, state.layout, state.positions, n.id());
      const at = n.position();
      return Math.abs(at.x - to.x) > 0.5 || Math.abs(at.y - to.y) > 0.5;
    });
    moving.forEach((n) => {
      n.animate(
        { position: { ...targetPosition(model, state.layout, state.positions, n.id()) } },
        { duration: 450 },
      );
    });
  }, [model, state.layout, state.positions]);

  useEffect(() => {
    const g = graph.current;
    if (!g || relayout === 0) return;
    const layout = g.cy
      .elements()
      .layout(fcoseLayout({ randomize: false, animate: true, animationDuration: 700 }));
    layout.one('layoutstop', () => {
      const placed: Record<string, Point> = {};
      g.cy.nodes().forEach((n) => {
        placed[n.id()] = roundPoint(n.position());
      });
      store.update((v) => ({ ...v, positions: { ...v.positions, ...placed } }), 'push');
    });
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  }, [relayout, store]);

  return <div ref={container} className="graph-canvas" data-testid="graph" aria-hidden="true" />;
}
