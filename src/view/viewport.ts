// The graph's zoom and pan as a feed: GraphView publishes every change, the basemap under the graph subscribes
// and moves with it without a React render per frame. A late subscriber gets the latest viewport at once.
import type { Viewport } from './fit';

export class ViewportFeed {
  private latest: Viewport | null = null;
  private readonly listeners = new Set<(v: Viewport) => void>();

  readonly publish = (v: Viewport): void => {
    this.latest = v;
    this.listeners.forEach((l) => l(v));
  };

  /** Calls `listener` with the latest viewport now (if any) and on every change; returns the unsubscribe. */
  subscribe(listener: (v: Viewport) => void): () => void {
    this.listeners.add(listener);
    if (this.latest) listener(this.latest);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** The SVG transform that draws layout coordinates where Cytoscape draws them: rendered = model · zoom + pan. */
export function viewportTransform(v: Viewport): string {
  return `translate(${v.pan.x} ${v.pan.y}) scale(${v.zoom})`;
}
