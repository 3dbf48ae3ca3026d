// The Cytoscape stylesheet, generated from look.ts for one theme. Everything that varies per element is a class
// or a precomputed data field (size, width, label), so no function runs per element while time moves. A large
// dataset is drawn the fast way: straight overlaid lines without end marks (no curve fitting for parallel
// relations, the costliest part of a step), and labels at a fixed size that show once zoomed in.
import type { StylesheetJson } from 'cytoscape';
import type { Model } from '../model';
import { ACTOR_KINDS, TONES, type LineStyle } from '../model';
import type { Theme } from './theme';
import { AGE_STEPS, THEME_COLOURS, edgeClasses, edgeLook, nodeLook, type EdgeClassKey } from './look';

const LINE_STYLES: readonly LineStyle[] = ['solid', 'dotted', 'dashed'];

/** Every combination of the things an edge's look depends on. */
export function allEdgeClassKeys(): EdgeClassKey[] {
  return TONES.flatMap((tone) =>
    LINE_STYLES.flatMap((lineStyle) => [true, false].map((directed) => ({ tone, lineStyle, directed }))),
  );
}

/** Label sizes (model px) by which labels grow when the view is zoomed out, so they stay readable on screen. */
export const LABEL_SIZES = [12, 14, 17, 20, 24] as const;

/** The label size that keeps text about 12 px on screen at this zoom (zoomed in, labels simply grow). */
export function labelSizeFor(zoom: number): number {
  return LABEL_SIZES.find((size) => size * zoom >= 11) ?? LABEL_SIZES[LABEL_SIZES.length - 1]!;
}

export type Drawing = 'detailed' | 'fast';

/** Above either size a dataset is drawn the fast way (measured in BENCHMARKS.md, "Explorer at scale"). */
export const FAST_DRAWING = { actors: 300, relations: 5_000 } as const;

export function drawingFor(model: Model): Drawing {
  return model.actors.size > FAST_DRAWING.actors || model.edges.length > FAST_DRAWING.relations
    ? 'fast'
    : 'detailed';
}

export interface StyleOptions {
  /** Label size in model px (detailed drawing: grows as the view zooms out). */
  readonly labelSize?: number;
  readonly drawing?: Drawing;
  /** Fast drawing: whether labels are drawn at all (only once zoomed in far enough to read them). */
  readonly labels?: boolean;
}

/** Fast drawing: node sizes move in steps of this many px. */
export const FAST_SIZE_STEP = 8;

/** Labels smaller than this on screen are not drawn (fast drawing): thousands of unreadable labels cost the most. */
const FAST_MIN_LABEL_PX = 8;

/** Fast drawing: zoom from which labels are drawn at all (below it they would be under FAST_MIN_LABEL_PX). */
export const FAST_LABEL_ZOOM = FAST_MIN_LABEL_PX / LABEL_SIZES[0];

/** The band around an imprecisely dated event's line (the legend draws the same). */
export const IMPRECISE_BAND = { opacity: 0.22, padding: 5 } as const;

export function buildStylesheet(theme: Theme, options: StyleOptions = {}): StylesheetJson {
  const c = THEME_COLOURS[theme];
  const fast = options.drawing === 'fast';
  const labelSize = fast ? LABEL_SIZES[0] : (options.labelSize ?? LABEL_SIZES[0]);
  // Cytoscape measures and caches every label it is given, drawn or not: a zoomed-out large graph gets none.
  const labels = !fast || options.labels === true;
  const sheet: StylesheetJson = [
    {
      selector: 'node',
      style: {
        ...(labels ? { label: 'data(label)' } : {}),
        width: 'data(size)',
        height: 'data(size)',
        'font-size': labelSize,
        'font-family': 'system-ui, sans-serif',
        color: c.text,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': c.textHalo,
        'text-outline-width': labelSize / 5,
        ...(fast
          ? { 'min-zoomed-font-size': FAST_MIN_LABEL_PX }
          : { 'text-max-width': `${labelSize * 9}px`, 'text-wrap': 'wrap' as const }),
        'border-width': 1.5,
        'border-color': c.nodeBorder,
      },
    },
    ...ACTOR_KINDS.map((kind) => {
      const look = nodeLook(kind, theme);
      return { selector: `node.kind-${kind}`, style: { shape: look.shape, 'background-color': look.fill } };
    }),
    {
      selector: 'node.mediator',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': c.tone.mediation },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        ...(fast
          ? { 'curve-style': 'haystack' as const, 'haystack-radius': 0 }
          : { 'curve-style': 'bezier' as const, 'control-point-step-size': 22, 'arrow-scale': 0.85 }),
      },
    },
    ...allEdgeClassKeys().map((key) => {
      const look = edgeLook(key, theme);
      return {
        selector: `edge.${edgeClasses(key).join('.')}`,
        style: {
          'line-color': look.colour,
          'line-style': look.dash.length ? ('dashed' as const) : ('solid' as const),
          'line-dash-pattern': [...look.dash],
          'line-cap': look.lineCap,
          ...(fast
            ? {}
            : {
                'source-arrow-shape': look.sourceArrow,
                'source-arrow-color': look.colour,
                'target-arrow-shape': look.targetArrow,
                'target-arrow-color': look.colour,
              }),
        },
      };
    }),
    {
      selector: 'edge.alleged',
      style: {
        ...(labels ? { label: 'alleged' } : {}),
        'font-size': labelSize * 0.75,
        'font-style': 'italic',
        color: c.text,
        'text-rotation': 'autorotate',
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    // A pair line's badge (how many, alleged, the comparison's mark) replaces the per-relation "alleged".
    {
      selector: 'edge.pairline',
      style: {
        ...(labels ? { label: 'data(label)' } : {}),
        'font-style': 'normal',
        'font-weight': 'bold',
      },
    },
    // Compare mode: never by colour alone. Each mark has its word (on the line, or in the pair line's badge)
    // and its own outline or fading.
    ...(['added', 'flipped'] as const).map((mark) => ({
      selector: `edge.${mark}`,
      style: {
        'line-outline-width': 2.5,
        'line-outline-color': mark === 'added' ? c.selection : c.tone.hostile,
        'font-size': labelSize * 0.75,
        color: c.text,
        'text-rotation': 'autorotate' as const,
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    })),
    {
      selector: 'edge.ended',
      style: {
        opacity: 0.45,
        'line-color': c.ended,
        'target-arrow-color': c.ended,
        'source-arrow-color': c.ended,
        'font-size': labelSize * 0.75,
        color: c.text,
        'text-rotation': 'autorotate' as const,
        'text-background-color': c.background,
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    ...(labels
      ? (['added', 'ended', 'flipped'] as const).map((mark) => ({
          selector: `edge.${mark}[^pair]`,
          style: { label: mark === 'added' ? 'new' : mark },
        }))
      : []),
    ...AGE_STEPS.slice(1).map((opacity, i) => ({ selector: `edge.age${i + 1}`, style: { opacity } })),
    // An imprecisely dated event: a pale band of its tone around the line, as the pair view draws imprecise dates.
    ...TONES.map((tone) => ({
      selector: `edge.imprecise.tone-${tone}`,
      style: {
        'underlay-color': c.tone[tone],
        'underlay-opacity': IMPRECISE_BAND.opacity,
        'underlay-padding': IMPRECISE_BAND.padding,
      },
    })),
    { selector: '.focus', style: { 'border-width': 3.5, 'border-color': c.selection } },
    { selector: '.dim', style: { opacity: 0.12, 'text-opacity': 0.35 } },
    {
      selector: '.picked',
      style: { 'underlay-color': c.selection, 'underlay-opacity': 0.18, 'underlay-padding': 6 },
    },
    { selector: 'node.picked', style: { 'underlay-shape': 'ellipse' } },
  ];
  return sheet;
}
