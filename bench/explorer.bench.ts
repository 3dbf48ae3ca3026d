// Browser benchmark of the explorer: one step of the date slider on the bundled dataset, from the input event to
// the painted frame, in headless Chromium on the production build. In the page, performance.now() is read just
// before the keydown is dispatched on the slider, then in the second requestAnimationFrame callback after it (by
// then the frame that drew the change has been produced: "double rAF"), and in a message posted from the first
// one (it runs once that frame's rendering steps are done: "next paint"). The same readings around a one-pixel
// style change on an empty page give the floor the browser itself sets on this machine, with frames paced at
// 60 Hz and with the frame-rate limit off. Needs dist/ (built here when missing).
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ensureBuilt, startPreview } from '../scripts/preview.mjs';
import type { Benchmark, BenchOptions, BenchReport } from './registry';
import { formatMs, summarise, type Stats } from './stats';
import type {} from '../src/testHook';

const PORT = 4331;
const START = '2025-10-01';
const WARMUP = 5;
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

interface Row {
  readonly page: string;
  readonly frames: string;
  readonly doubleRaf: Stats;
  readonly nextPaint: Stats;
  readonly changed: number | null;
}

interface Samples {
  /** Input event to the second animation frame after it (the measure the issue names). */
  readonly doubleRaf: number[];
  /** Input event to the task that runs right after the next frame's rendering steps ("next paint"). */
  readonly nextPaint: number[];
  /** Edges entering or leaving the view at each step. */
  readonly changed: number[];
}

/**
 * Steps the date slider `n` times (or, with `empty`, changes one style on an empty page: the browser's floor).
 * Each input is sent after an idle pause of 0 to 16 ms, so it lands at a different point of the frame each time,
 * as a person's key press would.
 */
function step(page: Page, n: number, empty: boolean): Promise<Samples> {
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ n, warmup, empty }) => {
      if (empty)
        document.body.innerHTML = '<div id="box" style="width:100px;height:100px;background:#0072b2"></div>';
      const slider = document.querySelector<HTMLElement>('[role="slider"][aria-label="Date"]');
      const box = document.getElementById('box');
      slider?.focus();
      const out = { doubleRaf: [] as number[], nextPaint: [] as number[], changed: [] as number[] };
      for (let i = 0; i < n + warmup; i++) {
        await new Promise<void>((r) => setTimeout(r, (i * 7) % 17));
        const before = empty ? null : window.__faultline!.live.edges;
        let painted = NaN;
        const t0 = performance.now();
        if (slider)
          slider.dispatchEvent(
            new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
          );
        else box!.style.width = `${100 + (i % 2)}px`;
        await new Promise<void>((r) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              painted = performance.now();
            };
            channel.port2.postMessage(null);
            r();
          }),
        );
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        const t2 = performance.now();
        if (i < warmup) continue;
        out.doubleRaf.push(t2 - t0);
        out.nextPaint.push(painted - t0);
        if (before) {
          const after = window.__faultline!.live.edges;
          let diff = 0;
          for (const k of after) if (!before.has(k)) diff++;
          for (const k of before) if (!after.has(k)) diff++;
          out.changed.push(diff);
        }
      }
      return out;
    },
    { n, warmup: WARMUP, empty },
  );
}

async function measure(url: string, flags: readonly string[], steps: number): Promise<Row[]> {
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: [...CHROMIUM_ARGS, ...flags],
  });
  const frames = flags.length ? 'rate limit off' : 'paced at 60 Hz';
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForSelector('#root[data-ready="true"]');
    const explorer = await step(page, steps, false);
    const empty = await step(await browser.newPage({ viewport: { width: 1280, height: 800 } }), steps, true);
    const changed = explorer.changed.reduce((a, b) => a + b, 0) / explorer.changed.length;
    return [
      {
        page: 'explorer: date slider step',
        frames,
        doubleRaf: summarise(explorer.doubleRaf),
        nextPaint: summarise(explorer.nextPaint),
        changed,
      },
      {
        page: 'empty page: one style change',
        frames,
        doubleRaf: summarise(empty.doubleRaf),
        nextPaint: summarise(empty.nextPaint),
        changed: null,
      },
    ];
  } finally {
    await browser.close();
  }
}

async function run(options: BenchOptions): Promise<BenchReport> {
  ensureBuilt(options.log);
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
    const ms = (x: Stats) => `${formatMs(x.median)} / ${formatMs(x.p95)}`;
    const markdown = [
      `Bundled dataset (graph-data/af-pak.json), production build, headless Chromium at 1280×800. ${steps} one-day steps of the date slider from ${START} (a keydown ArrowRight dispatched on the slider after an idle pause of 0–16 ms), each timed from just before the input event to the second requestAnimationFrame after it ("double rAF") and to a message posted from the first one ("next paint"). The empty page times a one-pixel style change the same way: the floor the browser itself sets. "Rate limit off" is Chromium with ${UNTHROTTLED.join(' ')}. Load average (1 min) ${load.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} cores shared with other work.`,
      '',
      '| page | frames | steps | double rAF median / p95 | next paint median / p95 | edges entering or leaving per step (mean) |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.page} | ${r.frames} | ${r.doubleRaf.n} | ${ms(r.doubleRaf)} | ${ms(r.nextPaint)} | ${r.changed === null ? '–' : r.changed.toFixed(2)} |`,
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
