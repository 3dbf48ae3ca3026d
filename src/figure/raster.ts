// PNG and JPEG of a composed figure, in the browser: the figure's SVG is decoded as an image (from a Blob URL,
// so nothing leaves the page and the canvas stays readable) and drawn onto a canvas at the pixel size the SVG's
// width and height attributes ask for, which keeps the vector drawing sharp at 2×, 3× or 4×.

/** The browser could not decode or encode the picture. */
export class RasterError extends Error {
  override readonly name = 'RasterError';
}

/** Decodes an SVG document into an image element whose natural size is the SVG's width and height. */
export async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode().catch(() => {
      throw new RasterError('the browser could not draw the figure (its SVG did not decode)');
    });
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws an SVG onto `canvas`, resized to width × height pixels; `fill` paints under it (JPEG has no
 * transparency). The picture is centred and kept in proportion when its size differs from the canvas.
 */
export async function drawSvg(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  svg: string,
  width: number,
  height: number,
  fill: string | null,
): Promise<void> {
  const img = await svgImage(svg);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  // On a union of canvas types getContext('2d') is typed as any rendering context; the rule sees the 2D overload.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
  if (!ctx) throw new RasterError('the browser gave no 2D canvas');
  ctx.clearRect(0, 0, width, height);
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fillRect(0, 0, width, height);
  }
  const fit = Math.min(width / img.naturalWidth, height / img.naturalHeight);
  const w = img.naturalWidth * fit;
  const h = img.naturalHeight * fit;
  ctx.drawImage(img, (width - w) / 2, (height - h) / 2, w, h);
}

export async function canvasBytes(
  canvas: HTMLCanvasElement,
  type: 'image/png' | 'image/jpeg',
): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.92));
  if (!blob) throw new RasterError(`the browser could not encode the figure as ${type}`);
  return new Uint8Array(await blob.arrayBuffer());
}

/** A figure SVG (composed at the pixel size wanted) as PNG or JPEG bytes of exactly width × height pixels. */
export async function rasterise(
  svg: string,
  width: number,
  height: number,
  format: 'png' | 'jpeg',
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  await drawSvg(canvas, svg, width, height, format === 'jpeg' ? '#ffffff' : null);
  return canvasBytes(canvas, format === 'png' ? 'image/png' : 'image/jpeg');
}
