// What the legend shows, generated from look.ts like the stylesheet: one entry per actor kind and per relation
// type the dataset can use (with the exact colour, line pattern and arrow heads), plus the marks that are not a
// type (alleged, mediator, fading events). The Legend component only draws these descriptions.
import { ACTOR_KIND_INFO, type RelationTypeInfo, type Tone } from '../model';
import type { Theme } from './theme';
import {
  AGE_STEPS,
  NODE_LOOKS,
  THEME_COLOURS,
  edgeClassKey,
  edgeLook,
  type EdgeLook,
  type NodeLook,
} from './look';
import { IMPRECISE_BAND } from './stylesheet';

export interface LegendKind extends NodeLook {
  readonly label: string;
}

export interface LegendRelation {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly look: EdgeLook;
}

export interface LegendGroup {
  readonly tone: Tone;
  readonly title: string;
  readonly relations: readonly LegendRelation[];
}

export interface LegendModel {
  readonly kinds: readonly LegendKind[];
  readonly groups: readonly LegendGroup[];
  /** An alleged relation (dashed, labelled "alleged"), drawn with the cooperative colour. */
  readonly alleged: EdgeLook;
  readonly mediatorColour: string;
  /** Opacities of events by age inside the event memory, newest first. */
  readonly ageOpacities: readonly number[];
  readonly ageColour: string;
  /** An imprecisely dated event: a hostile event's line in a pale band of its colour. */
  readonly imprecise: { readonly look: EdgeLook; readonly band: string; readonly opacity: number };
}

const GROUP_TITLES: Readonly<Record<Tone, string>> = {
  cooperative: 'Cooperative',
  hostile: 'Hostile',
  mediation: 'Mediation',
};

export function buildLegend(types: Iterable<RelationTypeInfo>, theme: Theme): LegendModel {
  const byTone = new Map<Tone, LegendRelation[]>([
    ['cooperative', []],
    ['hostile', []],
    ['mediation', []],
  ]);
  for (const info of types) {
    byTone.get(info.tone)!.push({
      id: info.id,
      label: info.label,
      description: info.description,
      look: edgeLook(edgeClassKey(info, 'reported'), theme),
    });
  }
  const colours = THEME_COLOURS[theme];
  return {
    kinds: NODE_LOOKS(theme).map((n) => ({ ...n, label: ACTOR_KIND_INFO[n.kind].label })),
    groups: [...byTone]
      .filter(([, relations]) => relations.length > 0)
      .map(([tone, relations]) => ({ tone, title: GROUP_TITLES[tone], relations })),
    alleged: edgeLook({ tone: 'cooperative', lineStyle: 'dashed', directed: true }, theme),
    mediatorColour: colours.tone.mediation,
    ageOpacities: AGE_STEPS,
    ageColour: colours.tone.hostile,
    imprecise: {
      look: edgeLook({ tone: 'hostile', lineStyle: 'dotted', directed: true }, theme),
      band: colours.tone.hostile,
      opacity: IMPRECISE_BAND.opacity,
    },
  };
}

/** What a pair line is, in words (the legend and the figure say the same). */
export const PAIR_LINE_NOTE =
  'One line per pair and tone: ×N counts its relations, width grows with the count and the strongest; dashed only when all are alleged, a head only when all point one way. Click a line for the pair’s history.';

/** The comparison's marks in words, with its two dates (already in words). */
export function changesNote(from: string, to: string): string {
  return `Changes from ${from} to ${to}: new relations outlined and marked “new”, ended ones grey and marked “ended”, pairs whose stance flipped outlined and marked “flipped”.`;
}
