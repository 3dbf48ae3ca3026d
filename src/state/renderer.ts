// The drawing back-end chosen in this browser: Cytoscape's canvas renderer (the default everywhere) or its WebGL
// renderer (offered only where view/gpu.ts finds a hardware GPU). Kept in localStorage, not in the URL: it is
// a property of the machine, not of the view a link shares.
export type Renderer = 'canvas' | 'webgl';

const KEY = 'faultline:renderer';

export function storedRenderer(): Renderer {
  try {
    return localStorage.getItem(KEY) === 'webgl' ? 'webgl' : 'canvas';
  } catch {
    return 'canvas';
  }
}

export function storeRenderer(renderer: Renderer): void {
  try {
    localStorage.setItem(KEY, renderer);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
}
