// Browser benchmark of image and animated export on the bundled dataset, in headless Chromium on the production
// build at 1280×800 and 27 February 2026: a PNG at 2× (and, beside it, the other still formats) and a 30-frame
// GIF (one frame a day, 960 px wide, global and per-frame palettes) and WebM, each timed in the page around
// `window.__faultline.export` from the call to the bytes in hand. The live JS heap sampled while a 30- and a
// 120-frame GIF are recorded shows whether memory stays bounded as the range grows. Needs dist/ (built here
// when missing).
import { cpus, loadavg } from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ensureBuilt, startPreview } from '../scripts/preview.mjs';
import type { AnimationRequestInput, ImageRequestInput } from '../src/io/export/figure-request';
import type { Benchmark, BenchOptions, BenchReport } from './registry';
import { formatMs, summarise, type Stats } from './stats';
import type {} from '../src/testHook';

const PORT = 4333;
const DATE = '2026-02-27';
/** 30 days, one frame each, ending on DATE. */
const RANGE_30 = { from: '2026-01-29', to: DATE };
const RANGE_120 = { from: '2025-10-31', to: DATE };

type Job =
  | { readonly kind: 'image'; readonly request: ImageRequestInput }
  | { readonly kind: 'animation'; readonly request: AnimationRequestInput };

interface Row {
  readonly what: string;
  readonly time: Stats;
  readonly bytes: number;
  readonly size: string;
}

/** Runs one export in the page; its time (ms) from the call to the bytes in hand, and its size. */
function exportOnce(page: Page, job: Job) {
  return page.evaluate(async (job) => {
    const exporter = window.__faultline!.export;
    const t0 = performance.now();
    const file =
      job.kind === 'image' ? await exporter.image(job.request) : await exporter.animation(job.request);
    const ms = performance.now() - t0;
    const size =
      'width' in file ? `${file.width}×${file.height}` : `${(file as { frames: number }).frames} frames`;
    return { ms, bytes: file.bytes.length, size };
  }, job);
}

/**
 * The live JS heap of the page while an export runs: sampled every half second through the DevTools protocol
 * after a full garbage collection, so it counts what the export keeps, not garbage waiting to be collected.
 */
async function heapDuring(page: Page, job: Job): Promise<{ samples: number[]; bytes: number }> {
  const cdp = await page.context().newCDPSession(page);
  const samples: number[] = [];
  let done = false;
  const running = exportOnce(page, job).finally(() => {
    done = true;
  });
  while (!done) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    samples.push(usedSize / 2 ** 20);
    await new Promise((r) => setTimeout(r, 500));
  }
  const { bytes } = await running;
  await cdp.detach();
  return { samples, bytes };
}

async function timeJob(
  page: Page,
  what: string,
  job: Job,
  runs: number,
  log: (l: string) => void,
): Promise<Row> {
  log(`${what}: ${runs} runs after one untimed`);
  await exportOnce(page, job);
  const times: number[] = [];
  let last = { bytes: 0, size: '' };
  for (let i = 0; i < runs; i++) {
    const r = await exportOnce(page, job);
    times.push(r.ms);
    last = r;
  }
  return { what, time: summarise(times), bytes: last.bytes, size: last.size };
}

const gif = (range: { from: string; to: string }, palette: 'global' | 'per-frame'): Job => ({
  kind: 'animation',
  request: { format: 'gif', ...range, step: 'day', fps: 10, width: 960, palette },
});

async function run(options: BenchOptions): Promise<BenchReport> {
  ensureBuilt(options.log);
  const server = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}?date=${DATE}`);
    await page.waitForSelector('#root[data-ready="true"]');
    const stills = options.quick ? 3 : 15;
    const animations = options.quick ? 2 : 10;
    const load = loadavg()[0]!;
    const rows: Row[] = [];
    const time = (what: string, job: Job, runs: number) => timeJob(page, what, job, runs, options.log);
    rows.push(await time('PNG 2×', { kind: 'image', request: { format: 'png', scale: 2 } }, stills));
    rows.push(await time('PNG 1×', { kind: 'image', request: { format: 'png', scale: 1 } }, stills));
    rows.push(await time('SVG', { kind: 'image', request: { format: 'svg' } }, stills));
    rows.push(await time('PDF', { kind: 'image', request: { format: 'pdf' } }, stills));
    rows.push(await time('GIF, 30 frames, global palette', gif(RANGE_30, 'global'), animations));
    rows.push(await time('GIF, 30 frames, palette per frame', gif(RANGE_30, 'per-frame'), animations));
    rows.push(
      await time(
        'WebM, 30 frames',
        { kind: 'animation', request: { format: 'webm', ...RANGE_30, step: 'day', fps: 10, width: 960 } },
        animations,
      ),
    );
    options.log('JS heap during a 30- and a 120-frame GIF');
    const heaps = [];
    for (const [frames, range] of [
      [30, RANGE_30],
      [120, RANGE_120],
    ] as const) {
      const r = await heapDuring(page, gif(range, 'global'));
      heaps.push({
        frames,
        median: summarise(r.samples).median,
        max: Math.max(...r.samples),
        bytes: r.bytes,
      });
    }
    const loadAfter = loadavg()[0]!;
    const markdown = [
      `Bundled dataset (graph-data/af-pak.json) on ${DATE}, production build, headless Chromium at 1280×800 (software rendering). Each export is timed in the page from the call to \`window.__faultline.export\` to the bytes in hand, after one untimed run; stills ${stills} runs, animations ${animations} runs. Animations: one frame a day from ${RANGE_30.from} to ${RANGE_30.to}, 960 px wide, 10 frames per second. Load average (1 min) ${load.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} cores shared with other work.`,
      '',
      '| export | pixels or frames | median | p95 | size |',
      '| --- | --- | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.what} | ${r.size} | ${formatMs(r.time.median)} | ${formatMs(r.time.p95)} | ${(r.bytes / 1024).toFixed(0)} KB |`,
      ),
      '',
      'Live JS heap of the page (after a full garbage collection, sampled every 0.5 s) while one GIF (global palette) is recorded:',
      '',
      '| GIF | median | most | file |',
      '| ---: | ---: | ---: | ---: |',
      ...heaps.map(
        (h) =>
          `| ${h.frames} frames | ${h.median.toFixed(1)} MB | ${h.max.toFixed(1)} MB | ${(h.bytes / 1024).toFixed(0)} KB |`,
      ),
    ].join('\n');
    return { markdown, raw: { date: DATE, loadBefore: load, loadAfter, rows, heaps } };
  } finally {
    await browser.close();
    server.stop();
  }
}

export const imageExportBenchmark: Benchmark = {
  name: 'image-export',
  title: 'Image and animated export (PNG 2×, 30-frame GIF and WebM)',
  run,
};
