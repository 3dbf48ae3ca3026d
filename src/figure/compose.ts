// The figure: one SVG composed around the graph picture the view hands over. A header (title, caption, the date
// or window and the mode in words, the active filters), the graph at its own size, the legend of what is present
// beside it and the sources behind the relations shown below; every part can be left out. All writing is <text>
// (escaped, never markup), so the SVG is searchable and the PDF made from it keeps its text. Pure.
import { escapeXml } from '../io/xml';
import { nestGraph, readGraphSvg, round, type Region } from './graph-svg';
import { LEGEND_WIDTH, drawLegend, type FigureLegend } from './legend-svg';
import { textWidth as widthOf, wrapText } from './text-metrics';
import type { Background, FigureParts } from '../io/export';

export interface FigureInput {
  /** The graph as `cy.svg()` wrote it. */
  readonly graphSvg: string;
  /** The part of the picture to show (its own coordinates); default all of it. */
  readonly graphCrop?: Region;
  /** Markup drawn under the graph picture, in its coordinates and clipped with it (the map layout's basemap). */
  readonly graphUnderlay?: string;
  readonly background: Background;
  /** The text and background colours of the theme the graph was drawn in. */
  readonly colours: { readonly text: string; readonly background: string };
  readonly title: string;
  readonly caption: string;
  /** "27 February 2026", "1 October 2025 – 13 April 2026". */
  readonly when: string;
  /** The mode in words: "snapshot: relations holding that day and events of the 30 days before". */
  readonly mode: string;
  /** The active filters in words, or null when none is active. */
  readonly filters: string | null;
  readonly legend: FigureLegend;
  /** One line per source behind the relations shown. */
  readonly sources: readonly string[];
  readonly parts: FigureParts;
  /** Pixel size over the figure's own size (the viewBox stays the same); default 1. */
  readonly scale?: number;
  /** A large date in the top right corner, for the frames of an animation. */
  readonly stamp?: string;
  /** The figure is at least this tall (space added at the bottom): every frame of an animation the same size. */
  readonly minHeight?: number;
  /** The graph starts no higher than this (px): frames whose headers differ keep the graph in one place. */
  readonly minGraphTop?: number;
  /** Text under the graph and the legend, before the sources (a story step's number, caption and quotes). */
  readonly below?: readonly BelowBlock[];
}

/** Paragraphs of plain text, each wrapped to the figure's width. */
export interface BelowBlock {
  readonly paragraphs: readonly string[];
  readonly size: number;
  readonly bold?: boolean;
  /** In the receding colour of the sources. */
  readonly muted?: boolean;
}

export interface Figure {
  readonly svg: string;
  /** The figure's own size, px (before `scale`). */
  readonly width: number;
  readonly height: number;
  /** Where the graph and the legend start, px from the top. */
  readonly graphTop: number;
}

const MARGIN = 24;
const GAP = 20;
const MIN_WIDTH = 520;
const STAMP_SIZE = 26;

/** `a` mixed into `b` by `share` (0 is b, 1 is a), for text that should recede. Colours are #rrggbb. */
function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  if (!/^#[0-9a-f]{6}$/i.test(a) || !/^#[0-9a-f]{6}$/i.test(b)) return a;
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function paintOf(background: Background, themeBackground: string): string | null {
  if (background === 'transparent') return null;
  return background === 'dark' ? themeBackground : '#ffffff';
}

interface Block {
  readonly lines: readonly string[];
  readonly size: number;
  readonly bold?: boolean;
  readonly fill: string;
  /** Space before the block, px. */
  readonly before: number;
}

/** Writes text blocks downwards from y; returns the markup and the y below the last line. */
function writeBlocks(blocks: readonly Block[], x: number, y: number): { markup: string; bottom: number } {
  const out: string[] = [];
  let at = y;
  for (const b of blocks) {
    if (b.lines.length === 0) continue;
    at += b.before;
    for (const line of b.lines) {
      at += b.size * 1.25;
      const weight = b.bold ? ' font-weight="bold"' : '';
      out.push(
        `<text x="${x}" y="${round(at - b.size * 0.25)}" font-size="${b.size}"${weight} fill="${b.fill}">${escapeXml(line)}</text>`,
      );
    }
  }
  return { markup: out.join(''), bottom: at };
}

export function composeFigure(input: FigureInput): Figure {
  const { parts } = input;
  const picture = readGraphSvg(input.graphSvg);
  const crop = input.graphCrop ?? { x: 0, y: 0, width: picture.width, height: picture.height };
  const graphW = crop.width;
  const graphH = crop.height;
  const legendShown = parts.legend;
  const width = Math.ceil(Math.max(MIN_WIDTH, MARGIN * 2 + graphW + (legendShown ? GAP + LEGEND_WIDTH : 0)));
  const textWidth = width - MARGIN * 2;
  const stamp = input.stamp ?? '';
  const stampWidth = stamp ? widthOf(stamp, STAMP_SIZE, true) + 16 : 0;
  // The header's lines keep clear of the stamp.
  const headerWidth = textWidth - stampWidth;
  const paint = paintOf(input.background, input.colours.background);
  const text = input.colours.text;
  const muted = mix(text, paint ?? '#ffffff', 0.72);

  const whenLine = [input.when, input.mode].filter(Boolean).join(' · ');
  const header = writeBlocks(
    [
      {
        lines: parts.title ? wrapText(input.title, headerWidth, 20, true) : [],
        size: 20,
        bold: true,
        fill: text,
        before: 0,
      },
      {
        lines: parts.caption ? wrapText(input.caption, headerWidth, 13) : [],
        size: 13,
        fill: text,
        before: 4,
      },
      {
        lines: parts.when ? wrapText(whenLine, headerWidth, 13, true) : [],
        size: 13,
        bold: true,
        fill: text,
        before: 6,
      },
      {
        lines: parts.filters && input.filters ? wrapText(input.filters, headerWidth, 12) : [],
        size: 12,
        fill: muted,
        before: 2,
      },
    ],
    MARGIN,
    MARGIN - 4,
  );
  const bodyTop = Math.max(header.bottom > MARGIN ? header.bottom + 14 : MARGIN, input.minGraphTop ?? 0);
  const graphX =
    MARGIN + Math.max(0, (width - MARGIN * 2 - graphW - (legendShown ? GAP + LEGEND_WIDTH : 0)) / 2);
  const legend = legendShown
    ? drawLegend(input.legend, graphX + graphW + GAP, bodyTop, { text, muted })
    : { markup: '', height: 0 };
  const bodyBottom = bodyTop + Math.max(graphH, legend.height);
  const under = writeBlocks(
    (input.below ?? []).map((b) => ({
      lines: b.paragraphs.flatMap((p) => wrapText(p, textWidth, b.size, b.bold)),
      size: b.size,
      bold: b.bold ?? false,
      fill: b.muted ? muted : text,
      before: 8,
    })),
    MARGIN,
    bodyBottom,
  );

  const sourceLines =
    parts.sources && input.sources.length > 0
      ? input.sources.flatMap((s) =>
          wrapText(s, textWidth - 12, 11).map((l, i) => (i === 0 ? `• ${l}` : `  ${l}`)),
        )
      : [];
  const footer = writeBlocks(
    [
      { lines: sourceLines.length ? ['Sources'] : [], size: 11, bold: true, fill: muted, before: 12 },
      { lines: sourceLines, size: 11, fill: muted, before: 0 },
    ],
    MARGIN,
    under.bottom,
  );
  const height = Math.ceil(Math.max(footer.bottom + MARGIN, under.bottom + MARGIN, input.minHeight ?? 0));
  const scale = input.scale ?? 1;

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${round(width * scale)}" height="${round(height * scale)}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml([input.title, input.when].filter(Boolean).join(', '))}</title>`,
    paint ? `<rect x="0" y="0" width="${width}" height="${height}" fill="${paint}"/>` : '',
    header.markup,
    stamp
      ? `<text x="${width - MARGIN}" y="${MARGIN + STAMP_SIZE - 6}" font-size="${STAMP_SIZE}" font-weight="bold" text-anchor="end" fill="${text}">${escapeXml(stamp)}</text>`
      : '',
    nestGraph(picture, { x: graphX, y: bodyTop, width: graphW, height: graphH }, crop, input.graphUnderlay),
    legend.markup,
    under.markup,
    footer.markup,
    '</svg>\n',
  ].join('');
  return { svg, width, height, graphTop: bodyTop };
}
