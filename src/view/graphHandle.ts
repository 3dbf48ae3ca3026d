// The typed handle GraphView hands out once a dataset is drawn: how the figure export and the test hook reach the
// graph, so no file outside the view holds the Cytoscape instance. An export derives the live view of each frame
// itself, asks the graph to show it and to capture a picture in a theme, then releases the graph back to the
// app's own view; while held, the app's view changes wait.
import type { Core } from 'cytoscape';
import type { Theme } from '../look/theme';
import type { Point } from '../state/viewState';
import type { Viewport } from './fit';
import { drawnCrop, painted, positionsCrop, viewportSvg, type GraphCapture } from './graphSvg';
import type { LineLayer } from './lineLayer';
import type { LiveView } from './liveView';
import { stylesheetOf } from './style';
import type { GraphSync, Marks } from './sync';

export { painted, type GraphCapture } from './graphSvg';

export interface GraphHandle {
  /** Draws `live` (an export's frame) instead of the app's view and resolves once it is painted. */
  show(live: LiveView, marks: Marks): Promise<void>;
  /** Back to the app's latest view after a run of `show`s. */
  release(): void;
  /**
   * The viewport as SVG drawn in `theme`, with the part to keep: what is drawn, or (`positions`) where nodes at
   * these model positions would stand, one crop for many frames.
   */
  capture(theme: Theme, positions?: Iterable<Point>): Promise<GraphCapture>;
  /** Runs `work` with the stylesheet of `theme` on (one restyle for many captures), then puts the view's back. */
  withTheme<T>(theme: Theme, work: () => Promise<T>): Promise<T>;
  /** The zoom and pan now (the figure's map underlay is drawn in them). */
  viewport(): Viewport;
  /** Where every drawn node stands now (model coordinates): the positions the data exports carry. */
  positions(): Record<string, Point>;
  /** The benchmark's naive baseline: every view change removes every element and adds the live set anew. */
  setNaiveRebuild(on: boolean): void;
  /** The large graph's line layer (null when Cytoscape draws every line): the pixel test and benchmark switch it. */
  readonly lines: LineLayer | null;
  /** The instance was destroyed (another dataset opened). */
  readonly closed: boolean;
  /** The instance, for the end-to-end tests' read-only assertions through the test hook; the app never calls it. */
  inspect(): Core;
}

/** What the handle reads from GraphView's latest props. */
export interface Latest {
  readonly live: LiveView;
  readonly marks: Marks;
  readonly theme: Theme;
}

/** GraphView's side of the handle: whether an export holds the graph, and the theme its stylesheet is in. */
export interface HandleControl {
  readonly handle: GraphHandle;
  held(): boolean;
  /** The app's theme changed: restyle unless an export holds another theme on. */
  themeChanged(theme: Theme): void;
  /** The theme the stylesheet is in now (the zoom steps restyle in it). */
  styledAs(): Theme;
}

export function createGraphHandle(
  cy: Core,
  sync: GraphSync,
  latest: () => Latest,
  lines: LineLayer | null = null,
): HandleControl {
  let held = false;
  let styledAs: Theme = latest().theme;
  const restyle = (theme: Theme) => {
    if (styledAs === theme) return;
    cy.style(stylesheetOf(cy, theme));
    styledAs = theme;
  };
  let holdingTheme = false;
  const handle: GraphHandle = {
    async show(live, marks) {
      held = true;
      sync.apply(live, marks);
      await painted();
    },
    release() {
      if (!held || cy.destroyed()) return;
      held = false;
      const now = latest();
      sync.apply(now.live, now.marks);
    },
    async capture(theme, positions) {
      const cropNow = () => (positions ? positionsCrop(cy, positions) : drawnCrop(cy));
      if (styledAs === theme) return { markup: viewportSvg(cy), crop: cropNow() };
      const was = styledAs;
      restyle(theme);
      let markup: string;
      try {
        await painted();
        markup = viewportSvg(cy);
      } finally {
        restyle(was);
      }
      // Measured in the view's own stylesheet, as the figure's size is when no other theme is asked for.
      return { markup, crop: cropNow() };
    },
    async withTheme(theme, work) {
      const was = styledAs;
      restyle(theme);
      holdingTheme = true;
      try {
        if (was !== theme) await painted();
        return await work();
      } finally {
        holdingTheme = false;
        if (!cy.destroyed()) restyle(latest().theme);
      }
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    positions() {
      const at: Record<string, Point> = {};
      cy.nodes().forEach((n) => {
        at[n.id()] = { ...n.position() };
      });
      return at;
    },
    setNaiveRebuild(on) {
      sync.rebuild = on;
    },
    lines,
    get closed() {
      return cy.destroyed();
    },
    inspect: () => cy,
  };
  return {
    handle,
    held: () => held,
    themeChanged(theme) {
      if (holdingTheme) return;
      // Always restyled, even in the same theme: without this call once mounted, the first paint was seen to keep
      // the label size of before the first fit (the docs screenshots showed it).
      cy.style(stylesheetOf(cy, theme));
      styledAs = theme;
    },
    styledAs: () => styledAs,
  };
}
