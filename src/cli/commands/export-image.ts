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
import { basename, dirname, join, resolve } from 'node:path';
import {
  ANIMATION_FORMATS,
  FIGURE_PARTS,
  IMAGE_FORMATS,
  animationRequestSchema,
  imageRequestSchema,
  type AnimationFormat,
  type FigureExporter,
  type ImageFormat,
} from '../../io/export';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import {
  CommandFailure,
  UsageError,
  daysArg,
  numberArg,
  viewDaysOf,
  type CommandIo,
  type ViewArgs,
} from '../args';
import { readDatasetFile } from '../input';
import { serveStatic } from '../serve-static';
import { bundledDataFiles } from '../validate-files';

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

export interface ImageArgs extends ViewArgs {
  readonly scale?: string | undefined;
  readonly width?: string | undefined;
  readonly background?: string | undefined;
  readonly caption?: string | undefined;
  readonly omit?: string | undefined;
  readonly range?: string | undefined;
  readonly step?: string | undefined;
  readonly fps?: string | undefined;
}

const ROOT = resolve(import.meta.dirname, '../../..');

/** The view the page opens on, as the app's query string (the app's URL is its view state), but the dataset. */
function viewQuery(args: ImageArgs, animation: boolean): URLSearchParams {
  const q = new URLSearchParams();
  const view = viewDaysOf(args);
  if (view.window) {
    const [from, to] = view.window;
    q.set('date', to);
    q.set('mode', 'window');
    q.set('from', from);
    q.set('to', to);
  } else if (view.date !== undefined) q.set('date', view.date);
  if (view.memory !== undefined) q.set('memory', String(view.memory));
  if (animation && !q.has('date')) q.set('date', daysArg('range', args.range ?? '')[0]);
  return q;
}

/** The export request, checked here with the app's own schema so a mistake is a usage error, not a page error. */
function requestOf(format: ImageCliFormat, args: ImageArgs) {
  const omitted = (args.omit ?? '').split(',').filter(Boolean);
  for (const part of omitted)
    if (!(FIGURE_PARTS as readonly string[]).includes(part))
      throw new UsageError(`--omit: "${part}" is not a part; parts are ${FIGURE_PARTS.join(', ')}`);
  const figure = {
    parts: Object.fromEntries(FIGURE_PARTS.map((p) => [p, !omitted.includes(p)])),
    ...(args.background !== undefined ? { background: args.background } : {}),
    ...(args.caption !== undefined ? { caption: args.caption } : {}),
  };
  const onlyFor = (flag: keyof ImageArgs, ok: boolean, what: string) => {
    if (args[flag] !== undefined && !ok) throw new UsageError(`--${flag} goes with ${what}`);
  };
  const animated = (ANIMATION_FORMATS as readonly string[]).includes(format);
  onlyFor('scale', format === 'png' || format === 'jpeg', '--format png or jpeg');
  onlyFor('width', format === 'png' || format === 'jpeg' || animated, 'png, jpeg, gif or webm');
  for (const flag of ['range', 'step', 'fps'] as const) onlyFor(flag, animated, '--format gif or webm');
  const checked = animated
    ? animationRequestSchema.safeParse({
        format,
        ...(() => {
          const [from, to] = daysArg('range', args.range ?? '');
          return { from, to };
        })(),
        ...(args.step !== undefined ? { step: args.step } : {}),
        ...(args.fps !== undefined ? { fps: numberArg('fps', args.fps) } : {}),
        ...(args.width !== undefined ? { width: numberArg('width', args.width) } : {}),
        ...figure,
      })
    : imageRequestSchema.safeParse({
        format,
        ...(args.scale !== undefined ? { scale: numberArg('scale', args.scale) } : {}),
        ...(args.width !== undefined ? { width: numberArg('width', args.width) } : {}),
        ...figure,
      });
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new UsageError(`--${String(issue.path[0] ?? 'format')}: ${issue.message}`);
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
    throw new CommandFailure(`vite build failed; run npm run build and try again\n${String(run.stderr)}`);
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
    throw new CommandFailure(
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
      throw new CommandFailure(`the app did not show the dataset: ${said || 'no answer within a minute'}`);
    }
    const out = await page.evaluate(async ({ animated, request }) => {
      // The page is known to the command line only by the exporter contract its test hook carries.
      const exporter = (window as unknown as { __faultline: { export: FigureExporter } }).__faultline.export;
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

/** The id the page is opened with: the dataset's own when it is bundled, else any bundled one (the page's
 * request for it is answered with the given file). */
function bundledIdFor(id: string): string {
  const bundled = bundledDataFiles().map((f) => basename(f, '.json'));
  const first = bundled[0];
  if (first === undefined) throw new CommandFailure('graph-data/ has no dataset for the page to open');
  return bundled.includes(id) ? id : first;
}

/**
 * Renders and writes an image export; returns 0 when written, 1 when the dataset has errors. Throws UsageError
 * for arguments that cannot make an image (before any browser starts) and CommandFailure when the picture could
 * not be made; runCommand turns those into exit statuses.
 */
export async function runImageExport(
  file: string,
  format: ImageCliFormat,
  args: ImageArgs & { output?: string | undefined },
  io: CommandIo,
): Promise<number> {
  const job = requestOf(format, args);
  if (args.output === '-' && format !== 'svg') throw new UsageError('-o - writes text: only SVG is text');
  const view = viewQuery(args, job.animated);
  const loaded = await readDatasetFile(file, io);
  if (!loaded) return 1;
  const query = new URLSearchParams([['dataset', bundledIdFor(loaded.dataset.id)], ...view]);
  const rendered = await render(loaded.text, query, job, io.err);
  const output = args.output ?? rendered.fileName;
  if (output === '-') io.out(new TextDecoder().decode(rendered.bytes));
  else {
    await writeFile(output, rendered.bytes);
    io.err(`wrote ${format} to ${output}\n`);
  }
  return 0;
}
