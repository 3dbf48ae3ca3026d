// The GIF encoder for animations (gifenc): each frame is quantised to at most 256 colours, mapped to its palette
// and written at once, so only the encoder's growing byte stream is kept. The palette is either made per frame
// (best colours) or once from the first frame and reused; `npm run bench` measures both.
import { GIFEncoder, applyPalette, quantize, type Palette } from 'gifenc';
import type { FrameSink } from './animate';

export type PaletteMode = 'per-frame' | 'global';

function pixels(frame: HTMLCanvasElement | OffscreenCanvas): Uint8ClampedArray {
  // On a union of canvas types getContext('2d') is typed as any rendering context; the rule sees the 2D overload.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const ctx = frame.getContext('2d', { willReadFrequently: true }) as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new Error('the frame canvas has no 2D context');
  return ctx.getImageData(0, 0, frame.width, frame.height).data;
}

export function gifSink(width: number, height: number, fps: number, mode: PaletteMode): FrameSink {
  const gif = GIFEncoder();
  let global: Palette | null = null;
  const delay = Math.round(1000 / fps);
  return {
    add(frame, index) {
      if (frame.width !== width || frame.height !== height)
        throw new Error(`frame ${index} is ${frame.width}×${frame.height}, not ${width}×${height}`);
      const rgba = pixels(frame);
      const palette = mode === 'global' ? (global ??= quantize(rgba, 256)) : quantize(rgba, 256);
      const indexed = applyPalette(rgba, palette);
      // A frame without a palette of its own uses the global one the first frame wrote.
      const own = mode === 'per-frame' || index === 0;
      gif.writeFrame(indexed, width, height, { ...(own ? { palette } : {}), delay, repeat: 0 });
      return Promise.resolve();
    },
    finish() {
      gif.finish();
      return Promise.resolve(gif.bytes());
    },
    cancel() {
      gif.reset();
    },
  };
}
