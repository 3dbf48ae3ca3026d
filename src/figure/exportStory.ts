// Story export: plays a story's steps (each a whole view state: date or window, mode, filters, focus, selection,
// edge mode) into one file. Each step's live view is derived here, shown on the graph through its handle and
// captured in the figure's theme with the layout holding still; the figure is composed with the step's number
// and caption under the graph. GIF and WebM hold every step for the same time with all frames one size; the PDF
// has one page per step with the cited passages; the HTML page holds every step's figure inline and plays them
// with Previous / Next. The app's view is never changed; the graph goes back to it at the end.
import { composeFigure, type FigureInput } from './compose';
import { exportFileStem } from './file-name';
import { drawSvg } from './raster';
import {
  ALL_PARTS,
  STORY_MIME,
  STORY_VIDEO_FPS,
  storyRequestSchema,
  type FigureExporter,
  type StepState,
  type StoryRequestInput,
} from '../io/export';
import { ExportCancelled, type FrameSink } from './animate';
import { compareInputOf } from '../view/compare';
import { layoutPositions } from '../view/layout';
import { LiveViewDeriver } from '../view/liveView';
import { THEME_COLOURS } from '../look/look';
import {
  ExportNotReadyError,
  ExportRequestError,
  graphOf,
  figureInput,
  parseRequest,
  themeFor,
  type ExportContext,
} from './exportFigure';
import { union } from './exportAnimation';
import type { ViewState } from '../state/viewState';
import {
  StoryStepError,
  captionParagraphs,
  checkStepFocus,
  resolveCitations,
  stepBelow,
  stepLabel,
  type CitedPassage,
} from './story-step';

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

/** The view a step shows: the app's view with what the step sets (never a comparison; layout and theme kept). */
export function stepViewState(base: ViewState, step: StepState): ViewState & { date: number } {
  const set = Object.fromEntries(
    Object.entries(step).filter(([, v]) => v !== undefined),
  ) as Partial<ViewState>;
  return { ...base, ...set, date: step.date, compare: null };
}

export async function exportStory(
  ctx: ExportContext,
  input: StoryRequestInput,
  options: Parameters<FigureExporter['story']>[1] = {},
): ReturnType<FigureExporter['story']> {
  const request = parseRequest(storyRequestSchema, input);
  const graph = graphOf(ctx);
  const model = ctx.model();
  const original = ctx.store.get();
  if (original.date === null) throw new ExportNotReadyError('The view has no date yet.');
  const title = request.title || model.dataset.title;
  const total = request.steps.length;
  const states = request.steps.map((s) => stepViewState(original, s.state));
  let cited: CitedPassage[][];
  try {
    states.forEach((s, i) => checkStepFocus(model, s.focus, i));
    cited = request.steps.map((s, i) => resolveCitations(model, s.citations, i));
  } catch (e) {
    if (e instanceof StoryStepError)
      throw new ExportRequestError(`The export request is not usable: ${e.message}.`);
    throw e;
  }

  const video = request.format === 'gif' || request.format === 'webm';
  // Video and GIF have no alpha: a transparent story is played on white.
  const background = video && request.background === 'transparent' ? 'white' : request.background;
  const theme = themeFor(background, original.theme);
  const colours = THEME_COLOURS[theme];
  // The caption goes under the graph with the step's number, not in the header.
  const figureRequest = { background, caption: '', parts: { ...ALL_PARTS, caption: false } };
  const deriver = new LiveViewDeriver(model);
  const lives = states.map((s) => deriver.derive(s, compareInputOf(model, s)));
  // Every step has the legend and sources of the whole story, so nothing but the graph and the words changes.
  const inventory = union(lives);
  // One crop for every step: where any actor would stand (dragged positions win over the layout's).
  const placed = layoutPositions(model, original.layout);
  const everyPlace = [...model.actors.keys()].flatMap((id) => original.positions[id] ?? placed.get(id) ?? []);
  const days = states.map((s) => s.date);
  const stem = `${exportFileStem(model.dataset.id, { mode: 'window', from: Math.min(...days), to: Math.max(...days) })}_story`;
  const done = (bytes: Uint8Array) => ({
    fileName: `${stem}.${request.format}`,
    mime: STORY_MIME[request.format],
    bytes,
    steps: total,
    seconds: video ? total * request.holdSeconds : 0,
  });

  return graph.withTheme(theme, async () => {
    try {
      const inputs: FigureInput[] = [];
      for (const [i, state] of states.entries()) {
        if (options.signal?.aborted) throw new ExportCancelled();
        await graph.show(lives[i]!, { selection: state.selection, focus: state.focus?.id ?? null });
        const capture = await graph.capture(theme, everyPlace);
        inputs.push({ ...figureInput(model, state, lives[i]!, figureRequest, capture, inventory), title });
        options.onProgress?.({ done: i + 1, total });
      }
      if (options.signal?.aborted) throw new ExportCancelled();
      switch (request.format) {
        case 'pdf': {
          const pages = inputs.map((f, i) =>
            composeFigure({ ...f, below: stepBelow(i, total, request.steps[i]!.caption, cited[i]!) }),
          );
          // jsPDF and svg2pdf.js are loaded on the first PDF, not with the app.
          const { figuresPdf } = await import('./pdf');
          return done(await figuresPdf(pages, title));
        }
        case 'html': {
          const { storyHtml } = await import('./story-html');
          const page = await storyHtml({
            title,
            colours: background === 'transparent' ? THEME_COLOURS.light : colours,
            steps: inputs.map((f, i) => ({
              svg: composeFigure(f).svg,
              label: stepLabel(i, total),
              paragraphs: captionParagraphs(request.steps[i]!.caption),
              cited: cited[i]!,
            })),
          });
          return done(new TextEncoder().encode(page));
        }
        case 'gif':
        case 'webm':
          return done(await playStory(inputs, request, options.signal));
      }
    } finally {
      graph.release();
    }
  });

  /** Every step's frame, one size, held `holdSeconds`: one GIF frame of that delay, or whole WebM frames. */
  async function playStory(
    inputs: readonly FigureInput[],
    req: typeof request,
    signal: AbortSignal | undefined,
  ): Promise<Uint8Array> {
    const headed = inputs.map((f, i) => ({
      ...f,
      stamp: f.when,
      below: stepBelow(i, total, req.steps[i]!.caption, null),
    }));
    // The graph starts at the same height in every frame, below the tallest header (filters differ by step).
    const graphTop = Math.max(...headed.map((f) => composeFigure(f).graphTop));
    const framed = headed.map((f) => ({ ...f, minGraphTop: graphTop }));
    const probes = framed.map((f) => composeFigure(f));
    const figureWidth = Math.max(...probes.map((p) => p.width));
    const figureHeight = Math.max(...probes.map((p) => p.height));
    const scale = req.width / figureWidth;
    const width = even(req.width);
    const height = even(figureHeight * scale);
    const canvas = document.createElement('canvas');
    canvas.getContext('2d', { willReadFrequently: req.format === 'gif' });
    const fill = background === 'dark' ? colours.background : '#ffffff';
    const repeat = req.format === 'gif' ? 1 : Math.round(req.holdSeconds * STORY_VIDEO_FPS);
    // The encoders are loaded on the first export that needs them, not with the app.
    const sink: FrameSink =
      req.format === 'gif'
        ? (await import('./animate-gif')).gifSink(width, height, 1 / req.holdSeconds, 'per-frame')
        : await (await import('./animate-webm')).webmSink(width, height, STORY_VIDEO_FPS);
    try {
      let index = 0;
      for (const f of framed) {
        if (signal?.aborted) throw new ExportCancelled();
        const figure = composeFigure({ ...f, scale, minHeight: figureHeight });
        await drawSvg(canvas, figure.svg, width, height, fill);
        for (let k = 0; k < repeat; k++) await sink.add(canvas, index++);
      }
      return await sink.finish();
    } catch (e) {
      sink.cancel();
      throw e;
    }
  }
}
