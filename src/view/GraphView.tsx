// The one component that owns the Cytoscape instance: created once per dataset with every element of the whole
// period at its layout position, then kept in step with the live view by GraphSync (id-keyed diffs in one
// batch). Clicks select, hovering reports a tooltip target, drags and re-run layouts write positions to the
// view state. Theme and layout changes restyle and move nodes; nothing here rebuilds the graph.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { Model } from '../model';
import type { ViewStore } from '../state/store';
import { roundPoint, type LayoutName, type Point, type ViewState } from '../state/viewState';
import cytoscape from './cytoscape';
import { LAYOUT_SEED, fcoseLayout, layoutPositions } from './layout';
import type { LiveView } from './liveView';
import { withSeededRandom } from './random';
import {
  FAST_LABEL_ZOOM,
  FAST_SIZE_STEP,
  buildStylesheet,
  drawingFor,
  labelSizeFor,
  type StyleOptions,
} from '../look/stylesheet';
import { setStyleOptions, stylesheetOf } from './style';
import { nodeElement } from './elements';
import { PLACE_MARGIN, fitViewport, measuredMargin, type Viewport } from './fit';
import { GraphSync } from './sync';
import { regionPoints } from './geo/region';

export interface Hover {
  readonly kind: 'actor' | 'relation' | 'pair';
  /** Actor id, edge key for a relation, or pair line id. */
  readonly id: string;
  /** A pair line's member edge keys. */
  readonly members?: readonly string[];
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
  /** Incremented to fit the graph to the canvas (the Fit button, the F key). */
  readonly fit: number;
  /** Cytoscape's WebGL renderer instead of its canvas one (only where a hardware GPU was found). */
  readonly webgl: boolean;
  /** Called once the first view of a dataset is painted. */
  readonly onReady: (cy: Core, sync: GraphSync) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** Called with the zoom and pan whenever they change (and once at the start): the map under the graph follows. */
  readonly onViewport?: (viewport: Viewport) => void;
}

function targetPosition(
  model: Model,
  layout: LayoutName,
  positions: ViewState['positions'],
  id: string,
): Point {
  return positions[id] ?? layoutPositions(model, layout).get(id) ?? { x: 0, y: 0 };
}

/** How long an asked-for fit glides (a resize fits at once: the canvas has already jumped). */
const FIT_MS = 350;

/**
 * Zooms and pans so every actor of the whole period, at the place its layout gives it, stands inside the canvas
 * with its label: the view holds still while time moves, and a fit during a layout change frames where the nodes
 * are going. Only the viewport changes, never a position.
 */
function frame(cy: Core, model: Model, state: ViewState, detailed: boolean, animate: boolean): void {
  // The map frames the region where the actors shown gather (geo/region.ts), not the whole world they span.
  const geo = state.layout === 'geo' && cy.nodes().nonempty();
  const ids = geo ? cy.nodes().map((n) => n.id()) : model.actors.keys();
  const placed = [...ids].map((id) => targetPosition(model, state.layout, state.positions, id));
  const margin = detailed
    ? measuredMargin(
        cy.nodes().map((n) => {
          const b = n.boundingBox();
          return { at: n.position(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
        }),
      )
    : PLACE_MARGIN;
  const box = {
    width: cy.width(),
    height: cy.height(),
    minZoom: cy.minZoom(),
    maxZoom: cy.maxZoom(),
    padding: 30,
  };
  const v = fitViewport(geo ? regionPoints(placed, margin, box) : placed, margin, box);
  if (!v) return;
  cy.stop(true, true);
  if (animate) cy.animate({ zoom: v.zoom, pan: { ...v.pan } }, { duration: FIT_MS });
  else cy.viewport({ zoom: v.zoom, pan: { ...v.pan } });
}

export function GraphView(props: GraphViewProps) {
  const { model, live, state, store, relayout, fit, webgl, onReady, onHover, onViewport } = props;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<{ cy: Core; sync: GraphSync } | null>(null);
  // The latest props for handlers registered once per cy; refreshed after each render.
  const first = useRef({ state, onReady, onHover, onViewport, model });
  useLayoutEffect(() => {
    first.current = { state, onReady, onHover, onViewport, model };
  });

  // A layout effect, so the instance exists before the first apply below runs in the same commit.
  useLayoutEffect(() => {
    const { state: s } = first.current;
    const cy = cytoscape({
      container: container.current,
      style: buildStylesheet(s.theme, { drawing: drawingFor(model) }),
      layout: { name: 'preset' },
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      // Cytoscape ≥ 3.31 reads its renderer's options here; its type declarations do not list them yet.
      ...({ renderer: { name: 'canvas', webgl } } as object),
    });
    const drawing = drawingFor(model);
    const sync = new GraphSync(
      cy,
      model,
      (id) => {
        const now = first.current.state;
        return targetPosition(model, now.layout, now.positions, id);
      },
      drawing === 'fast' ? FAST_SIZE_STEP : 1,
    );
    // Framed on every actor of the whole period, so the view holds still while time moves. A small dataset is
    // framed with its labels (every actor is added for the fit, then kept for later); a large one by its places.
    if (drawing === 'detailed') {
      const nodes = cy.add(
        [...model.actors.values()].map((a) =>
          nodeElement(a, targetPosition(model, s.layout, s.positions, a.id)),
        ),
      );
      cy.fit(nodes, 30);
      sync.adopt(nodes);
    } else frame(cy, model, s, false, false);
    // Detailed drawing grows labels as the view zooms out; fast drawing draws them only once zoomed in. Either
    // way the stylesheet changes only when the zoom crosses a step.
    const styleAt = (zoom: number): StyleOptions =>
      drawing === 'fast'
        ? { drawing, labels: zoom >= FAST_LABEL_ZOOM }
        : { drawing, labelSize: labelSizeFor(zoom) };
    let styled = styleAt(cy.zoom());
    setStyleOptions(cy, styled);
    cy.style(stylesheetOf(cy, first.current.state.theme));
    cy.on('zoom', () => {
      const next = styleAt(cy.zoom());
      if (next.labels === styled.labels && next.labelSize === styled.labelSize) return;
      styled = next;
      setStyleOptions(cy, styled);
      cy.style(stylesheetOf(cy, first.current.state.theme));
    });
    graph.current = { cy, sync };
    const viewport = () => first.current.onViewport?.({ zoom: cy.zoom(), pan: { ...cy.pan() } });
    cy.on('viewport', viewport);
    viewport();

    // A canvas that changes size (the window, a panel opening) is refitted at once.
    const el = container.current!;
    let size = { w: el.clientWidth, h: el.clientHeight };
    let pending = 0;
    const resized = new ResizeObserver(() => {
      if (el.clientWidth === size.w && el.clientHeight === size.h) return;
      size = { w: el.clientWidth, h: el.clientHeight };
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => {
        cy.resize();
        frame(cy, model, first.current.state, drawing === 'detailed', false);
      });
    });
    resized.observe(el);

    const select = (kind: 'actor' | 'relation' | 'pair', id: string) =>
      store.update((v) => ({ ...v, selection: { kind, id }, side: 'details' }), 'push');
    cy.on('tap', 'node', (e: EventObject) => select('actor', (e.target as NodeSingular).id()));
    // A pair line opens the pair view; a relation line its relation.
    cy.on('tap', 'edge', (e: EventObject) => {
      const edge = e.target as EdgeSingular;
      const pair = edge.data('pair') as string | undefined;
      if (pair !== undefined) select('pair', pair);
      else select('relation', edge.data('relationId') as string);
    });
    cy.on('tap', (e: EventObject) => {
      if (e.target === cy) store.update((v) => (v.selection ? { ...v, selection: null } : v), 'push');
    });
    const hover = (kind: 'actor' | 'relation') => (e: EventObject) =>
      first.current.onHover({
        kind: kind === 'relation' && (e.target as EdgeSingular).data('pair') !== undefined ? 'pair' : kind,
        id: (e.target as NodeSingular | EdgeSingular).id(),
        members: (e.target as NodeSingular | EdgeSingular).data('members') as readonly string[] | undefined,
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
      resized.disconnect();
      cancelAnimationFrame(pending);
      graph.current = null;
      cy.destroy();
    };
  }, [model, store, webgl]);

  const readySent = useRef<Core | null>(null);
  useLayoutEffect(() => {
    const g = graph.current;
    if (!g) return;
    g.sync.apply(live, { selection: state.selection, focus: state.focus?.id ?? null });
    if (readySent.current !== g.cy) {
      readySent.current = g.cy;
      const { cy, sync } = g;
      // The map frames the actors shown once they are: the first view's region, not the whole period's world.
      const { model: m, state: now } = first.current;
      if (now.layout === 'geo') frame(cy, m, now, drawingFor(m) === 'detailed', false);
      requestAnimationFrame(() => requestAnimationFrame(() => first.current.onReady(cy, sync)));
    }
  }, [live, state.selection, state.focus]);

  useEffect(() => {
    const cy = graph.current?.cy;
    if (cy) cy.style(stylesheetOf(cy, state.theme));
  }, [state.theme]);

  // Layout choice and stored positions: nodes on screen glide to their place, removed ones are moved directly.
  // A new layout, or positions reset, also refits the view to where the nodes are going.
  const placed = useRef({ layout: state.layout, moved: Object.keys(state.positions).length > 0 });
  useEffect(() => {
    const g = graph.current;
    if (!g) return;
    const moved = Object.keys(state.positions).length > 0;
    const refit = placed.current.layout !== state.layout || (placed.current.moved && !moved);
    placed.current = { layout: state.layout, moved };
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
    if (refit) frame(g.cy, model, first.current.state, drawingFor(model) === 'detailed', true);
  }, [model, state.layout, state.positions]);

  const fitted = useRef(fit);
  useEffect(() => {
    const g = graph.current;
    if (!g || fitted.current === fit) return;
    fitted.current = fit;
    frame(g.cy, model, first.current.state, drawingFor(model) === 'detailed', true);
  }, [fit, model]);

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
      frame(g.cy, first.current.model, store.get(), true, true);
    });
    withSeededRandom(LAYOUT_SEED, () => layout.run());
  }, [relayout, store]);

  return <div ref={container} className="graph-canvas" data-testid="graph" aria-hidden="true" />;
}
