// The fixed vocabulary of the dataset format: actor kinds and relation types, each declared once here with
// its polarity, direction, duration class and line style. The schema, the model, the view's style, the
// legend and the exporters all read this table, so a type can never look one way and mean another.

export const ACTOR_KINDS = ['state', 'armed-group', 'state-agency', 'organisation', 'unidentified'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_INFO: Readonly<Record<ActorKind, { label: string; description: string }>> = {
  state: { label: 'State', description: 'A state or a de facto government.' },
  'armed-group': {
    label: 'Armed group',
    description: 'A non-state armed group: insurgency, militant or terrorist group.',
  },
  'state-agency': {
    label: 'State agency',
    description: 'A part of a state: army, intelligence service, ministry.',
  },
  organisation: {
    label: 'Organisation',
    description: 'An international body, alliance, party or other organisation.',
  },
  unidentified: {
    label: 'Unidentified',
    description:
      'A party the sources do not name, such as the perpetrator of an unclaimed attack: one per act.',
  },
};

export const RELATION_TYPES = [
  'alliance',
  'ties',
  'support',
  'affiliation',
  'rivalry',
  'talks',
  'hosting',
  'offer',
  'mediation',
  'agreement',
  'pause',
  'endorsement',
  'demand',
  'accusation',
  'condemnation',
  'threat',
  'coercion',
  'attack',
  'clash',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Sign of a relation in the signed network: +1 cooperative, -1 hostile. */
export type Polarity = 'cooperative' | 'hostile';
/** How a relation is drawn: mediation counts as cooperative but is drawn apart. */
/** The tones, in the order the legend, the histogram and the reports list them. */
export const TONES = ['cooperative', 'hostile', 'mediation'] as const;
export type Tone = (typeof TONES)[number];
/** Lasting relations hold over an interval; events happen at a date or over a short closed interval. */
export type Duration = 'lasting' | 'event';
export type LineStyle = 'solid' | 'dotted' | 'dashed';

export interface RelationTypeInfo {
  /** A built-in type, or one a dataset declares in `relationTypes` (foreign vocabularies: ACLED, CAMEO, a user's own). */
  readonly id: string;
  readonly label: string;
  readonly polarity: Polarity;
  readonly tone: Tone;
  readonly duration: Duration;
  readonly directed: boolean;
  /** Weight of one relation of this type in the signed network and the weighted degree (1 to 3). */
  readonly intensity: number;
  readonly description: string;
  /** False for the fixed vocabulary, true for a type a dataset declared itself. */
  readonly declared: boolean;
}

const t = (
  id: RelationType,
  label: string,
  tone: Tone,
  duration: Duration,
  directed: boolean,
  intensity: number,
  description: string,
): RelationTypeInfo => ({
  id,
  label,
  polarity: tone === 'hostile' ? 'hostile' : 'cooperative',
  tone,
  duration,
  directed,
  intensity,
  description,
  declared: false,
});

export const RELATION_TYPE_INFO: Readonly<Record<RelationType, RelationTypeInfo>> = {
  alliance: t(
    'alliance',
    'Alliance',
    'cooperative',
    'lasting',
    false,
    3,
    'Lasting alignment between parties.',
  ),
  ties: t(
    'ties',
    'Ties',
    'cooperative',
    'lasting',
    false,
    1,
    'Close ties or cooperation short of an alliance.',
  ),
  support: t(
    'support',
    'Support',
    'cooperative',
    'lasting',
    true,
    2,
    'Material or political backing, sanctuary, patronage.',
  ),
  affiliation: t(
    'affiliation',
    'Affiliation',
    'cooperative',
    'lasting',
    true,
    2,
    'Allegiance, membership, merger.',
  ),
  rivalry: t('rivalry', 'Rivalry', 'hostile', 'lasting', false, 2, 'Enduring hostility.'),
  talks: t('talks', 'Talks', 'cooperative', 'event', false, 1, 'Direct talks or negotiations.'),
  hosting: t(
    'hosting',
    'Hosting',
    'cooperative',
    'event',
    true,
    1,
    'A third party hosts talks between parties, not said to mediate them.',
  ),
  offer: t(
    'offer',
    'Offer',
    'cooperative',
    'event',
    true,
    1,
    'An offer of mediation, talks or help, not (yet) the act.',
  ),
  mediation: t(
    'mediation',
    'Mediation',
    'mediation',
    'event',
    true,
    1,
    'A third party mediating between parties.',
  ),
  agreement: t('agreement', 'Agreement', 'cooperative', 'event', false, 2, 'Ceasefire, peace deal, accord.'),
  pause: t(
    'pause',
    'Pause',
    'cooperative',
    'event',
    false,
    1,
    'A temporary pause in fighting, short of an agreement.',
  ),
  endorsement: t(
    'endorsement',
    'Endorsement',
    'cooperative',
    'event',
    true,
    1,
    'Public backing of a party or its action.',
  ),
  demand: t('demand', 'Demand', 'hostile', 'event', true, 1, 'A public demand or call on a party to act.'),
  accusation: t('accusation', 'Accusation', 'hostile', 'event', true, 1, 'A public charge against a party.'),
  condemnation: t(
    'condemnation',
    'Condemnation',
    'hostile',
    'event',
    true,
    1,
    'Public condemnation of a party or its act.',
  ),
  threat: t('threat', 'Threat', 'hostile', 'event', true, 1, 'A threat of force or reprisal.'),
  coercion: t(
    'coercion',
    'Coercion',
    'hostile',
    'event',
    true,
    2,
    'Sanctions, border closure, deportations.',
  ),
  attack: t('attack', 'Attack', 'hostile', 'event', true, 3, 'Strikes, bombings, raids.'),
  clash: t('clash', 'Clash', 'hostile', 'event', false, 3, 'Armed clashes between parties.'),
};

export const RELATION_STATUSES = ['reported', 'alleged'] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/**
 * Whose claim an evidence passage carries: the article's author in their own voice, a named party (an actor of the
 * dataset or anyone else the text names: officials, an analyst), or a report the article cites.
 */
export const CLAIM_KINDS = ['author', 'party', 'report'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_KIND_INFO: Readonly<Record<ClaimKind, { label: string; description: string }>> = {
  author: { label: 'Author', description: "The article's author, in their own voice." },
  party: { label: 'Named party', description: 'A party the article names as saying it.' },
  report: { label: 'Cited report', description: 'A report, study or news item the article cites.' },
};

/** How a passage without a `claim` is read: in the author's own voice (older and imported datasets). */
export const DEFAULT_CLAIM_KIND: ClaimKind = 'author';

/** Reliability of the source of an item (Admiralty / NATO system), A best; F when it cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

export const RELIABILITY_INFO: Readonly<Record<Reliability, string>> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** Credibility of one item of information (Admiralty / NATO system), 1 best; 6 when it cannot be judged. */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

export const CREDIBILITY_INFO: Readonly<Record<Credibility, string>> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** The analyst's confidence in a relation, in the words of ICD 203. */
export const CONFIDENCE_LEVELS = ['high', 'moderate', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_INFO: Readonly<Record<Confidence, string>> = {
  high: 'High confidence: well-corroborated sources, the text leaves little room for doubt.',
  moderate: 'Moderate confidence: credibly sourced and plausible, but not corroborated enough for more.',
  low: 'Low confidence: scant, questionable or contested sourcing, or much inference.',
};

/** The parts of a relation that may be the editor's inference rather than the text's word, each with a note. */
export const INFERENCE_FIELDS = ['when', 'type', 'parties'] as const;
export type InferenceField = (typeof INFERENCE_FIELDS)[number];

export function isBuiltinRelationType(id: string): id is RelationType {
  return Object.hasOwn(RELATION_TYPE_INFO, id);
}

/** A type declared by a dataset (`relationTypes[]`), as written in the file. */
export interface RelationTypeDeclaration {
  readonly id: string;
  readonly label: string;
  readonly polarity: Polarity;
  /** Draw as mediation (a third party between parties); counts as cooperative. */
  readonly mediation?: boolean | undefined;
  readonly duration: Duration;
  readonly directed: boolean;
  readonly intensity?: number | undefined;
  readonly description?: string | undefined;
}

/** Every relation type a dataset may use: the fixed vocabulary plus the types it declares, by id. */
export function relationTypesOf(
  declared: readonly RelationTypeDeclaration[] = [],
): ReadonlyMap<string, RelationTypeInfo> {
  const all = new Map<string, RelationTypeInfo>(Object.entries(RELATION_TYPE_INFO));
  for (const d of declared) {
    all.set(d.id, {
      id: d.id,
      label: d.label,
      polarity: d.polarity,
      tone: d.mediation ? 'mediation' : d.polarity,
      duration: d.duration,
      directed: d.directed,
      intensity: d.intensity ?? 1,
      description: d.description ?? '',
      declared: true,
    });
  }
  return all;
}

/** Line style a relation is drawn with: lasting solid, events dotted; alleged overrides to dashed. */
export function lineStyleOf(info: RelationTypeInfo, status: RelationStatus): LineStyle {
  if (status === 'alleged') return 'dashed';
  return info.duration === 'lasting' ? 'solid' : 'dotted';
}

/** +1 for cooperative relations, -1 for hostile ones. */
export function signOf(info: RelationTypeInfo): 1 | -1 {
  return info.polarity === 'cooperative' ? 1 : -1;
}
