// Composed figures as a vector PDF, in the browser: svg2pdf.js draws each figure's SVG into a jsPDF page of the
// figure's size (1 px = 0.75 pt, as CSS defines them), with its text as PDF text in Helvetica. One figure makes
// the image export's PDF; a story makes one page per step.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { RasterError } from './raster';

const PT_PER_PX = 0.75;

export interface PdfPage {
  readonly svg: string;
  /** The figure's size, px. */
  readonly width: number;
  readonly height: number;
}

export async function figuresPdf(pages: readonly PdfPage[], title: string): Promise<Uint8Array> {
  const first = pages[0];
  if (!first) throw new RangeError('a PDF needs at least one page');
  const size = (p: PdfPage): [number, number] => [p.width * PT_PER_PX, p.height * PT_PER_PX];
  const orientation = (p: PdfPage) => (p.width > p.height ? 'landscape' : 'portrait');
  const pdf = new jsPDF({ unit: 'pt', format: size(first), orientation: orientation(first), compress: true });
  pdf.setProperties({ title, creator: 'Faultline' });
  for (const [i, page] of pages.entries()) {
    const root = new DOMParser().parseFromString(page.svg, 'image/svg+xml').documentElement;
    if (root.localName !== 'svg')
      throw new RasterError(
        pages.length > 1 ? `page ${i + 1} is not an SVG document` : 'the figure is not an SVG document',
      );
    if (i > 0) pdf.addPage(size(page), orientation(page));
    const [w, h] = size(page);
    await svg2pdf(root, pdf, { x: 0, y: 0, width: w, height: h });
  }
  return new Uint8Array(pdf.output('arraybuffer'));
}

export function figurePdf(svg: string, width: number, height: number, title: string): Promise<Uint8Array> {
  return figuresPdf([{ svg, width, height }], title);
}
