// Animated export: derives the live view of each date over a range itself (the window slides with it in window
// mode), asks the graph's handle to show it and capture it, composes the figure with that date in words, draws it
// on one canvas and hands the canvas to the GIF or WebM encoder. Every frame has the same size and the same legend
// and sources (those of the whole range), so nothing jumps between frames. The view state is never touched; the
// graph goes back to the app's view afterwards.
import { composeFigure } from './compose';
import { exportFileName } from './file-name';
import { drawSvg } from './raster';
import {
  IMAGE_EXTENSION,
  IMAGE_MIME,
  animationRequestSchema,
  type AnimationRequestInput,
  type FigureExporter,
} from '../io/export';
import { animationDates, playInto, type FrameSink } from './animate';
import { parseIsoDay } from '../state/url';
import { compareInputOf } from '../view/compare';
import { layoutPositions } from '../view/layout';
import { LiveViewDeriver, type LiveView } from '../view/liveView';
import { THEME_COLOURS } from '../look/look';
import {
  ExportNotReadyError,
  ExportRequestError,
  graphOf,
  figureInput,
  mapUnderlay,
  parseRequest,
  themeFor,
  type ExportContext,
} from './exportFigure';
import { withDate } from '../state/timeActions';

const UNBOUNDED = { first: -Infinity, last: Infinity };

/** The edges, actors and marks of every frame together: what the animation's legend and sources cover. */
export function union(views: readonly LiveView[]): LiveView {
  const first = views[0]!;
  const merge = <T>(pick: (v: LiveView) => Iterable<T>) => new Set(views.flatMap((v) => [...pick(v)]));
  return {
    ...first,
    edges: merge((v) => v.edges),
    actors: merge((v) => v.actors),
    mediators: merge((v) => v.mediators),
    age: new Map(views.flatMap((v) => [...v.age])),
  };
}

const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);

export async function exportAnimation(
  ctx: ExportContext,
  input: AnimationRequestInput,
  options: Parameters<FigureExporter['animation']>[1] = {},
): ReturnType<FigureExporter['animation']> {
  const request = parseRequest(animationRequestSchema, input);
  const from = parseIsoDay(request.from);
  const to = parseIsoDay(request.to);
  if (from === null || to === null)
    throw new ExportRequestError('The animation range names a day that does not exist.');
  const dates = animationDates(from, to, request.step);
  const graph = graphOf(ctx);
  const model = ctx.model();
  const original = ctx.store.get();
  if (original.date === null) throw new ExportNotReadyError('The view has no date yet.');
  const frameState = (day: number) => ({ ...withDate(original, day, UNBOUNDED), date: day });
  const marks = { selection: original.selection, focus: original.focus?.id ?? null };

  // Video and GIF have no alpha: a transparent figure is played on white.
  const background = request.background === 'transparent' ? 'white' : request.background;
  const figureRequest = { ...request, background, parts: { ...request.parts, when: true } };
  const theme = themeFor(background, original.theme);
  const fill = background === 'dark' ? THEME_COLOURS.dark.background : '#ffffff';
  const frameView = (day: number, deriver: LiveViewDeriver) => {
    const state = frameState(day);
    return deriver.derive(state, compareInputOf(model, state));
  };
  const inventoryDeriver = new LiveViewDeriver(model);
  const inventory = union(dates.map((d) => frameView(d, inventoryDeriver)));
  // The frames' own deriver moves from date to date by the time index's diffs.
  const deriver = new LiveViewDeriver(model);
  // One crop for every frame: where any actor would stand (dragged positions win over the layout's).
  const placed = layoutPositions(model, original.layout);
  const everyPlace = [...model.actors.keys()].flatMap((id) => original.positions[id] ?? placed.get(id) ?? []);
  const capture = async () => {
    const picture = await graph.capture(theme, everyPlace);
    return { ...picture, underlay: mapUnderlay(model, original, graph.viewport(), picture.crop, theme) };
  };

  // The stylesheet of the figure's theme goes on once for the whole run, not swapped for every frame.
  return graph.withTheme(theme, async () => {
    try {
      // The frame size, from the figure as it stands now (the graph keeps its size while dates move).
      const probeInput = figureInput(model, original, ctx.live(), figureRequest, await capture(), inventory);
      const probe = composeFigure({ ...probeInput, stamp: probeInput.when });
      const scale = request.width / probe.width;
      const width = even(request.width);
      const height = even(probe.height * scale);
      const canvas = document.createElement('canvas');
      // The GIF encoder reads every frame's pixels back: a context made for that keeps them in memory, not the GPU.
      canvas.getContext('2d', { willReadFrequently: request.format === 'gif' });
      // The encoders are loaded on the first animation, not with the app.
      const sink: FrameSink =
        request.format === 'gif'
          ? (await import('./animate-gif')).gifSink(width, height, request.fps, request.palette)
          : await (await import('./animate-webm')).webmSink(width, height, request.fps);
      const drawFrame = async (day: number) => {
        const state = frameState(day);
        const live = frameView(day, deriver);
        await graph.show(live, marks);
        const input = figureInput(model, state, live, figureRequest, await capture(), inventory);
        const figure = composeFigure({
          ...input,
          stamp: input.when,
          scale,
          minHeight: probe.height,
        });
        await drawSvg(canvas, figure.svg, width, height, fill);
        return canvas;
      };
      const bytes = await playInto(dates, drawFrame, sink, options);
      return {
        fileName: exportFileName(
          model.dataset.id,
          { mode: 'window', from, to },
          IMAGE_EXTENSION[request.format],
        ),
        mime: IMAGE_MIME[request.format],
        bytes,
        frames: dates.length,
      };
    } finally {
      graph.release();
    }
  });
}
