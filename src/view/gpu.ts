// Whether this browser draws WebGL on a real GPU. Cytoscape's WebGL renderer pays only there: on software
// rendering (SwiftShader, llvmpipe: what a machine without a GPU falls back to) it is many times slower than
// the canvas renderer, so the explorer offers it only when a hardware renderer answers.
export interface GpuInfo {
  /** A WebGL context can be made at all (possibly in software). */
  readonly webgl: boolean;
  /** That context runs on a hardware GPU. */
  readonly hardware: boolean;
  /** What the driver calls itself, when it says. */
  readonly renderer: string | null;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Whether a WebGL renderer string names a software rasteriser. */
export function isSoftwareRenderer(name: string): boolean {
  return SOFTWARE.test(name);
}

let known: GpuInfo | null = null;

export function detectGpu(): GpuInfo {
  if (known) return known;
  known = { webgl: false, hardware: false, renderer: null };
  try {
    const probe = document.createElement('canvas');
    // With this flag the browser refuses a context it would have to emulate in software.
    const fast = probe.getContext('webgl2', { failIfMajorPerformanceCaveat: true });
    const gl = fast ?? document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      known = { webgl: true, hardware: fast !== null && !isSoftwareRenderer(renderer), renderer };
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No canvas or no WebGL: the canvas renderer it is.
  }
  return known;
}
