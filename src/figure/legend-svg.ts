// The figure's legend as SVG: the actor kinds and relation types present in the exported view (never the whole
// vocabulary), with the marks the graph uses, from the same LegendModel the on-screen legend draws. Pure.
import type { ActorKind } from '../model';
import type { LegendGroup, LegendKind, LegendModel } from '../look/legend';
import type { EdgeLook } from '../look/look';
import { escapeXml } from '../io/xml';
import { headPath, nodePath } from './glyph-paths';
import { wrapText } from './text-metrics';

/** What is in the view, so the legend shows exactly that. */
export interface Presence {
  readonly kinds: ReadonlySet<ActorKind>;
  readonly alleged: boolean;
  readonly mediator: boolean;
  /** Events drawn faded by age (snapshot mode). */
  readonly fading: boolean;
}

/** The legend of one exported view. Its groups hold only the types present (build the LegendModel from those). */
export interface FigureLegend {
  readonly kinds: readonly LegendKind[];
  readonly groups: readonly LegendGroup[];
  /** The mediator ring's colour when a mediator is in the view. */
  readonly mediator: string | null;
  readonly alleged: EdgeLook | null;
  readonly fading: { readonly colour: string; readonly opacities: readonly number[] } | null;
}

export function figureLegend(legend: LegendModel, present: Presence): FigureLegend {
  return {
    kinds: legend.kinds.filter((k) => present.kinds.has(k.kind)),
    groups: legend.groups,
    mediator: present.mediator ? legend.mediatorColour : null,
    alleged: present.alleged ? legend.alleged : null,
    fading: present.fading ? { colour: legend.ageColour, opacities: legend.ageOpacities } : null,
  };
}

/** Every label the legend writes, in order: what a reader (and a test) finds as text in the figure. */
export function legendLabels(legend: FigureLegend): string[] {
  return [
    ...legend.kinds.map((k) => k.label),
    ...(legend.mediator ? ['Mediator'] : []),
    ...legend.groups.flatMap((g) => [g.title, ...g.relations.map((r) => r.label)]),
    ...(legend.alleged ? ['alleged (dashed)'] : []),
    ...(legend.fading ? ['older events fade'] : []),
  ];
}

export const LEGEND_WIDTH = 210;
const ROW = 19;
const FONT = 12;
const GLYPH = 40;

function text(x: number, y: number, content: string, fill: string, extra = ''): string {
  return `<text x="${x}" y="${y}" font-size="${FONT}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;
}

function edgeGlyph(look: EdgeLook, x: number, y: number, opacity = 1): string {
  const end = x + GLYPH - 1;
  const dash = look.dash.length ? ` stroke-dasharray="${look.dash.join(' ')}"` : '';
  const head = headPath(look.targetArrow, end, y);
  const tail = headPath(look.sourceArrow, end, y);
  const fade = opacity < 1 ? ` opacity="${opacity}"` : '';
  return [
    `<g${fade}>`,
    `<line x1="${x + 2}" y1="${y}" x2="${x + GLYPH - 4}" y2="${y}" stroke="${look.colour}" stroke-width="2.4" stroke-linecap="${look.lineCap}"${dash}/>`,
    head ? `<path d="${head}" fill="${look.colour}"/>` : '',
    tail ? `<path d="${tail}" fill="${look.colour}" transform="rotate(180 ${x + GLYPH / 2} ${y})"/>` : '',
    '</g>',
  ].join('');
}

export interface LegendColours {
  readonly text: string;
  readonly muted: string;
}

/** The legend drawn with its top left corner at (x, y); returns the markup and the height it takes. */
export function drawLegend(
  legend: FigureLegend,
  x: number,
  y: number,
  colours: LegendColours,
): { markup: string; height: number } {
  const out: string[] = [];
  let at = y;
  const row = (glyph: string, label: string, extra = '') => {
    out.push(glyph, text(x + GLYPH + 8, at + 4, label, colours.text, extra));
    at += ROW;
  };
  const heading = (title: string, size: number) => {
    at += size + 2;
    out.push(
      `<text x="${x}" y="${at - 4}" font-size="${size}" font-weight="bold" fill="${colours.text}">${escapeXml(title)}</text>`,
    );
    at += 6;
  };
  heading('Legend', 14);
  for (const k of legend.kinds) {
    const path = nodePath(k.shape, x + GLYPH / 2, at, 7);
    row(`<path d="${path}" fill="${k.fill}" stroke="${k.border}" stroke-width="1.2"/>`, k.label);
  }
  if (legend.mediator) {
    const ring = nodePath('ellipse', x + GLYPH / 2, at, 8);
    const inner = nodePath('ellipse', x + GLYPH / 2, at, 5);
    row(
      `<path d="${ring}" fill="none" stroke="${legend.mediator}" stroke-width="1.2"/><path d="${inner}" fill="none" stroke="${legend.mediator}" stroke-width="1.2"/>`,
      'Mediator',
    );
  }
  for (const g of legend.groups) {
    at += 4;
    heading(g.title, FONT);
    for (const r of g.relations) row(edgeGlyph(r.look, x, at), r.label);
  }
  if (legend.alleged || legend.fading) at += 6;
  if (legend.alleged) row(edgeGlyph(legend.alleged, x, at), 'alleged (dashed)', ' font-style="italic"');
  if (legend.fading) {
    const { colour, opacities } = legend.fading;
    const swatches = opacities
      .map(
        (o, i) =>
          `<rect x="${x + 2 + i * 9}" y="${at - 4}" width="8" height="8" fill="${colour}" opacity="${o}"/>`,
      )
      .join('');
    row(swatches, 'older events fade');
  }
  at += 4;
  for (const line of wrapText('lasting: solid · event: dotted · arrow: directed', LEGEND_WIDTH, 11)) {
    at += 13;
    out.push(`<text x="${x}" y="${at}" font-size="11" fill="${colours.muted}">${escapeXml(line)}</text>`);
  }
  return { markup: out.join(''), height: at - y + 4 };
}
