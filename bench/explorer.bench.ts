// Browser benchmark of the explorer: one step of the date slider on the bundled dataset, from the input event to
// the painted frame, in headless Chromium on the production build. In the page, performance.now() is read before
// the keydown is dispatched on the slider and again in the second requestAnimationFrame callback after it (by
// then the frame that drew the change has been produced). Headless Chromium paces frames at 60 Hz like a screen,
// so that reading can never go below two frame intervals (33.3 ms); the headline figure is therefore taken with
// the frame-rate limit off, where a frame starts as soon as the last one is done and the figure is the latency
// the page's own work causes. The same measurement on an empty page, in the same browser, gives the floor the
// browser itself sets on this machine. Needs dist/ (built here when missing).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { startPreview } from '../scripts/preview.mjs';
import type { Benchmark, BenchOptions, BenchReport } from './registry';
import { formatMs, summarise, type Stats } from './stats';
import type {} from '../src/state/testHook';

const PORT = 4331;
const START = '2025-09-15';
const WARMUP = 5;
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

interface Row {
  readonly page: string;
  readonly frames: string;
  readonly stats: Stats;
  readonly changed: number | null;
}

/** Steps the date slider `n` times; per step, the double-rAF latency and how many edges entered or left. */
function stepSlider(page: Page, n: number): Promise<{ ms: number[]; changed: number[] }> {
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ n, warmup }) => {
      const slider = document.querySelector<HTMLElement>('[role="slider"][aria-label="Date"]')!;
      slider.focus();
      const ms: number[] = [];
      const changed: number[] = [];
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      for (let i = 0; i < n + warmup; i++) {
        const before = window.__faultline!.live.edges;
        const t0 = performance.now();
        slider.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
        );
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        const t1 = performance.now();
        const after = window.__faultline!.live.edges;
        let diff = 0;
        for (const k of after) if (!before.has(k)) diff++;
        for (const k of before) if (!after.has(k)) diff++;
        if (i >= warmup) {
          ms.push(t1 - t0);
          changed.push(diff);
        }
      }
      return { ms, changed };
    },
    { n, warmup: WARMUP },
  );
}

/** The same double-rAF reading around a one-pixel style change on an otherwise empty page. */
function stepEmpty(page: Page, n: number): Promise<number[]> {
  return page.evaluate(
    async ({ n, warmup }) => {
      document.body.innerHTML = '<div id="box" style="width:100px;height:100px;background:#0072b2"></div>';
      const box = document.getElementById('box')!;
      const ms: number[] = [];
      for (let i = 0; i < n + warmup; i++) {
        const t0 = performance.now();
        box.style.width = `${100 + (i % 2)}px`;
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        if (i >= warmup) ms.push(performance.now() - t0);
      }
      return ms;
    },
    { n, warmup: WARMUP },
  );
}

async function measure(url: string, flags: readonly string[], steps: number): Promise<Row[]> {
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: [...CHROMIUM_ARGS, ...flags],
  });
  const frames = flags.length ? 'unthrottled' : 'paced at 60 Hz';
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('#root[data-ready="true"]');
    const explorer = await stepSlider(page, steps);
    const empty = await stepEmpty(await browser.newPage({ viewport: { width: 1280, height: 800 } }), steps);
    const mean = explorer.changed.reduce((a, b) => a + b, 0) / explorer.changed.length;
    return [
      { page: 'explorer, date slider step', frames, stats: summarise(explorer.ms), changed: mean },
      { page: 'empty page (browser floor)', frames, stats: summarise(empty), changed: null },
    ];
  } finally {
    await browser.close();
  }
}

async function run(options: BenchOptions): Promise<BenchReport> {
  if (!existsSync('dist/index.html')) {
    options.log('dist/ is missing: building the app');
    if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0)
      throw new Error('vite build failed');
  }
  const server = await startPreview(PORT);
  try {
    const steps = options.quick ? 20 : 120;
    const load = loadavg()[0]!;
    const rows: Row[] = [];
    for (const flags of [UNTHROTTLED, []]) {
      options.log(`${steps} one-day steps from ${START}, frames ${flags.length ? 'unthrottled' : 'paced'}`);
      rows.push(...(await measure(`${server.url}?date=${START}`, flags, steps)));
    }
    const loadAfter = loadavg()[0]!;
    const markdown = [
      `Bundled dataset (graph-data/af-pak.json), production build, headless Chromium at 1280×800. ${steps} one-day steps of the date slider from ${START} (a keydown ArrowRight on the slider), each timed from just before the input event to the second requestAnimationFrame after it. "Unthrottled" is Chromium with ${UNTHROTTLED.join(' ')}; "paced" is the default 60 Hz, where two frames are 33.3 ms whatever the page does. Load average (1 min) ${load.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} cores shared with other work.`,
      '',
      '| page | frames | steps | median | p95 | max | edges entering or leaving per step (mean) |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.page} | ${r.frames} | ${r.stats.n} | ${formatMs(r.stats.median)} | ${formatMs(r.stats.p95)} | ${formatMs(r.stats.max)} | ${r.changed === null ? '–' : r.changed.toFixed(2)} |`,
      ),
    ].join('\n');
    return { markdown, raw: { start: START, steps, loadBefore: load, loadAfter, rows } };
  } finally {
    server.stop();
  }
}

export const explorerBenchmark: Benchmark = {
  name: 'explorer',
  title: 'Explorer: slider step to painted frame',
  run,
};
