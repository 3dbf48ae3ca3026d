// The colours exports paint relations with, by tone: the same colour-blind-safe palette (Okabe-Ito) the view
// draws with, so a GEXF opened in Gephi or a Cytoscape.js file looks like the explorer. Declared once, here.
import type { Tone } from '../../model/dataset/vocabulary';

export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
  cooperative: '#0072B2',
  hostile: '#D55E00',
  mediation: '#009E73',
};

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** `#rrggbb` (or `#rgb`) as 0–255 channels; null when the string is not a hex colour. */
export function hexToRgb(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!;
  const n = Number.parseInt(digits, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
