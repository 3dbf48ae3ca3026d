#!/usr/bin/env node
// Screenshots of the explorer on the bundled dataset for the README and docs/: builds nothing itself (run
// `npm run build` first), serves dist/ with `vite preview`, opens it in headless Chromium at 1280×800 and writes
// docs/explorer.png (light, the default view: no date in the address) and docs/explorer-dark.png (dark), the
// answers (the pair view, the comparison of two dates, the analysis panel), the time bar (overview and detail),
// imprecisely dated relations on the graph, window mode, the map layout and story reading mode (the bundled story,
// docs/story.png). Usage: node scripts/screenshot.mjs [query of the main view] [--only docs/<file>.png]
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const PORT = 4319;
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args.splice(onlyAt, 2)[1] : undefined;
const query = args[0] ?? '';
const shots = [
  { file: 'docs/explorer.png', query, extra: '' },
  { file: 'docs/explorer-dark.png', query, extra: '&theme=dark' },
  { file: 'docs/time-bar.png', query, extra: '', element: '.time-bar' },
  { file: 'docs/imprecise.png', query: '?date=2024-06-01&edges=all', extra: '' },
  {
    file: 'docs/window-mode.png',
    query: '?date=2026-02-27&mode=window&from=2026-02-20&to=2026-02-27',
    extra: '',
  },
  { file: 'docs/pair-view.png', query: '?date=2026-02-27&sel=pair:pakistan~taliban-government', extra: '' },
  { file: 'docs/compare.png', query: '?date=2025-11-01&compare=2025-09-01&side=compare', extra: '' },
  { file: 'docs/analysis.png', query: '?date=2025-10-19&side=analysis', extra: '' },
  { file: 'docs/geo-layout.png', query: '?date=2026-02-27&layout=geo', extra: '' },
  {
    file: 'docs/story.png',
    query: '?story=from-kabul-to-open-war&step=8',
    extra: '',
    // The story's step is applied once the stories are loaded: wait for its page number.
    ready: '[data-testid="story-step"]:text("Step 8 of 9")',
    // Taller, and the panel scrolled to the story's title, so the caption and its first cited passage show.
    scrollTo: '#story-title',
    viewport: { width: 1280, height: 1000 },
  },
];

if (!existsSync('dist/index.html')) {
  console.error('screenshot: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

/**
 * Waits until the graph holds still: the same canvas size, zoom and pan, and no animation, over a few checks. A panel
 * that fills in late (the analysis series under the time bar) resizes the canvas, and the view is refitted after it.
 */
async function graphStill(page) {
  let last = '';
  for (let i = 0; i < 50; i++) {
    const now = await page.evaluate(() => {
      const cy = globalThis.window.__faultline?.cy;
      return cy ? JSON.stringify([cy.width(), cy.height(), cy.zoom(), cy.pan(), cy.animated()]) : '';
    });
    if (now !== '' && now === last && !JSON.parse(now)[4]) return;
    last = now;
    await page.waitForTimeout(250);
  }
}

const server = await startPreview(PORT);
const base = server.url;
try {
  const executablePath = (await findChromium()) ?? undefined;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  for (const shot of shots.filter((s) => only === undefined || s.file === only)) {
    await page.setViewportSize(shot.viewport ?? { width: 1280, height: 800 });
    const search = `${shot.query}${shot.extra}`;
    await page.goto(`${base}${search.startsWith('&') ? `?${search.slice(1)}` : search}`);
    await page.waitForSelector('#root[data-ready="true"]');
    if (shot.ready) await page.waitForSelector(shot.ready);
    if (shot.scrollTo)
      await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    // The analysis panel and its series are computed once the view holds still.
    await page.waitForFunction(() => !globalThis.document.querySelector('[data-pending="true"]'));
    await graphStill(page);
    await page.waitForTimeout(300);
    await graphStill(page);
    await page.mouse.move(0, 0);
    if (shot.element) await page.locator(shot.element).screenshot({ path: shot.file });
    else await page.screenshot({ path: shot.file });
    console.log(`screenshot: wrote ${shot.file}`);
  }
  await browser.close();
} finally {
  server.stop();
}
