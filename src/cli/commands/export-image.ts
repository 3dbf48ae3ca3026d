// The image part of `faultline export`: PNG, JPEG, SVG, PDF (and GIF or WebM over --range) of the view at a date
// or over a window, rendered headless by the app itself so the picture has the explorer's exact styles. Serves
// the production build (dist/, built first when missing) on a free loopback port, opens it in Playwright's
// Chromium, answers the app's request for its bundled dataset with the given file (no import dialog to click
// through, nothing kept in the browser), sets the view through the address, and calls the app's export
// (window.__faultline.export).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import {
  ANIMATION_FORMATS,
  FIGURE_PARTS,
  IMAGE_FORMATS,
  animationRequestSchema,
  imageRequestSchema,
  type AnimationFormat,
  type ImageFormat,
} from '../../io/export/figure/types';
import { parseIsoDay } from '../../state/url';
import { DEFAULT_DATASET } from '../../state/viewState';
import type {} from '../../state/testHook';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { readDatasetFile } from '../dataset-file';
import { serveStatic } from '../serve-static';

export type ImageCliFormat = ImageFormat | AnimationFormat;
export const IMAGE_CLI_FORMATS: readonly ImageCliFormat[] = [...IMAGE_FORMATS, ...ANIMATION_FORMATS];

export function isImageCliFormat(format: string): format is ImageCliFormat {
  return (IMAGE_CLI_FORMATS as readonly string[]).includes(format);
}

/** The options only images take, for parseArgs. */
export const IMAGE_OPTIONS = {
  scale: { type: 'string' },
  width: { type: 'string' },
  background: { type: 'string' },
  caption: { type: 'string' },
  omit: { type: 'string' },
  range: { type: 'string' },
  step: { type: 'string' },
  fps: { type: 'string' },
} as const;

export const IMAGE_USAGE = `Images of what the explorer shows (rendered headless in Chromium from the built app, dist/):
  png, jpeg     --scale 1..4 (default 1) or --width PIXELS
  svg, pdf      vector, text as text
  gif, webm     --range A/B (YYYY-MM-DD/YYYY-MM-DD) [--step day|week|month] [--fps N] [--width PIXELS]
  all           [--background white|dark|transparent] [--caption TEXT] [--omit ${FIGURE_PARTS.join(',')}]
                --date and --window take days (YYYY-MM-DD); without them, the last day of the data.`;

/** Arguments that cannot make an image: exit 2, with the usage. */
export class ImageUsageError extends Error {
  override readonly name = 'ImageUsageError';
}

/** The image could not be made (no browser, the app failed): exit 1. */
export class ImageRenderError extends Error {
  override readonly name = 'ImageRenderError';
}

export interface ImageArgs {
  readonly date?: string;
  readonly window?: string;
  readonly memory?: string;
  readonly scale?: string;
  readonly width?: string;
  readonly background?: string;
  readonly caption?: string;
  readonly omit?: string;
  readonly range?: string;
  readonly step?: string;
  readonly fps?: string;
}

const ROOT = resolve(import.meta.dirname, '../../..');

function day(flag: string, value: string): string {
  if (parseIsoDay(value) === null) throw new ImageUsageError(`--${flag} wants a day, YYYY-MM-DD: "${value}"`);
  return value;
}

function days(flag: string, value: string): [string, string] {
  const [a, b, ...rest] = value.split('/');
  if (a === undefined || b === undefined || rest.length)
    throw new ImageUsageError(`--${flag} wants two days, A/B: "${value}"`);
  return [day(flag, a), day(flag, b)];
}

function num(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new ImageUsageError(`--${flag} wants a number: "${value}"`);
  return n;
}

/** The view the page opens on, as the app's query string (the app's URL is its view state). */
function viewQuery(args: ImageArgs, datasetId: string, animation: boolean): URLSearchParams {
  const q = new URLSearchParams({ dataset: datasetId });
  if (args.date !== undefined && args.window !== undefined)
    throw new ImageUsageError('give --date or --window, not both');
  if (args.window !== undefined) {
    const [from, to] = days('window', args.window);
    q.set('date', to);
    q.set('mode', 'window');
    q.set('from', from);
    q.set('to', to);
  } else if (args.date !== undefined) q.set('date', day('date', args.date));
  if (args.memory !== undefined) {
    const m = num('memory', args.memory)!;
    if (!Number.isInteger(m) || m < 0)
      throw new ImageUsageError(`--memory wants a whole number of days: "${args.memory}"`);
    q.set('memory', String(m));
  }
  if (animation && !q.has('date')) q.set('date', days('range', args.range ?? '')[0]);
  return q;
}

/** The export request, checked here with the app's own schema so a mistake is a usage error, not a page error. */
function requestOf(format: ImageCliFormat, args: ImageArgs) {
  const omitted = (args.omit ?? '').split(',').filter(Boolean);
  for (const part of omitted)
    if (!(FIGURE_PARTS as readonly string[]).includes(part))
      throw new ImageUsageError(`--omit: "${part}" is not a part; parts are ${FIGURE_PARTS.join(', ')}`);
  const figure = {
    parts: Object.fromEntries(FIGURE_PARTS.map((p) => [p, !omitted.includes(p)])),
    ...(args.background !== undefined ? { background: args.background } : {}),
    ...(args.caption !== undefined ? { caption: args.caption } : {}),
  };
  const onlyFor = (flag: keyof ImageArgs, ok: boolean, what: string) => {
    if (args[flag] !== undefined && !ok) throw new ImageUsageError(`--${flag} goes with ${what}`);
  };
  const animated = (ANIMATION_FORMATS as readonly string[]).includes(format);
  onlyFor('scale', format === 'png' || format === 'jpeg', '--format png or jpeg');
  onlyFor('width', format === 'png' || format === 'jpeg' || animated, 'png, jpeg, gif or webm');
  for (const flag of ['range', 'step', 'fps'] as const) onlyFor(flag, animated, '--format gif or webm');
  const checked = animated
    ? animationRequestSchema.safeParse({
        format,
        ...(() => {
          const [from, to] = days('range', args.range ?? '');
          return { from, to };
        })(),
        ...(args.step !== undefined ? { step: args.step } : {}),
        ...(args.fps !== undefined ? { fps: num('fps', args.fps) } : {}),
        ...(args.width !== undefined ? { width: num('width', args.width) } : {}),
        ...figure,
      })
    : imageRequestSchema.safeParse({
        format,
        ...(args.scale !== undefined ? { scale: num('scale', args.scale) } : {}),
        ...(args.width !== undefined ? { width: num('width', args.width) } : {}),
        ...figure,
      });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new ImageUsageError(`--${String(issue.path[0] ?? 'format')}: ${issue.message}`);
  }
  return { animated, request: checked.data };
}

/** dist/ of this project, built with Vite when it is not there yet. */
function builtApp(log: (line: string) => void): string {
  const dist = join(ROOT, 'dist');
  if (existsSync(join(dist, 'index.html'))) return dist;
  log('faultline export: the app is not built (dist/ is missing); building it with vite build…\n');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0 || !existsSync(join(dist, 'index.html')))
    throw new ImageRenderError(`vite build failed; run npm run build and try again\n${String(run.stderr)}`);
  return dist;
}

export interface Rendered {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** Opens the app on `query` with `datasetText` as its dataset, and runs one export in the page. */
async function render(
  datasetText: string,
  query: URLSearchParams,
  job: { animated: boolean; request: unknown },
  log: (line: string) => void,
): Promise<Rendered> {
  const dist = builtApp(log);
  const executablePath = await findChromium();
  if (executablePath === null)
    throw new ImageRenderError(
      'no Chromium found: install one, or set PLAYWRIGHT_CHROMIUM_PATH to its executable',
    );
  const { chromium } = await import('@playwright/test');
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The app fetches its dataset as a JSON asset of the build; it gets the file given on the command line.
    await page.route(/\/assets\/[^/?]+\.json(\?.*)?$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: datasetText }),
    );
    await page.goto(`${server.url}?${query.toString()}`);
    const ready = page.waitForSelector('#root[data-ready="true"]', { state: 'attached', timeout: 60_000 });
    const failed = page.waitForSelector('.load-error', { timeout: 60_000 });
    const which = await Promise.race([ready.then(() => 'ready'), failed.then(() => 'failed')]).catch(
      () => 'timeout',
    );
    if (which !== 'ready') {
      const said = which === 'failed' ? await page.locator('.load-error').innerText() : errors.join('\n');
      throw new ImageRenderError(`the app did not show the dataset: ${said || 'no answer within a minute'}`);
    }
    const out = await page.evaluate(async ({ animated, request }) => {
      const exporter = window.__faultline!.export;
      const file = animated
        ? await exporter.animation(request as Parameters<typeof exporter.animation>[0])
        : await exporter.image(request as Parameters<typeof exporter.image>[0]);
      let binary = '';
      for (let i = 0; i < file.bytes.length; i += 0x8000)
        binary += String.fromCharCode(...file.bytes.subarray(i, i + 0x8000));
      return { fileName: file.fileName, data: btoa(binary) };
    }, job);
    return { fileName: out.fileName, bytes: new Uint8Array(Buffer.from(out.data, 'base64')) };
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface ImageIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Runs an image export; returns the exit status (0 written, 1 the data or the rendering failed, 2 bad arguments). */
export async function runImageExport(
  file: string,
  format: ImageCliFormat,
  args: ImageArgs & { output?: string },
  io: ImageIo,
  usage: string,
): Promise<number> {
  try {
    const job = requestOf(format, args);
    if (args.output === '-' && format !== 'svg')
      throw new ImageUsageError('-o - writes text: only SVG is text');
    const loaded = await readDatasetFile(file, io.err);
    if (!loaded) return 1;
    const { text } = loaded;
    const id = loaded.dataset.id;
    const bundledId = existsSync(join(ROOT, 'graph-data', `${id}.json`)) ? id : DEFAULT_DATASET;
    const rendered = await render(text, viewQuery(args, bundledId, job.animated), job, io.err);
    const output = args.output ?? rendered.fileName;
    if (output === '-') io.out(new TextDecoder().decode(rendered.bytes));
    else {
      await writeFile(output, rendered.bytes);
      io.err(`wrote ${format} to ${output}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ImageUsageError) {
      io.err(`faultline export: ${e.message}\n\n${usage}\n`);
      return 2;
    }
    if (e instanceof ImageRenderError || (e instanceof Error && 'code' in e && typeof e.code === 'string')) {
      io.err(`faultline export: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
