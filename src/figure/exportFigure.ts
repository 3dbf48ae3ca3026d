// Still images of the current view: the graph captured through the view's handle (view/graphHandle.ts), the
// words and the legend of what is shown (figure/describe.ts), composed as one SVG, then written as SVG,
// rasterised to PNG or JPEG, or drawn into a vector PDF. The export context is what the app hands over: the same
// getters the test hook reads.
import type { z } from 'zod';
import type { Model } from '../model';
import { composeFigure, type FigureInput } from './compose';
import { filterWords, presenceOf, sourceLine, sourcesShown, typesShown, viewWords } from './describe';
import { exportFileName } from './file-name';
import { figureLegend } from './legend-svg';
import { rasterise } from './raster';
import {
  IMAGE_EXTENSION,
  IMAGE_MIME,
  imageRequestSchema,
  type Background,
  type FigureExporter,
  type FigureParts,
  type ImageRequestInput,
} from '../io/export';
import type { ViewStore } from '../state/store';
import type { Theme, ViewState } from '../state/viewState';
import type { GraphCapture, GraphHandle } from '../view/graphHandle';
import { geoMapOf } from '../view/geo/map';
import type { Crop } from '../view/graphSvg';
import type { Viewport } from '../view/fit';
import { basemapSvg } from './basemap-svg';
import { buildLegend, changesNote } from '../look/legend';
import { formatDateLong } from '../model';
import type { LiveView } from '../view/liveView';
import { THEME_COLOURS } from '../look/look';

export interface ExportContext {
  /** The graph's handle; null until the graph has rendered. */
  readonly graph: () => GraphHandle | null;
  readonly model: () => Model;
  readonly live: () => LiveView;
  readonly store: ViewStore;
}

/** An export was asked with values it cannot use; the message names each field and what is wrong. */
export class ExportRequestError extends Error {
  override readonly name = 'ExportRequestError';
}

/** The graph is not on screen yet (or no longer). */
export class ExportNotReadyError extends Error {
  override readonly name = 'ExportNotReadyError';
}

/** What a failed export says to the user: the typed errors carry sentences written for them. */
export function failureText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function parseRequest<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const what = r.error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
  throw new ExportRequestError(`The export request is not usable: ${what}.`);
}

export function graphOf(ctx: ExportContext): GraphHandle {
  const graph = ctx.graph();
  if (!graph || graph.closed)
    throw new ExportNotReadyError('The graph is not drawn yet; export once it is shown.');
  return graph;
}

/** The theme the figure's graph is drawn in: a dark figure needs light labels, a white one dark labels. */
export function themeFor(background: Background, viewTheme: Theme): Theme {
  if (background === 'dark') return 'dark';
  return background === 'white' ? 'light' : viewTheme;
}

export interface FigureRequest {
  readonly background: Background;
  readonly caption: string;
  readonly parts: FigureParts;
}

/** The view's words, with how lines are drawn and, comparing, the two dates and the marks of the changes. */
function figureWords(live: LiveView, state: ViewState): { when: string; mode: string } {
  const words = viewWords(live.spec);
  const extra: string[] = [];
  if (live.pairs) extra.push('one line per pair and tone, ×N: how many relations it holds');
  if (live.changes?.from.mode === 'snapshot' && state.date !== null)
    extra.push(changesNote(formatDateLong(live.changes.from.at), formatDateLong(state.date)));
  return extra.length ? { ...words, mode: `${words.mode}; ${extra.join('; ')}` } : words;
}

/**
 * The figure around a graph picture. `live` gives the date words; `inventory` (default `live`) the legend and the
 * sources: an animation passes the union of its frames so every frame has the same legend.
 */
export function figureInput(
  model: Model,
  state: ViewState,
  live: LiveView,
  request: FigureRequest,
  graph: GraphCapture,
  inventory: LiveView = live,
): FigureInput {
  const theme = themeFor(request.background, state.theme);
  return {
    graphSvg: graph.markup,
    graphCrop: graph.crop,
    graphUnderlay: graph.underlay,
    background: request.background,
    colours: THEME_COLOURS[theme],
    title: model.dataset.title,
    caption: request.caption.trim(),
    ...figureWords(live, state),
    filters: filterWords(state, model),
    legend: figureLegend(buildLegend(typesShown(model, inventory), theme), presenceOf(model, inventory)),
    sources: sourcesShown(model, inventory).map(sourceLine),
    parts: request.parts,
  };
}

/** The map layout's countries under the graph, as the explorer draws them; undefined in the other layouts. */
export function mapUnderlay(
  model: Model,
  state: ViewState,
  viewport: Viewport,
  crop: Crop,
  theme: Theme,
): string | undefined {
  const map = state.layout === 'geo' ? geoMapOf(model) : undefined;
  return map && basemapSvg(map, viewport, crop, THEME_COLOURS[theme].map);
}

export async function exportImage(
  ctx: ExportContext,
  input: ImageRequestInput,
): ReturnType<FigureExporter['image']> {
  const request = parseRequest(imageRequestSchema, input);
  const graph = graphOf(ctx);
  const model = ctx.model();
  const state = ctx.store.get();
  const live = ctx.live();
  const theme = themeFor(request.background, state.theme);
  const picture = await graph.capture(theme);
  const underlay = mapUnderlay(model, state, graph.viewport(), picture.crop, theme);
  const figureIn = figureInput(model, state, live, request, { ...picture, underlay });
  const figure = composeFigure(figureIn);
  const fileName = exportFileName(model.dataset.id, live.spec, IMAGE_EXTENSION[request.format]);
  const mime = IMAGE_MIME[request.format];
  switch (request.format) {
    case 'svg':
      return { fileName, mime, bytes: new TextEncoder().encode(figure.svg), ...size(figure) };
    case 'pdf': {
      const title = `${figureIn.title}, ${figureIn.when}`;
      // jsPDF and svg2pdf.js are loaded on the first PDF, not with the app.
      const { figurePdf } = await import('./pdf');
      return {
        fileName,
        mime,
        bytes: await figurePdf(figure.svg, figure.width, figure.height, title),
        ...size(figure),
      };
    }
    case 'png':
    case 'jpeg': {
      const scale = request.width ? request.width / figure.width : request.scale;
      const width = Math.round(figure.width * scale);
      const height = Math.round(figure.height * scale);
      const scaled = composeFigure({ ...figureIn, scale });
      return {
        fileName,
        mime,
        bytes: await rasterise(scaled.svg, width, height, request.format),
        width,
        height,
      };
    }
  }
}

function size(f: { width: number; height: number }) {
  return { width: f.width, height: f.height };
}
