// The colours the exports paint with: the view's own light-theme table (src/look/look.ts), so a GEXF opened in
// Gephi or a Cytoscape.js file looks like the explorer: relations by tone, actors by kind. Light, because the
// tools these files open in draw on white.
import { THEME_COLOURS } from '../../look/look';

export const EXPORT_COLOURS = THEME_COLOURS.light;

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
