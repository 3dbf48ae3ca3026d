// The vocabulary of figure export, shared by the composer, the browser renderers, the dialog, the URL and the
// command line: image formats, backgrounds, the parts of a figure that can be switched off, and the request
// that names one export. Pure declarations and their zod checks, so every edge validates the same way.
import { z } from 'zod';
import { ACTOR_KINDS } from '../../model';
import { parseIsoDay } from '../../model';
import { IMPRECISE_RULES } from '../../model';

export const IMAGE_FORMATS = ['png', 'jpeg', 'svg', 'pdf'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export const ANIMATION_FORMATS = ['gif', 'webm'] as const;
export type AnimationFormat = (typeof ANIMATION_FORMATS)[number];

export const BACKGROUNDS = ['white', 'dark', 'transparent'] as const;
export type Background = (typeof BACKGROUNDS)[number];

/** The parts of a figure around the graph; each can be left out. */
export const FIGURE_PARTS = ['title', 'caption', 'when', 'filters', 'legend', 'sources'] as const;
export type FigurePart = (typeof FIGURE_PARTS)[number];
export type FigureParts = Readonly<Record<FigurePart, boolean>>;

export const ALL_PARTS: FigureParts = {
  title: true,
  caption: true,
  when: true,
  filters: true,
  legend: true,
  sources: true,
};

export const MIN_SCALE = 1;
export const MAX_SCALE = 4;
/** Widths a chosen pixel width may take: below this nothing is legible, above it canvases fail in browsers. */
export const MIN_WIDTH_PX = 320;
export const MAX_WIDTH_PX = 8000;

const partsSchema = z
  .object(Object.fromEntries(FIGURE_PARTS.map((p) => [p, z.boolean().optional()])))
  .transform((given): FigureParts => ({ ...ALL_PARTS, ...given }));

/** One still image of the current view. `width` (pixels) wins over `scale` for PNG and JPEG. */
export const imageRequestSchema = z.strictObject({
  format: z.enum(IMAGE_FORMATS),
  scale: z.number().min(MIN_SCALE).max(MAX_SCALE).default(1),
  width: z.number().int().min(MIN_WIDTH_PX).max(MAX_WIDTH_PX).optional(),
  background: z.enum(BACKGROUNDS).default('white'),
  caption: z.string().max(500).default(''),
  parts: partsSchema.default(ALL_PARTS),
});
export type ImageRequest = z.output<typeof imageRequestSchema>;
export type ImageRequestInput = z.input<typeof imageRequestSchema>;

export const STEPS = ['day', 'week', 'month'] as const;
export type Step = (typeof STEPS)[number];

/** Long enough for a year of days at any frame rate; beyond it a range is almost surely a mistake. */
export const MAX_FRAMES = 1000;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day, YYYY-MM-DD' });

/** A date range played into an animation, one frame per date. */
export const animationRequestSchema = z.strictObject({
  format: z.enum(ANIMATION_FORMATS),
  from: isoDay,
  to: isoDay,
  step: z.enum(STEPS).default('week'),
  fps: z.number().min(0.5).max(30).default(4),
  width: z.number().int().min(MIN_WIDTH_PX).max(3840).default(960),
  background: z.enum(BACKGROUNDS).default('white'),
  caption: z.string().max(500).default(''),
  parts: partsSchema.default(ALL_PARTS),
  /**
   * GIF only: a palette made for each frame (the default: its best 256 colours), or one made from the first frame
   * and reused (every colour of the animation is in its legend, so the first frame has them all). BENCHMARKS.md
   * finds no difference in time between them on the bundled dataset.
   */
  palette: z.enum(['per-frame', 'global']).default('per-frame'),
});
export type AnimationRequest = z.output<typeof animationRequestSchema>;
export type AnimationRequestInput = z.input<typeof animationRequestSchema>;

export const STORY_FORMATS = ['gif', 'webm', 'pdf', 'html'] as const;
export type StoryFormat = (typeof STORY_FORMATS)[number];

/** The view modes and edge modes a step may set (the view state's own lists; a test keeps them equal). */
export const STEP_MODES = ['snapshot', 'window', 'cumulative'] as const;
export const STEP_EDGE_MODES = ['pairs', 'relations'] as const;
/** A video step is held in whole frames of this rate, so holds are multiples of its frame. */
export const STORY_VIDEO_FPS = 2;
export const MAX_STORY_STEPS = 100;

/** A day as ms UTC at midnight, or written YYYY-MM-DD (as a story file writes it). */
const day = z.union([
  z
    .number()
    .int()
    .refine((ms) => ms % 86_400_000 === 0, { message: 'must be a day: ms UTC at midnight' }),
  isoDay.transform((text, ctx) => {
    const ms = parseIsoDay(text);
    if (ms === null) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a day of the calendar` });
      return z.NEVER;
    }
    return ms;
  }),
]);

/**
 * What a story step sets of the view; a whole view state may be passed (the other fields are dropped). A field
 * left out keeps the app's current value; the layout, positions and theme always stay as they are.
 */
export const stepStateSchema = z.object({
  date: day,
  mode: z.enum(STEP_MODES).optional(),
  window: z
    .strictObject({ from: day, to: day })
    .refine((w) => w.from <= w.to, { message: 'the window ends before it starts' })
    .nullable()
    .optional(),
  memory: z.number().int().min(0).max(3650).optional(),
  filters: z
    .strictObject({
      hiddenTypes: z.array(z.string()).readonly(),
      hiddenKinds: z.array(z.enum(ACTOR_KINDS)).readonly(),
      showReported: z.boolean(),
      showAlleged: z.boolean(),
      hideIsolated: z.boolean(),
      imprecise: z.enum(IMPRECISE_RULES),
    })
    .optional(),
  focus: z
    .strictObject({ id: z.string().min(1), hops: z.union([z.literal(1), z.literal(2)]) })
    .nullable()
    .optional(),
  selection: z
    .strictObject({ kind: z.enum(['actor', 'relation', 'pair']), id: z.string().min(1) })
    .nullable()
    .optional(),
  edgeMode: z.enum(STEP_EDGE_MODES).optional(),
});
export type StepState = z.output<typeof stepStateSchema>;

/**
 * A cited passage: a relation of the dataset (all its quotes, or the one numbered `quote` from 0), resolved to
 * the dataset's evidence at export time, or a quote given with its source line.
 */
export const storyCitationSchema = z.union([
  z.strictObject({ relation: z.string().min(1), quote: z.number().int().min(0).optional() }),
  z.strictObject({ quote: z.string().trim().min(1).max(1000), source: z.string().trim().min(1).max(500) }),
]);
export type StoryCitation = z.output<typeof storyCitationSchema>;

export const storyStepSchema = z.strictObject({
  state: stepStateSchema,
  /** Short Markdown, drawn as plain text (never as markup). */
  caption: z.string().max(2000).default(''),
  citations: z.array(storyCitationSchema).max(50).default([]),
});

/** A story played into a file: every step's view with its caption burned in (GIF, WebM), a page (PDF) or a slide. */
export const storyRequestSchema = z.strictObject({
  format: z.enum(STORY_FORMATS),
  /** The story's title; default the dataset's. */
  title: z.string().trim().max(200).optional(),
  /** How long each step stays on screen in a GIF or WebM, in seconds: whole frames of STORY_VIDEO_FPS. */
  holdSeconds: z
    .number()
    .min(1 / STORY_VIDEO_FPS)
    .max(60)
    .refine((s) => Number.isInteger(s * STORY_VIDEO_FPS), {
      message: `must be a multiple of ${1 / STORY_VIDEO_FPS} s`,
    })
    .default(3),
  width: z.number().int().min(MIN_WIDTH_PX).max(3840).default(960),
  background: z.enum(BACKGROUNDS).default('white'),
  steps: z.array(storyStepSchema).min(1, { message: 'a story needs at least one step' }).max(MAX_STORY_STEPS),
});
export type StoryRequest = z.output<typeof storyRequestSchema>;
export type StoryRequestInput = z.input<typeof storyRequestSchema>;

export const STORY_MIME: Readonly<Record<StoryFormat, string>> = {
  gif: 'image/gif',
  webm: 'video/webm',
  pdf: 'application/pdf',
  html: 'text/html',
};

/** What an export hands back: the bytes and the name to save them under. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mime: string;
  readonly bytes: Uint8Array;
}

export const IMAGE_MIME: Readonly<Record<ImageFormat | AnimationFormat, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  gif: 'image/gif',
  webm: 'video/webm',
};

export const IMAGE_EXTENSION: Readonly<Record<ImageFormat | AnimationFormat, string>> = {
  png: 'png',
  jpeg: 'jpg',
  svg: 'svg',
  pdf: 'pdf',
  gif: 'gif',
  webm: 'webm',
};

export interface AnimationProgressReport {
  readonly done: number;
  readonly total: number;
}

/** What the app offers for exports (the dialog, the URL and `window.__faultline.export` all go through it). */
export interface FigureExporter {
  image(
    request: ImageRequestInput,
  ): Promise<ExportedFile & { readonly width: number; readonly height: number }>;
  animation(
    request: AnimationRequestInput,
    options?: { readonly onProgress?: (p: AnimationProgressReport) => void; readonly signal?: AbortSignal },
  ): Promise<ExportedFile & { readonly frames: number }>;
  /**
   * A story: one frame held per step (GIF, WebM), one page per step (PDF), or a page that plays it (HTML).
   * `seconds` is how long a GIF or WebM plays (steps × holdSeconds); 0 for a PDF or an HTML page.
   */
  story(
    request: StoryRequestInput,
    options?: { readonly onProgress?: (p: AnimationProgressReport) => void; readonly signal?: AbortSignal },
  ): Promise<ExportedFile & { readonly steps: number; readonly seconds: number }>;
}
