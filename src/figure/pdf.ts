// A composed figure as a vector PDF, in the browser: svg2pdf.js draws the figure's SVG into a jsPDF page of the
// figure's size (1 px = 0.75 pt, as CSS defines them), with its text as PDF text in Helvetica.
import { jsPDF } from 'jspdf';
import { svg2pdf } from 'svg2pdf.js';
import { RasterError } from './raster';

const PT_PER_PX = 0.75;

export async function figurePdf(
  svg: string,
  width: number,
  height: number,
  title: string,
): Promise<Uint8Array> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.localName !== 'svg') throw new RasterError('the figure is not an SVG document');
  const w = width * PT_PER_PX;
  const h = height * PT_PER_PX;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [w, h],
    orientation: w > h ? 'landscape' : 'portrait',
    compress: true,
  });
  pdf.setProperties({ title, creator: 'Faultline' });
  await svg2pdf(root, pdf, { x: 0, y: 0, width: w, height: h });
  return new Uint8Array(pdf.output('arraybuffer'));
}
