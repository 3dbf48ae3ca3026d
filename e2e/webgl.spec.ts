// Cytoscape's WebGL renderer, where the explorer offers it: it starts and draws a picture that is not blank.
// This machine has no GPU, so the choice is not offered here (the test checks that too) and the browser is given
// SwiftShader, its software WebGL, for the check; the choice is then set as a user's stored preference.
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test.use({
  launchOptions: async ({ launchOptions }, provide) => {
    const args = (launchOptions.args ?? []).filter((a) => a !== '--disable-gpu');
    await provide({
      ...launchOptions,
      args: [...args, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
    });
  },
});

test('the WebGL renderer starts and draws a picture that is not blank', async ({ page }) => {
  await open(page, '?date=2026-02-27');
  const gpu = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : null;
  });
  expect(gpu).toMatch(/swiftshader/i);
  await expect(page.getByLabel('Draw with the GPU (WebGL)')).toHaveCount(0);

  await page.evaluate(() => localStorage.setItem('faultline:renderer', 'webgl'));
  await open(page, '?date=2026-02-27');
  await expect(page.getByLabel('Draw with the GPU (WebGL)')).toBeChecked();

  // Read the WebGL canvas right after the renderer draws a frame (its buffer is not kept once the frame is
  // shown). The WebGL path emits no 'render' event, so the renderer's draw call is wrapped for one frame.
  const picture = await page.evaluate(
    () =>
      new Promise<{ webgl: boolean; drawn: number; total: number }>((resolve) => {
        const cy = window.__faultline!.cy;
        const r = (
          cy as unknown as { renderer(): { webgl: boolean; render: (o: unknown) => void } }
        ).renderer();
        const canvas = [...cy.container()!.querySelectorAll('canvas')].find((c) => c.getContext('webgl2'));
        const draw = r.render;
        r.render = (options: unknown) => {
          draw.call(r, options);
          r.render = draw;
          const gl = canvas!.getContext('webgl2')!;
          const { width, height } = gl.canvas;
          const pixels = new Uint8Array(width * height * 4);
          gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          let drawn = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) drawn++;
          resolve({ webgl: r.webgl, drawn, total: width * height });
        };
        (cy as unknown as { forceRender(): void }).forceRender();
      }),
  );
  expect(picture.webgl).toBe(true);
  // Nodes cover a few per cent of the canvas: some pixels drawn, far from all of them.
  expect(picture.drawn).toBeGreaterThan(picture.total * 0.002);
  expect(picture.drawn).toBeLessThan(picture.total * 0.9);
});
