// Browser benchmark of the explorer at scale: seeded synthetic datasets from 100 actors / 500 relations to 20,000 /
// 200,000, imported through the app's own `?data=` path into the production build in headless Chromium, then
// timed: a one-day step, a 30-day step, a random jump and a play tick (each from the state change to the second
// animation frame after it, when the frame that drew it has been produced), load to first paint of the stored
// dataset (navigation start to the app's `faultline:ready` mark, positions already cached), and a 2× PNG export
// at the current date. The same steps are then timed the naive way (every element removed, the live set added
// anew: the test hook's setNaiveRebuild) as the baseline. Frames are not paced (frame-rate limit off), so a
// figure is the work done, not a wait for the next 60 Hz tick. Needs dist/ (built here when missing).
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ensureBuilt, startPreview } from '../scripts/preview.mjs';
import type { Benchmark, BenchOptions, BenchReport } from './registry';
import { formatMs, summarise, type Stats } from './stats';
import { seededRandom } from '../src/model/random';
import { serveData } from './serve-data';
import { syntheticDataset } from './synthetic';
import type {} from '../src/testHook';

const PORT = 4332;
const DAY_MS = 86_400_000;
const START = Date.UTC(2012, 5, 1);
/** The synthetic data spans 1996–2025: random jumps land anywhere in it. */
const FIRST = Date.UTC(1996, 0, 1);
const LAST = Date.UTC(2025, 11, 31);
const WARMUP = 5;
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

export interface Size {
  readonly actors: number;
  readonly relations: number;
}

export const SIZES: readonly Size[] = [
  { actors: 100, relations: 500 },
  { actors: 1_000, relations: 10_000 },
  { actors: 5_000, relations: 50_000 },
  { actors: 20_000, relations: 200_000 },
];

/** Step to painted frame, median, by size (ms): the issue's targets. */
const STEP_TARGET: Readonly<Record<number, number>> = { 500: 8, 10_000: 20, 50_000: 120, 200_000: 500 };
const LOAD_TARGET: Readonly<Record<number, number>> = { 10_000: 1500, 50_000: 3000 };
const EXPORT_TARGET: Readonly<Record<number, number>> = { 10_000: 300 };

const STEP_KINDS = ['one-day step', '30-day step', 'random jump', 'play tick'] as const;
type StepKind = (typeof STEP_KINDS)[number];

interface Timed {
  /** State change to the end of the frame that drew it ("next paint": a message posted from that frame's rAF). */
  readonly paint: number[];
  /** The same less the wait for that frame to begin: the work the step cost the page. */
  readonly work: number[];
  /** State change to the second animation frame after it. */
  readonly doubleRaf: number[];
  /** Actors and relations drawn after each step, and the lines drawn for them (one per pair and tone by default). */
  readonly actors: number[];
  readonly edges: number[];
  readonly lines: number[];
}

interface StepResult {
  readonly diff: { readonly paint: Stats; readonly work: Stats; readonly doubleRaf: Stats };
  readonly naive: { readonly paint: Stats; readonly work: Stats; readonly doubleRaf: Stats };
  readonly actors: number;
  readonly edges: number;
  readonly lines: number;
}

/** The same steps drawn another way: one line per relation (as before pair lines), or with the analysis panel open. */
const VARIANTS = [
  { name: 'every relation', query: '&edges=all' },
  { name: 'pairs + analysis panel', query: '&side=analysis' },
] as const;
type VariantName = (typeof VARIANTS)[number]['name'];

interface VariantResult {
  readonly steps: Readonly<
    Record<StepKind, { readonly paint: Stats; readonly work: Stats; readonly lines: number }>
  >;
  /** One run of the analysis of the view (after the date holds still), as the panel times it. */
  readonly analysis: Stats | null;
}

interface SizeResult {
  readonly size: Size;
  readonly importMs: number;
  readonly firstOpenMs: number;
  readonly load: Stats;
  /** The longest main-thread task during each timed load. */
  readonly longestTask: Stats;
  readonly exportPng: Stats;
  readonly steps: Readonly<Record<StepKind, StepResult>>;
  readonly variants: Readonly<Record<VariantName, VariantResult>>;
}

const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

async function waitReady(page: Page, datasetId: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      document.getElementById('root')?.dataset.ready === 'true' &&
      window.__faultline?.model.dataset.id === id,
    datasetId,
    { polling: 50 },
  );
}

/** Sets each date in turn as a control would, timing each to the paint of the frame that drew it. */
function timeDates(page: Page, dates: readonly number[]): Promise<Timed> {
  // No named functions inside evaluate: tsx would wrap them in a helper the page does not have.
  return page.evaluate(
    async ({ dates, warmup }) => {
      const hook = window.__faultline!;
      const out: Timed = { paint: [], work: [], doubleRaf: [], actors: [], edges: [], lines: [] };
      for (let i = 0; i < dates.length; i++) {
        // An idle pause of 0–16 ms, so the change lands at a different point of the frame each time.
        await new Promise<void>((r) => setTimeout(r, (i * 7) % 17));
        const date = dates[i]!;
        const t0 = performance.now();
        hook.store.update((v) => ({ ...v, date }), 'replace');
        // React renders the change in a microtask queued by the update: this one runs after it.
        await Promise.resolve();
        const rendered = performance.now();
        let frameStart = NaN;
        let painted = NaN;
        await new Promise<void>((r) =>
          requestAnimationFrame((stamp) => {
            frameStart = stamp;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              painted = performance.now();
              r();
            };
            channel.port2.postMessage(null);
          }),
        );
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        const t2 = performance.now();
        if (i < warmup) continue;
        out.paint.push(painted - t0);
        out.work.push(rendered - t0 + (painted - Math.max(frameStart, rendered)));
        out.doubleRaf.push(t2 - t0);
        out.actors.push(hook.live.actors.size);
        out.edges.push(hook.live.edges.size);
        out.lines.push(hook.cy.edges().length);
      }
      return out;
    },
    { dates: [...dates], warmup: WARMUP },
  );
}

/** Presses Play and times `n` ticks of the player the same way, each from its state change. */
async function timePlay(page: Page, n: number): Promise<Timed> {
  const play = page.getByRole('button', { name: 'Play', exact: true });
  const timed = page.evaluate(
    ({ n, warmup }) =>
      new Promise<Timed>((resolve) => {
        const hook = window.__faultline!;
        const out: Timed = { paint: [], work: [], doubleRaf: [], actors: [], edges: [], lines: [] };
        let last = hook.store.get().date;
        let seen = 0;
        const stop = hook.store.subscribe(() => {
          const date = hook.store.get().date;
          if (date === last) return;
          last = date;
          const t0 = performance.now();
          const k = seen++;
          let rendered = NaN;
          let frameStart = NaN;
          let painted = NaN;
          void Promise.resolve().then(() => {
            rendered = performance.now();
          });
          requestAnimationFrame((stamp) => {
            frameStart = stamp;
            const channel = new MessageChannel();
            // The second frame is asked for once the message has come, as in timeDates: asked for at once, a slow
            // frame (the naive rebuild's) could run it before the message, and the tick had no paint time.
            channel.port1.onmessage = () => {
              painted = performance.now();
              requestAnimationFrame(() => {
                if (k < warmup || out.paint.length >= n) return;
                out.paint.push(painted - t0);
                out.work.push(rendered - t0 + (painted - Math.max(frameStart, rendered)));
                out.doubleRaf.push(performance.now() - t0);
                out.actors.push(hook.live.actors.size);
                out.edges.push(hook.live.edges.size);
                out.lines.push(hook.cy.edges().length);
                if (out.paint.length === n) {
                  stop();
                  resolve(out);
                }
              });
            };
            channel.port2.postMessage(null);
          });
        });
      }),
    { n, warmup: WARMUP },
  );
  await play.click();
  const result = await timed;
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  return result;
}

function dateRuns(n: number, seed: number): Record<Exclude<StepKind, 'play tick'>, number[]> {
  const random = seededRandom(seed);
  const days = Math.round((LAST - FIRST) / DAY_MS);
  const count = n + WARMUP;
  return {
    'one-day step': Array.from({ length: count }, (_, i) => START + (i + 1) * DAY_MS),
    '30-day step': Array.from({ length: count }, (_, i) => START + (i + 1) * 30 * DAY_MS),
    'random jump': Array.from({ length: count }, () => FIRST + Math.floor(random() * days) * DAY_MS),
  };
}

async function setDate(page: Page, date: number): Promise<void> {
  await page.evaluate(async (date) => {
    window.__faultline!.store.update((v) => ({ ...v, date }), 'replace');
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  }, date);
}

async function timeSteps(page: Page, n: number): Promise<Record<StepKind, Timed>> {
  const runs = dateRuns(n, 7);
  const out = {} as Record<StepKind, Timed>;
  for (const kind of ['one-day step', '30-day step', 'random jump'] as const) {
    await setDate(page, START);
    out[kind] = await timeDates(page, runs[kind]);
  }
  await setDate(page, START);
  out['play tick'] = await timePlay(page, n);
  return out;
}

async function measureSize(
  browser: Browser,
  app: string,
  data: string,
  size: Size,
  options: BenchOptions,
): Promise<SizeResult> {
  const small = size.relations <= 10_000;
  const n = options.quick ? 15 : 55;
  const reps = options.quick ? 3 : small ? 50 : size.relations <= 50_000 ? 10 : 5;
  const id = `synthetic-${size.relations}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The longest main-thread task of each page: how long the page could not answer input while it loaded.
  await context.addInitScript(() => {
    const w = window as unknown as { longestTask: number };
    w.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longestTask = Math.max(w.longestTask, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    options.log(`${size.actors} / ${size.relations}: import through ?data=`);
    const t0 = Date.now();
    await page.goto(`${app}?data=${encodeURIComponent(`${data}/${id}.json`)}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).click();
    await waitReady(page, id);
    const importMs = Date.now() - t0;

    const url = `${app}?dataset=local:${id}&date=${isoDay(START)}`;
    const readyMark = () =>
      page.evaluate(() => performance.getEntriesByName('faultline:ready')[0]?.startTime ?? NaN);
    await page.goto(url);
    await waitReady(page, id);
    const firstOpenMs = await readyMark();
    options.log(`${size.actors} / ${size.relations}: ${reps} loads with cached positions`);
    const loads: number[] = [];
    const blocked: number[] = [];
    for (let i = 0; i < reps; i++) {
      await page.goto(url);
      await waitReady(page, id);
      loads.push(await readyMark());
      blocked.push(await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask));
    }

    options.log(`${size.actors} / ${size.relations}: ${n} steps of each kind, by diff`);
    const diff = await timeSteps(page, n);
    await page.evaluate(() => window.__faultline!.setNaiveRebuild(true));
    options.log(`${size.actors} / ${size.relations}: the same steps, naive rebuild`);
    const naive = await timeSteps(page, n);
    await page.evaluate(() => window.__faultline!.setNaiveRebuild(false));

    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const variants = {} as Record<VariantName, VariantResult>;
    for (const variant of VARIANTS) {
      options.log(`${size.actors} / ${size.relations}: ${n} steps of each kind, ${variant.name}`);
      await page.goto(`${url}${variant.query}`);
      await waitReady(page, id);
      const timed = await timeSteps(page, n);
      // The analysis runs once the date holds still: a few settled dates, each timed by the panel itself.
      const analysis: number[] = [];
      if (variant.query.includes('side=analysis')) {
        for (const date of dateRuns(5, 11)['random jump'].slice(0, 5)) {
          await page.evaluate(() => performance.clearMeasures('faultline:analysis'));
          await setDate(page, date);
          await page.waitForFunction(
            () => performance.getEntriesByName('faultline:analysis').length > 0,
            null,
            {
              polling: 20,
            },
          );
          analysis.push(
            await page.evaluate(() => performance.getEntriesByName('faultline:analysis')[0]!.duration),
          );
        }
      }
      variants[variant.name] = {
        steps: Object.fromEntries(
          STEP_KINDS.map((k) => [
            k,
            {
              paint: summarise(timed[k].paint),
              work: summarise(timed[k].work),
              lines: Math.round(mean(timed[k].lines)),
            },
          ]),
        ) as VariantResult['steps'],
        analysis: analysis.length ? summarise(analysis) : null,
      };
    }
    await page.goto(url);
    await waitReady(page, id);

    options.log(`${size.actors} / ${size.relations}: ${reps} 2× PNG exports`);
    await setDate(page, START);
    const exports = await page.evaluate(async (reps) => {
      const out: number[] = [];
      for (let i = 0; i < reps + 1; i++) {
        const t0 = performance.now();
        await window.__faultline!.export.image({ format: 'png', scale: 2 });
        if (i > 0) out.push(performance.now() - t0);
      }
      return out;
    }, reps);

    const steps = Object.fromEntries(
      STEP_KINDS.map((k) => [
        k,
        {
          diff: statsOf(diff[k]),
          naive: statsOf(naive[k]),
          actors: Math.round(mean(diff[k].actors)),
          edges: Math.round(mean(diff[k].edges)),
          lines: Math.round(mean(diff[k].lines)),
        },
      ]),
    ) as SizeResult['steps'];
    return {
      size,
      importMs,
      firstOpenMs,
      load: summarise(loads),
      longestTask: summarise(blocked),
      exportPng: summarise(exports),
      steps,
      variants,
    };
  } finally {
    await context.close();
  }
}

const statsOf = (t: Timed) => ({
  paint: summarise(t.paint),
  work: summarise(t.work),
  doubleRaf: summarise(t.doubleRaf),
});
const count = (x: number) => x.toLocaleString('en-GB');
const ms = (s: Stats) => `${formatMs(s.median)} / ${formatMs(s.p95)}`;
const verdict = (value: number, target: number | undefined) =>
  target === undefined ? '–' : `≤ ${formatMs(target)}: ${value <= target ? 'met' : 'missed'}`;

function table(results: readonly SizeResult[]): string {
  const rows = results.flatMap((r) => {
    const label = `${count(r.size.actors)} / ${count(r.size.relations)}`;
    const target = STEP_TARGET[r.size.relations];
    return [
      ...STEP_KINDS.map((k) => {
        const s = r.steps[k];
        const ratio = (x: 'paint' | 'work') => `${(s.naive[x].median / s.diff[x].median).toFixed(1)}×`;
        const met = (x: number) => (target === undefined ? '–' : x <= target ? 'met' : 'missed');
        return `| ${label} | ${k} | ${count(s.actors)} / ${count(s.edges)} | ${ms(s.diff.paint)} | ${ms(s.diff.work)} | ${ms(s.naive.paint)} | ${ms(s.naive.work)} | ${ratio('paint')} / ${ratio('work')} | ${target === undefined ? '–' : `≤ ${target} ms: ${met(s.diff.paint.median)} / ${met(s.diff.work.median)}`} |`;
      }),
    ];
  });
  const once = results.map(
    (r) =>
      `| ${count(r.size.actors)} / ${count(r.size.relations)} | ${ms(r.load)} | ${verdict(r.load.median, LOAD_TARGET[r.size.relations])} | ${ms(r.longestTask)} | ${ms(r.exportPng)} | ${verdict(r.exportPng.median, EXPORT_TARGET[r.size.relations])} | ${r.load.n} / ${r.exportPng.n} | ${formatMs(r.importMs)} | ${formatMs(r.firstOpenMs)} |`,
  );
  const drawings = results.flatMap((r) =>
    STEP_KINDS.map((k) => {
      const label = `${count(r.size.actors)} / ${count(r.size.relations)}`;
      const all = r.variants['every relation'].steps[k];
      const pairs = r.steps[k];
      const open = r.variants['pairs + analysis panel'].steps[k];
      return `| ${label} | ${k} | ${count(pairs.edges)} | ${count(all.lines)} / ${count(pairs.lines)} | ${ms(all.paint)} | ${ms(pairs.diff.paint)} | ${ms(open.paint)} | ${ms(all.work)} | ${ms(pairs.diff.work)} | ${ms(open.work)} |`;
    }),
  );
  const analysis = results.map((r) => {
    const a = r.variants['pairs + analysis panel'].analysis;
    return `| ${count(r.size.actors)} / ${count(r.size.relations)} | ${a ? ms(a) : '–'} | ${a?.n ?? 0} |`;
  });
  return [
    '| actors / relations | step | relations drawn (mean) | lines: every relation / pairs | next paint, every relation | next paint, pairs | next paint, pairs + analysis open | work, every relation | work, pairs | work, pairs + analysis open |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...drawings,
    '',
    '| actors / relations | analysis of the view once the date holds still (panel open): median / p95 | runs |',
    '| --- | ---: | ---: |',
    ...analysis,
    '',
    '| actors / relations | step | drawn actors / relations (mean) | next paint: median / p95 | work: median / p95 | naive, next paint: median / p95 | naive, work: median / p95 | naive ÷ diff (paint / work) | target, median (paint / work) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
    '',
    '| actors / relations | load to first paint, positions cached: median / p95 | target | longest task while loading: median / p95 | 2× PNG export at the date: median / p95 | target | loads / exports timed | import through `?data=` to first paint | first open after import |',
    '| --- | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: |',
    ...once,
  ].join('\n');
}

async function run(options: BenchOptions): Promise<BenchReport> {
  ensureBuilt(options.log);
  // FAULTLINE_SCALE_SIZES=10000,50000 runs only the sizes with those numbers of relations.
  const only = process.env.FAULTLINE_SCALE_SIZES?.split(',').map(Number);
  const sizes = only
    ? SIZES.filter((s) => only.includes(s.relations))
    : options.quick
      ? SIZES.slice(0, 2)
      : SIZES;
  const files = new Map<string, string>();
  for (const size of sizes) {
    const dataset = syntheticDataset({ relations: size.relations, actors: size.actors, seed: 1 });
    files.set(`/${dataset.id}.json`, JSON.stringify(dataset));
  }
  const data = await serveData(files);
  const app = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: [...CHROMIUM_ARGS, ...UNTHROTTLED],
  });
  try {
    const loadBefore = loadavg()[0]!;
    const results: SizeResult[] = [];
    for (const size of sizes) results.push(await measureSize(browser, app.url, data.url, size, options));
    const loadAfter = loadavg()[0]!;
    const markdown = [
      `Production build in headless Chromium ${browser.version()} at 1280×800, frame-rate limit off (${UNTHROTTLED.join(' ')}). Seeded synthetic datasets (bench/synthetic.ts, seed 1: clusters of 12 actors, lasting alliances and rivalries, bursts of events) in snapshot mode with the default event memory, from ${isoDay(START)}. Steps: medians and p95 of ${results[0]?.steps['one-day step'].diff.paint.n ?? 0} changes of each kind after ${WARMUP} warm-up ones. "Next paint" runs from the state change (as a control makes it) to a message posted from the first animation frame after it, which runs once that frame, the one Cytoscape draws the change in, has been painted; "work" is the same less the time the page sat idle waiting for that frame to begin (the frame clock's share, 0–16.7 ms at 60 Hz). The play tick is the Play button's own timer (one day per tick). The naive baseline is the same steps in the same page with every element removed and the live set added anew. Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} cores.`,
      '',
      table(results),
    ].join('\n');
    return {
      markdown,
      raw: { browser: browser.version(), start: isoDay(START), loadBefore, loadAfter, results },
    };
  } finally {
    await browser.close();
    app.stop();
    data.server.close();
  }
}

export const scaleBenchmark: Benchmark = {
  name: 'scale',
  title: 'Explorer at scale: steps, load and export from 500 to 200,000 relations',
  run,
};
