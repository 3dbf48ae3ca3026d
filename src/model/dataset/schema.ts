// The zod schema of the Faultline dataset format ("faultline-dataset/1", see docs/data-format.md) and the
// TypeScript types inferred from it. It checks the shape of each record; the rules that span records
// (references resolve, ids unique, dates in order) live in validate.ts.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  CLAIM_KINDS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  RELATION_STATUSES,
  RELIABILITY_GRADES,
} from './vocabulary';
import { storySchema } from '../story/schema';

export const DATASET_FORMAT = 'faultline-dataset/1';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z.string().regex(ID, {
  message: 'must be lowercase letters, digits and single hyphens (for example "afghan-taliban")',
});

const text = z.string().trim().min(1, { message: 'must not be empty' });
/** An EDTF string; whether it parses, and whether it is a date or an interval, is checked in validate.ts. */
const edtfString = z.string().trim().min(1, { message: 'must be an EDTF date or interval, not empty' });

/** Values Faultline does not use itself but keeps, shows and writes back (from imported files). */
export const attributesSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.null()]),
);

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text,
  author: text.optional(),
  publisher: text.optional(),
  published: edtfString,
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
  note: text.optional(),
});

export const actorSchema = z.strictObject({
  id: idSchema,
  label: text,
  kind: z.enum(ACTOR_KINDS, { message: `must be one of ${ACTOR_KINDS.join(', ')}` }),
  aliases: z.array(text).optional(),
  description: text,
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "PK"' })
    .optional(),
  partOf: idSchema.optional(),
  when: edtfString.optional(),
  attributes: attributesSchema.optional(),
});

/**
 * Whose claim a passage carries. `by` says which kind of voice; a party is named by `actor` (an actor of the
 * dataset), by `name` (as the text names it: "Pakistani officials", "Ismail Bagheri") or both; a cited report by
 * `name` ("UN reporting", "Al Jazeera, 27 February 2026") and, when its issuer is an actor, `actor`. Which fields
 * each kind takes is checked in check-sourcing.ts, so the message can name the passage.
 */
export const claimSchema = z.strictObject({
  by: z.enum(CLAIM_KINDS, { message: `must be one of ${CLAIM_KINDS.join(', ')}` }),
  actor: idSchema.optional(),
  name: text.optional(),
});

export const evidenceSchema = z.strictObject({
  source: idSchema,
  quote: z
    .string()
    .trim()
    .min(12, { message: 'must be a verbatim passage of at least 12 characters' })
    .max(400, { message: 'must be at most 400 characters (a sentence or clause)' }),
  /** Whose claim the passage carries; without it, the author's own voice. */
  claim: claimSchema.optional(),
  /** Reliability of the item's source, Admiralty / NATO grade A (best) to F (cannot be judged). */
  reliability: z
    .enum(RELIABILITY_GRADES, { message: `must be one of ${RELIABILITY_GRADES.join(', ')}` })
    .optional(),
  /** Credibility of the item itself, Admiralty / NATO grade 1 (confirmed) to 6 (cannot be judged). */
  credibility: z
    .literal(CREDIBILITY_GRADES, { message: `must be one of ${CREDIBILITY_GRADES.join(', ')}` })
    .optional(),
});

/** Notes on the parts of a relation that are the editor's inference rather than the text's word. */
export const inferenceSchema = z
  .strictObject({
    when: text.optional(),
    type: text.optional(),
    parties: text.optional(),
  })
  .refine((o) => o.when !== undefined || o.type !== undefined || o.parties !== undefined, {
    message: 'must give a note for at least one of when, type, parties',
  });

export const relationSchema = z.strictObject({
  id: idSchema,
  /** A built-in type or one declared in the dataset's `relationTypes`; checked in validate.ts. */
  type: idSchema,
  source: idSchema,
  target: z.union([idSchema, z.array(idSchema).min(1, { message: 'must list at least one actor' })]),
  when: edtfString,
  summary: text,
  subtype: text.optional(),
  status: z.enum(RELATION_STATUSES, { message: 'must be "reported" or "alleged"' }),
  assertedBy: z.array(idSchema).min(1).optional(),
  disputedBy: z.array(idSchema).min(1).optional(),
  /**
   * The passages the relation rests on. The format asks for at least one; validate.ts enforces that as an error for
   * curated datasets and as a warning for imports from formats that carry no quotes (shown as unsourced).
   */
  evidence: z.array(evidenceSchema),
  /** The analyst's confidence in the relation (ICD 203): high, moderate or low. */
  confidence: z
    .enum(CONFIDENCE_LEVELS, { message: `must be one of ${CONFIDENCE_LEVELS.join(', ')}` })
    .optional(),
  /** Where the date, the type or the parties are the editor's inference, a note saying from what. */
  inference: inferenceSchema.optional(),
  attributes: attributesSchema.optional(),
});

export const relationTypeDeclarationSchema = z.strictObject({
  id: idSchema,
  label: text,
  polarity: z.enum(['cooperative', 'hostile'], { message: 'must be "cooperative" or "hostile"' }),
  mediation: z.boolean().optional(),
  duration: z.enum(['lasting', 'event'], { message: 'must be "lasting" or "event"' }),
  directed: z.boolean(),
  intensity: z.number().min(1).max(3).optional(),
  description: text.optional(),
});

/** A calendar day written `YYYY-MM-DD`; whether the day exists is checked in check-opening.ts. */
const isoDayString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a day written YYYY-MM-DD' });

/**
 * Where the explorer opens: the date of the first view and, optionally, the stretch of time the time bar shows
 * around it (both days inclusive). Without it the explorer opens at the newest source's date.
 */
export const openingSchema = z.strictObject({
  date: isoDayString,
  window: z.strictObject({ from: isoDayString, to: isoDayString }).optional(),
  /** Why this date: what happened on it, in the dataset author's words. */
  note: text.optional(),
});

export const datasetSchema = z.strictObject({
  format: z.literal(DATASET_FORMAT, { message: `must be "${DATASET_FORMAT}"` }),
  id: idSchema,
  title: text,
  description: text,
  opening: openingSchema.optional(),
  /** Relation types beyond the fixed vocabulary, for foreign vocabularies (ACLED, CAMEO, a user's own). */
  relationTypes: z.array(relationTypeDeclarationSchema).optional(),
  sources: z.array(sourceSchema),
  actors: z.array(actorSchema),
  relations: z.array(relationSchema),
  /** Guided walks through the dataset (docs/story.md); checked against it in ../story/check.ts. */
  stories: z.array(storySchema).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Inference = z.infer<typeof inferenceSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Opening = z.infer<typeof openingSchema>;
export type Attributes = z.infer<typeof attributesSchema>;
export type RelationTypeDeclarationInput = z.infer<typeof relationTypeDeclarationSchema>;

/** The parties a relation's target names, as a list. */
export function targetsOf(relation: Pick<Relation, 'target'>): readonly string[] {
  return typeof relation.target === 'string' ? [relation.target] : relation.target;
}
