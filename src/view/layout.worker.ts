// The force layout's Web Worker: lays out the places of a large graph off the main thread, so the page keeps
// answering while thousands of actors are placed. Same code and seed as on the main thread: the same picture.
import type { ElementDefinition } from 'cytoscape';
import { forcePlaces } from './layout';

export interface LayoutRequest {
  readonly elements: readonly ElementDefinition[];
}

export type LayoutReply =
  | { readonly type: 'done'; readonly places: readonly (readonly [string, number, number])[] }
  | { readonly type: 'failed'; readonly message: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
};

scope.onmessage = (e) => {
  try {
    const places = [...forcePlaces(e.data.elements)].map(([id, p]) => [id, p.x, p.y] as const);
    scope.postMessage({ type: 'done', places });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
