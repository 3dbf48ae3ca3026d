// Browser benchmark of opening a large dataset: how long the page cannot answer input while 200,000 relations open.
// A seeded synthetic dataset (bench/synthetic.ts) is imported through the app's own `?data=` path into the
// production build in headless Chromium (the import dialog's Open, then the dataset kept in IndexedDB, its first
// layout computed and drawn), and then opened from storage after a reload, several times. In each page a
// PerformanceObserver (type 'longtask', buffered) records every main-thread task over 50 ms: the longest one and
// the total blocked time (the sum of each task's time over 50 ms) up to the app's ready signal. The app's own
// `faultline:open:*` measures (src/state/openTimes.ts) say which phase of the opening each long task fell in.
// Needs dist/ (built here when missing).
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { ensureBuilt, startPreview } from '../scripts/preview.mjs';
import type { Benchmark, BenchOptions, BenchReport } from './registry';
import { formatMs, summarise, type Stats } from './stats';
import { serveData } from './serve-data';
import { syntheticDataset } from './synthetic';
import type {} from '../src/testHook';

const PORT = 4333;
/** The goal the issue sets: no main-thread task longer than this while a large dataset opens. */
const TARGET_MS = 200;
/** A task counts as blocking past this (the browser's long-task threshold, as total blocking time counts it). */
const BLOCKING_MS = 50;

interface Size {
  readonly actors: number;
  readonly relations: number;
}

const FULL: Size = { actors: 20_000, relations: 200_000 };
const QUICK: Size = { actors: 2_000, relations: 20_000 };

interface Span {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

/** One opening of the dataset in one page, as the page saw it. */
interface Opening {
  /** Navigation start to the ready signal (ms). */
  readonly toReady: number;
  /** The import's Open click (or navigation start, from storage) to the ready signal (ms). */
  readonly fromOpen: number;
  readonly longest: number;
  readonly blocked: number;
  readonly longTasks: readonly Span[];
  /** The app's phase measures (faultline:open:*), and the phase each long task overlapped most. */
  readonly phases: readonly Span[];
  readonly taskPhases: readonly string[];
}

async function waitReady(page: Page, datasetId: string): Promise<void> {
  await page.waitForFunction(
    (id) =>
      document.getElementById('root')?.dataset.ready === 'true' &&
      window.__faultline?.model.dataset.id === id,
    datasetId,
    { polling: 100 },
  );
}

/** The long tasks, the ready mark and the app's phase measures of the page now. */
async function opening(page: Page, openedAt: number): Promise<Opening> {
  const seen = await page.evaluate(() => {
    const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks;
    // The last ready signal: an import's page showed the bundled dataset first.
    const ready = performance.getEntriesByName('faultline:ready').at(-1)?.startTime ?? NaN;
    const phases = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('faultline:open:'))
      .map((m) => ({
        name: m.name.slice('faultline:open:'.length),
        start: m.startTime,
        duration: m.duration,
      }));
    return { tasks: tasks.filter((t) => t.start < ready), ready, phases };
  });
  const longTasks = seen.tasks.map((t) => ({ name: 'longtask', ...t }));
  const overlap = (a: Span, b: Span) =>
    Math.max(0, Math.min(a.start + a.duration, b.start + b.duration) - Math.max(a.start, b.start));
  const taskPhases = longTasks.map((t) => {
    let best = 'outside the measured phases';
    let most = 0;
    for (const p of seen.phases) {
      const o = overlap(t, p);
      if (o > most) {
        most = o;
        best = p.name;
      }
    }
    return best;
  });
  return {
    toReady: seen.ready,
    fromOpen: seen.ready - openedAt,
    longest: Math.max(0, ...longTasks.map((t) => t.duration)),
    blocked: longTasks.reduce((s, t) => s + Math.max(0, t.duration - BLOCKING_MS), 0),
    longTasks,
    phases: seen.phases,
    taskPhases,
  };
}

/** Imports the dataset in a fresh browser context, then opens it from storage `reloads` times after a reload. */
async function measureRound(
  browser: Browser,
  app: string,
  dataUrl: string,
  id: string,
  reloads: number,
  options: BenchOptions,
): Promise<{ imported: Opening; stored: Opening[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.goto(`${app}?data=${encodeURIComponent(dataUrl)}`);
    const open = page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true });
    await open.waitFor();
    const openedAt = await page.evaluate(() => performance.now());
    await open.click();
    await waitReady(page, id);
    const imported = await opening(page, openedAt);
    options.log(
      `import: longest task ${formatMs(imported.longest)}, blocked ${formatMs(imported.blocked)}, ready ${formatMs(imported.toReady)}`,
    );
    const stored: Opening[] = [];
    for (let i = 0; i < reloads; i++) {
      await page.goto(`${app}?dataset=${encodeURIComponent(`local:${id}`)}`);
      await waitReady(page, id);
      const o = await opening(page, 0);
      options.log(
        `from storage: longest task ${formatMs(o.longest)}, blocked ${formatMs(o.blocked)}, ready ${formatMs(o.toReady)}`,
      );
      stored.push(o);
    }
    return { imported, stored };
  } finally {
    await context.close();
  }
}

interface Summary {
  readonly longest: Stats;
  readonly blocked: Stats;
  readonly toReady: Stats;
  readonly fromOpen: Stats;
  readonly longTasks: Stats;
  /** Per phase: the longest task that fell in it, over every run. */
  readonly byPhase: Readonly<Record<string, number>>;
  /** Per phase: its median duration over the runs that had it. */
  readonly phaseMedians: Readonly<Record<string, number>>;
}

function summariseOpenings(runs: readonly Opening[]): Summary {
  const byPhase: Record<string, number> = {};
  for (const r of runs) {
    r.longTasks.forEach((t, i) => {
      const p = r.taskPhases[i]!;
      byPhase[p] = Math.max(byPhase[p] ?? 0, t.duration);
    });
  }
  const durations = new Map<string, number[]>();
  for (const r of runs) {
    const sums = new Map<string, number>();
    for (const p of r.phases) sums.set(p.name, (sums.get(p.name) ?? 0) + p.duration);
    for (const [name, d] of sums) durations.set(name, [...(durations.get(name) ?? []), d]);
  }
  return {
    longest: summarise(runs.map((r) => r.longest)),
    blocked: summarise(runs.map((r) => r.blocked)),
    toReady: summarise(runs.map((r) => r.toReady)),
    fromOpen: summarise(runs.map((r) => r.fromOpen)),
    longTasks: summarise(runs.map((r) => r.longTasks.length)),
    byPhase,
    phaseMedians: Object.fromEntries([...durations].map(([name, ds]) => [name, summarise(ds).median])),
  };
}

const count = (x: number) => x.toLocaleString('en-GB');
const verdict = (x: number) => `≤ ${TARGET_MS} ms: ${x <= TARGET_MS ? 'met' : 'missed'}`;

function row(label: string, s: Summary): string {
  return `| ${label} | ${s.longest.n} | ${formatMs(s.longest.median)} (${formatMs(s.longest.max)}) | ${verdict(s.longest.max)} | ${formatMs(s.blocked.median)} | ${s.longTasks.median} | ${formatMs(s.fromOpen.median)} | ${formatMs(s.toReady.median)} |`;
}

function phaseRows(label: string, s: Summary): string[] {
  const names = new Set([...Object.keys(s.phaseMedians), ...Object.keys(s.byPhase)]);
  return [...names].map(
    (p) =>
      `| ${label} | ${p} | ${p in s.phaseMedians ? formatMs(s.phaseMedians[p]!) : '–'} | ${p in s.byPhase ? formatMs(s.byPhase[p]!) : 'none'} |`,
  );
}

async function run(options: BenchOptions): Promise<BenchReport> {
  ensureBuilt(options.log);
  const size = options.quick ? QUICK : FULL;
  const rounds = options.quick ? 1 : Number(process.env.FAULTLINE_OPEN_ROUNDS ?? 3);
  const reloads = options.quick ? 2 : 2;
  const dataset = syntheticDataset({ relations: size.relations, actors: size.actors, seed: 1 });
  const body = JSON.stringify(dataset);
  const data = await serveData(new Map([[`/${dataset.id}.json`, body]]));
  const app = await startPreview(PORT);
  const browser = await chromium.launch({
    executablePath: (await findChromium()) ?? undefined,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const loadBefore = loadavg()[0]!;
    const imported: Opening[] = [];
    const stored: Opening[] = [];
    for (let i = 0; i < rounds; i++) {
      options.log(`round ${i + 1} of ${rounds}: ${count(size.relations)} relations`);
      const r = await measureRound(
        browser,
        app.url,
        `${data.url}/${dataset.id}.json`,
        dataset.id,
        reloads,
        options,
      );
      imported.push(r.imported);
      stored.push(...r.stored);
    }
    const loadAfter = loadavg()[0]!;
    const byImport = summariseOpenings(imported);
    const fromStorage = summariseOpenings(stored);
    const markdown = [
      `Production build in headless Chromium ${browser.version()} at 1280×800. Seeded synthetic dataset (bench/synthetic.ts, seed 1) of ${count(size.actors)} actors and ${count(size.relations)} relations (${(body.length / 1e6).toFixed(1)} MB of JSON), imported through \`?data=\` (a fresh browser context each round: the dialog's Open keeps it in IndexedDB, lays it out for the first time and draws it), then opened from storage after a reload ${reloads} times per round. ${rounds} rounds. Long tasks: a PerformanceObserver ('longtask', buffered) from navigation to the ready signal; blocked time is the sum of each task's time over ${BLOCKING_MS} ms. Load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} cores.`,
      '',
      '| opening | runs | longest task: median (most) | target | blocked time (median) | long tasks (median) | Open (or navigation) to ready (median) | navigation to ready (median) |',
      '| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
      row('import (`?data=`, Open)', byImport),
      row('from storage (reload)', fromStorage),
      '',
      '| opening | phase | phase time (median) | longest task in it (most) |',
      '| --- | --- | ---: | ---: |',
      ...phaseRows('import', byImport),
      ...phaseRows('from storage', fromStorage),
    ].join('\n');
    return {
      markdown,
      raw: { browser: browser.version(), size, rounds, reloads, loadBefore, loadAfter, imported, stored },
    };
  } finally {
    await browser.close();
    app.stop();
    data.server.close();
  }
}

export const openBenchmark: Benchmark = {
  name: 'open',
  title: 'Opening 200,000 relations: the longest main-thread task',
  run,
};
