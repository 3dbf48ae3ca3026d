// The zod schema of a story: an ordered list of steps, each setting part of the explorer's view (the date or a
// window, the time mode, the filters, the focus, the selection, pairs or every relation), with a short Markdown
// caption and the relations whose evidence backs it. Stories sit in a dataset file (`stories`) or in a story file
// (`faultline-story/1`, see docs/story.md). The rules that need the dataset (dates inside its period, citations
// naming its relations) live in check.ts.
import { z } from 'zod';
import { ACTOR_KINDS } from '../dataset/vocabulary';
import { IMPRECISE_RULES } from '../time/precision';

export const STORY_FORMAT = 'faultline-story/1';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idSchema = z.string().regex(ID, {
  message: 'must be lowercase letters, digits and single hyphens (for example "from-kabul-to-open-war")',
});

/** A calendar day written `YYYY-MM-DD`; whether the day exists and lies in the period is checked in check.ts. */
const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD' });

export const STEP_MODES = ['snapshot', 'window', 'cumulative'] as const;
export const STEP_EDGE_MODES = ['pairs', 'relations'] as const;

export const stepFiltersSchema = z.strictObject({
  hiddenTypes: z.array(z.string().min(1)).optional(),
  hiddenKinds: z
    .array(z.enum(ACTOR_KINDS, { message: `must be one of ${ACTOR_KINDS.join(', ')}` }))
    .optional(),
  showReported: z.boolean().optional(),
  showAlleged: z.boolean().optional(),
  hideIsolated: z.boolean().optional(),
  imprecise: z.enum(IMPRECISE_RULES, { message: `must be one of ${IMPRECISE_RULES.join(', ')}` }).optional(),
});

/**
 * What a step sets; everything left out takes the explorer's default (snapshot mode, no filters, no focus, no
 * selection, one line per pair). The layout, the theme, dragged positions and the panel are not part of a step:
 * the picture holds still while a story is read.
 */
export const stepViewSchema = z.strictObject({
  date: daySchema,
  mode: z.enum(STEP_MODES, { message: `must be one of ${STEP_MODES.join(', ')}` }).optional(),
  /** Window mode's first and last day (inclusive); required in window mode. */
  window: z.strictObject({ from: daySchema, to: daySchema }).optional(),
  /** Event memory in days (snapshot mode). */
  memory: z.number().int().min(0).max(36_500).optional(),
  filters: stepFiltersSchema.optional(),
  focus: z.strictObject({ id: idSchema, hops: z.union([z.literal(1), z.literal(2)]).optional() }).optional(),
  selection: z
    .strictObject({
      kind: z.enum(['actor', 'relation', 'pair'], { message: 'must be one of actor, relation, pair' }),
      id: z.string().min(1),
    })
    .optional(),
  edgeMode: z.enum(STEP_EDGE_MODES, { message: `must be one of ${STEP_EDGE_MODES.join(', ')}` }).optional(),
});

/** A relation whose evidence backs the caption; `quote` picks one of its passages (0-based), else all of them. */
export const citationSchema = z.strictObject({
  relation: idSchema,
  quote: z.number().int().min(0).optional(),
});

export const stepSchema = z.strictObject({
  view: stepViewSchema,
  /** Short Markdown, shown as plain text (see markdown.ts): paragraphs, *emphasis*, **strong**, lists, links. */
  caption: z.string().max(2000, { message: 'must be at most 2000 characters (a caption, not an article)' }),
  citations: z.array(citationSchema),
});

export const storySchema = z.strictObject({
  id: idSchema,
  title: z.string().trim().min(1, { message: 'must not be empty' }),
  steps: z.array(stepSchema),
});

/** A story file: stories for one dataset, kept apart from the dataset file. */
export const storyFileSchema = z.strictObject({
  format: z.literal(STORY_FORMAT, { message: `must be "${STORY_FORMAT}"` }),
  /** The id of the dataset the stories walk through (its `id`, not a file name). */
  dataset: idSchema,
  stories: z.array(storySchema),
});

export type StepFilters = z.infer<typeof stepFiltersSchema>;
export type StepView = z.infer<typeof stepViewSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryFile = z.infer<typeof storyFileSchema>;
