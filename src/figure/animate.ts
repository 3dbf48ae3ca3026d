// Plays a date range into an animation: one frame per date, drawn by the caller (the app shows the view at that
// date and draws the composed figure with the date on a canvas), handed to an encoder as soon as it is drawn. Only
// the frame being encoded and the encoder's own bytes are held, so memory stays bounded on long ranges. Progress
// is reported after each frame; an AbortSignal cancels between frames.
import { daysInMonth } from '../model';
import { DAY_MS } from '../model';
import { MAX_FRAMES, type Step } from '../io/export';

/** The user cancelled the export. */
export class ExportCancelled extends Error {
  override readonly name = 'ExportCancelled';
  constructor() {
    super('The export was cancelled.');
  }
}

/** The range asks for more frames than an animation may hold, or is reversed. */
export class AnimationRangeError extends Error {
  override readonly name = 'AnimationRangeError';
}

/** Where frames go: an encoder that takes them one at a time. */
export interface FrameSink {
  add(frame: HTMLCanvasElement | OffscreenCanvas, index: number): Promise<void>;
  /** The encoded file, once every frame is in. */
  finish(): Promise<Uint8Array>;
  /** Drops what was encoded; after a failure or a cancel. */
  cancel(): void;
}

export interface AnimationProgress {
  readonly done: number;
  readonly total: number;
  /** The day just drawn (ms UTC at midnight). */
  readonly date: number;
}

export interface AnimateOptions {
  readonly onProgress?: (progress: AnimationProgress) => void;
  readonly signal?: AbortSignal;
}

function addMonths(day: number, months: number): number {
  const d = new Date(day);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  // The 31st steps to the last day of a shorter month rather than spilling into the next one.
  const last = daysInMonth(year, month + 1);
  return Date.UTC(year, month, Math.min(d.getUTCDate(), last));
}

/**
 * The days an animation shows: `from`, then every step after it while before `to`, then `to` itself, so the
 * animation always ends on the day asked for. Days are ms UTC at midnight.
 */
export function animationDates(from: number, to: number, step: Step): number[] {
  if (to < from) throw new AnimationRangeError('the animation range ends before it starts');
  const out: number[] = [];
  for (let i = 0; ; i++) {
    const day = step === 'month' ? addMonths(from, i) : from + i * (step === 'week' ? 7 : 1) * DAY_MS;
    if (day >= to) break;
    out.push(day);
    if (out.length > MAX_FRAMES) break;
  }
  out.push(to);
  if (out.length > MAX_FRAMES) {
    throw new AnimationRangeError(
      `the range makes more than ${MAX_FRAMES} frames; choose a longer step or a shorter range`,
    );
  }
  return out;
}

/** Draws each date with `drawFrame` and feeds it to `sink`; resolves with the encoded file. */
export async function playInto(
  dates: readonly number[],
  drawFrame: (date: number, index: number) => Promise<HTMLCanvasElement | OffscreenCanvas>,
  sink: FrameSink,
  options: AnimateOptions = {},
): Promise<Uint8Array> {
  try {
    for (const [index, date] of dates.entries()) {
      if (options.signal?.aborted) throw new ExportCancelled();
      await sink.add(await drawFrame(date, index), index);
      options.onProgress?.({ done: index + 1, total: dates.length, date });
    }
    if (options.signal?.aborted) throw new ExportCancelled();
    return await sink.finish();
  } catch (e) {
    sink.cancel();
    throw e;
  }
}
