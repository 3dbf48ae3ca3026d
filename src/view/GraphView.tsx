// The one component that owns the Cytoscape instance: created once per dataset with every element of the whole
// period at its layout position, then kept in step with the live view by GraphSync (id-keyed diffs in one
// batch). Clicks select, hovering reports a tooltip target, drags and re-run layouts write positions to the
// view state. Theme and layout changes restyle and move nodes; nothing here rebuilds the graph.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Core } from 'cytoscape';
import type { Model } from '../model';
import type { ViewStore } from '../state/store';
import { roundPoint, type Point, type ViewState } from '../state/viewState';
import { FAST_SIZE_STEP, buildStylesheet, drawingFor } from '../look/stylesheet';
import cytoscape from './cytoscape';
import { nodeElement } from './elements';
import { frame, targetPosition } from './framing';
import { createGraphHandle, type GraphHandle, type HandleControl } from './graphHandle';
import { LAYOUT_SEED, fcoseLayout } from './layout';
import type { LiveView } from './liveView';
import { listenToPointer, type Hover } from './pointer';
import { withSeededRandom } from './random';
import { GraphSync } from './sync';
import { fillInFrames, type Fill } from './fill';
import { followZoom } from './zoomStyle';
import { attachLineLayer } from './lineLayer';
import type { Viewport } from './fit';

export type { Hover } from './pointer';

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
  readonly onReady: (graph: GraphHandle) => void;
  readonly onHover: (hover: Hover | null) => void;
  /** Called with the zoom and pan whenever they change (and once at the start): the map under the graph follows. */
  readonly onViewport?: (viewport: Viewport) => void;
}

export function GraphView(props: GraphViewProps) {
  const { model, live, state, store, relayout, fit, webgl, onReady, onHover, onViewport } = props;
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef<{ cy: Core; sync: GraphSync; control: HandleControl } | null>(null);
  // The latest props for handlers registered once per cy; refreshed after each render.
  const first = useRef({ state, onReady, onHover, onViewport, model, live });
  useLayoutEffect(() => {
    first.current = { state, onReady, onHover, onViewport, model, live };
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
    // A large graph's lines are stroked in one pass (lineLayer.ts); WebGL draws its own way.
    const lines = drawing === 'fast' && !webgl ? attachLineLayer(cy) : null;
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
    const control = createGraphHandle(
      cy,
      sync,
      () => {
        const now = first.current;
        return {
          live: now.live,
          marks: { selection: now.state.selection, focus: now.state.focus?.id ?? null },
          theme: now.state.theme,
        };
      },
      lines,
    );
    followZoom(cy, drawing, () => control.styledAs());
    graph.current = { cy, sync, control };
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

    listenToPointer(cy, store, (hover) => first.current.onHover(hover));
    return () => {
      resized.disconnect();
      cancelAnimationFrame(pending);
      graph.current = null;
      cy.destroy();
    };
  }, [model, store, webgl]);

  // A large first view is drawn a part per frame (fill.ts); ready is signalled once it is drawn whole.
  const filling = useRef<{ cy: Core; fill: Fill } | null>(null);
  useLayoutEffect(() => {
    const g = graph.current;
    // While an export holds the graph, it shows the export's frames; releasing it shows the latest view.
    if (!g || g.control.held()) return;
    const marks = { selection: state.selection, focus: state.focus?.id ?? null };
    if (filling.current?.cy === g.cy) return filling.current.fill.retarget(live, marks);
    filling.current?.fill.cancel();
    const { cy, sync, control } = g;
    const drawn = () => {
      // The map frames the actors shown once they are: the first view's region, not the whole period's world.
      const { model: m, state: now } = first.current;
      if (now.layout === 'geo') frame(cy, m, now, drawingFor(m) === 'detailed', false);
      first.current.onReady(control.handle);
    };
    filling.current = { cy, fill: fillInFrames(sync, live, marks, drawn) };
  }, [live, state.selection, state.focus]);
  useEffect(() => () => filling.current?.fill.cancel(), []);

  useEffect(() => {
    graph.current?.control.themeChanged(state.theme);
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
