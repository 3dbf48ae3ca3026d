// The vocabulary of figure export, shared by the composer, the browser renderers, the dialog, the URL and the
// command line: image formats, backgrounds, the parts of a figure that can be switched off, and the request
// that names one export. Pure declarations and their zod checks, so every edge validates the same way.
import { z } from 'zod';

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
}
