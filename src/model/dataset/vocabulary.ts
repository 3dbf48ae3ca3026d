// The fixed vocabulary of the dataset format: actor kinds and relation types, each declared once here with
// its polarity, direction, duration class and line style. The schema, the model, the view's style, the
// legend and the exporters all read this table, so a type can never look one way and mean another.

export const ACTOR_KINDS = ['state', 'armed-group', 'state-agency', 'organisation'] as const;
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
};

export const RELATION_TYPES = [
  'alliance',
  'support',
  'affiliation',
  'rivalry',
  'talks',
  'mediation',
  'agreement',
  'endorsement',
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
export type Tone = 'cooperative' | 'hostile' | 'mediation';
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
  endorsement: t(
    'endorsement',
    'Endorsement',
    'cooperative',
    'event',
    true,
    1,
    'Public backing of a party or its action.',
  ),
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
