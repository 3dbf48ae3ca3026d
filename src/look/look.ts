// How each actor kind and each relation looks, per theme: the single table both the Cytoscape stylesheet
// (style.ts) and the legend (legend.ts) are generated from, so the legend can never drift from the picture.
// Colours are Okabe–Ito (colour-blind safe), and never the only cue: tone also changes the arrow heads, the
// relation's duration changes the line pattern, and alleged relations are dashed and labelled.
import {
  ACTOR_KINDS,
  lineStyleOf,
  type ActorKind,
  type LineStyle,
  type RelationStatus,
  type RelationTypeInfo,
  type Tone,
} from '../model';
import type { Theme } from './theme';

export type NodeShape = 'ellipse' | 'diamond' | 'round-rectangle' | 'hexagon' | 'triangle';
export type ArrowShape = 'none' | 'triangle' | 'triangle-tee' | 'diamond' | 'circle' | 'tee';

export interface ThemeColours {
  readonly background: string;
  readonly text: string;
  readonly textHalo: string;
  readonly nodeBorder: string;
  readonly selection: string;
  /** Relations that ended since the compared date (compare mode). */
  readonly ended: string;
  readonly tone: Readonly<Record<Tone, string>>;
  readonly kindFill: Readonly<Record<ActorKind, string>>;
  /** The basemap under the map layout: quiet tones, so nodes, lines and labels stay in front. */
  readonly map: MapColours;
}

export interface MapColours {
  /** The world inside its outline (outside it, the background). */
  readonly sea: string;
  readonly land: string;
  /** Country borders and coasts. */
  readonly border: string;
  /** The box of the actors with no place on the map, and its title. */
  readonly asideFill: string;
  readonly asideText: string;
}

export const THEME_COLOURS: Readonly<Record<Theme, ThemeColours>> = {
  light: {
    background: '#fbfaf7',
    text: '#1d1d1f',
    textHalo: '#fbfaf7',
    nodeBorder: '#4a4a4f',
    selection: '#1d1d1f',
    ended: '#8a8a8f',
    tone: { cooperative: '#0072B2', hostile: '#D55E00', mediation: '#009E73' },
    kindFill: {
      state: '#ead9b0',
      'armed-group': '#c9c2d6',
      'state-agency': '#d5e2c3',
      organisation: '#c8dde9',
      unidentified: '#dcdad5',
    },
    map: { sea: '#dfe8ed', land: '#f5f2ea', border: '#bdb6a6', asideFill: '#fbfaf7', asideText: '#6b6b70' },
  },
  dark: {
    background: '#17191e',
    text: '#ecebe8',
    textHalo: '#17191e',
    nodeBorder: '#c9c8c4',
    selection: '#ffffff',
    ended: '#8d8c88',
    tone: { cooperative: '#56B4E9', hostile: '#E8743B', mediation: '#1FB589' },
    kindFill: {
      state: '#6e5f3c',
      'armed-group': '#574d68',
      'state-agency': '#4c5d3c',
      organisation: '#3b5868',
      unidentified: '#505055',
    },
    map: { sea: '#1a2128', land: '#24262b', border: '#4b4e56', asideFill: '#17191e', asideText: '#a3a29e' },
  },
};

export interface NodeLook {
  readonly kind: ActorKind;
  readonly shape: NodeShape;
  readonly fill: string;
  readonly border: string;
}

const KIND_SHAPE: Readonly<Record<ActorKind, NodeShape>> = {
  state: 'ellipse',
  'armed-group': 'diamond',
  'state-agency': 'round-rectangle',
  organisation: 'hexagon',
  // An unnamed party: a shape no named kind uses, in grey.
  unidentified: 'triangle',
};

export function nodeLook(kind: ActorKind, theme: Theme): NodeLook {
  const c = THEME_COLOURS[theme];
  return { kind, shape: KIND_SHAPE[kind], fill: c.kindFill[kind], border: c.nodeBorder };
}

export const NODE_LOOKS = (theme: Theme): NodeLook[] => ACTOR_KINDS.map((k) => nodeLook(k, theme));

/** What a relation's look depends on; every edge carries these as classes, so the stylesheet needs no functions. */
export interface EdgeClassKey {
  readonly tone: Tone;
  readonly lineStyle: LineStyle;
  readonly directed: boolean;
}

export interface EdgeLook extends EdgeClassKey {
  readonly colour: string;
  /** Dash pattern in px at zoom 1 (empty: solid); the canvas and the legend's SVG use the same numbers. */
  readonly dash: readonly number[];
  readonly lineCap: 'butt' | 'round';
  readonly sourceArrow: ArrowShape;
  readonly targetArrow: ArrowShape;
}

const DASH: Readonly<Record<LineStyle, readonly number[]>> = { solid: [], dotted: [0.1, 5], dashed: [7, 4] };

/** Directed relations point at the target with a head that shows the tone; undirected ones carry the tone mark at both ends. */
const DIRECTED_HEAD: Readonly<Record<Tone, ArrowShape>> = {
  cooperative: 'triangle',
  hostile: 'triangle-tee',
  mediation: 'diamond',
};
const UNDIRECTED_MARK: Readonly<Record<Tone, ArrowShape>> = {
  cooperative: 'circle',
  hostile: 'tee',
  mediation: 'diamond',
};

export function edgeClassKey(info: RelationTypeInfo, status: RelationStatus): EdgeClassKey {
  return { tone: info.tone, lineStyle: lineStyleOf(info, status), directed: info.directed };
}

export function edgeLook(key: EdgeClassKey, theme: Theme): EdgeLook {
  const mark = key.directed ? DIRECTED_HEAD[key.tone] : UNDIRECTED_MARK[key.tone];
  return {
    ...key,
    colour: THEME_COLOURS[theme].tone[key.tone],
    dash: DASH[key.lineStyle],
    lineCap: key.lineStyle === 'dotted' ? 'round' : 'butt',
    sourceArrow: key.directed ? 'none' : mark,
    targetArrow: mark,
  };
}

/** The classes an edge carries for its look (`tone-hostile dotted directed`). */
export function edgeClasses(key: EdgeClassKey): string[] {
  return [`tone-${key.tone}`, key.lineStyle, key.directed ? 'directed' : 'undirected'];
}

/** Width of a relation's line from its type's intensity (1 to 3). */
export function edgeWidth(intensity: number): number {
  return 1.2 + 0.8 * intensity;
}

/** Opacity of an event by its age as a share of the event memory: new events are opaque, old ones faint. */
export const AGE_STEPS = [1, 0.72, 0.48, 0.3] as const;
export function ageStep(age: number, memory: number): number {
  if (memory <= 0 || age <= 0) return 0;
  return Math.min(AGE_STEPS.length - 1, Math.floor((age / memory) * AGE_STEPS.length));
}

/** Node diameter from weighted degree in the view: grows with the square root, capped, so hubs do not swallow the picture. */
export function nodeSize(weightedDegree: number): number {
  return Math.min(60, Math.round(20 + 4.5 * Math.sqrt(weightedDegree)));
}

/**
 * Node size rounded to steps of `step` px between the same bounds (fast drawing uses 8: 20, 28 … 60), so a step in
 * time resizes, and Cytoscape restyles, only the actors whose weight changed enough to be seen.
 */
export function steppedNodeSize(weightedDegree: number, step: number): number {
  const size = nodeSize(weightedDegree);
  return step <= 1 ? size : Math.min(60, 20 + Math.round((size - 20) / step) * step);
}
