// Reads back the passages a Faultline graph export carries (export/evidence-json.ts): an edge's `evidence_json`
// (`{"evidence": [...], "sources": [...]}`) and the graph's `sources_json`, whatever program wrote the file last,
// for the GEXF, GraphML and Cytoscape readers; and the graph's `opening_json`. Validated with the dataset's own schemas; JSON that does not parse
// or validate is a warning naming the place, and the text stays an attribute, so nothing is lost silently.
import { z } from 'zod';
import { evidenceSchema, openingSchema, sourceSchema, type Source } from '../../model';
import {
  problemAt,
  warnAt,
  type Draft,
  type DraftEvidence,
  type DraftRelation,
  type DraftSource,
  type Place,
} from './draft';
import { normalizeName, text, type Field } from './fields';

const payloadSchema = z.strictObject({
  evidence: z.array(evidenceSchema).min(1),
  sources: z.array(sourceSchema),
});
const sourcesSchema = z.array(sourceSchema);

/** Field names (normalised) an export derives from the passages: dropped when the JSON is read instead. */
const DERIVED = new Set(['quotes', 'sourceids']);
const EVIDENCE = 'evidencejson';

/** The sources read so far, by id: the graph's table, then those edges carry. */
export type SourceTable = Map<string, DraftSource>;

function draftSource(s: Source): DraftSource {
  return {
    foreignId: s.id,
    title: s.title,
    published: s.published,
    ...(s.author !== undefined && { author: s.author }),
    ...(s.publisher !== undefined && { publisher: s.publisher }),
    ...(s.url !== undefined && { url: s.url }),
    ...(s.note !== undefined && { note: s.note }),
  };
}

/** The reason a JSON text is not what `schema` wants, in one sentence; or its value. */
function parse<T>(raw: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { ok: false, reason: `is not valid JSON (${(e as Error).message})` };
  }
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, reason: `at ${issue?.path.join('.') || 'its top'}: ${issue?.message ?? 'invalid'}` };
}

/** A graph-level `sources_json`, into a new table; a text that does not read is a warning. */
export function readSourcesJson(draft: Draft, raw: string | undefined, place: Place): SourceTable {
  const table: SourceTable = new Map();
  if (raw === undefined) return table;
  const r = parse(raw, sourcesSchema);
  if (!r.ok) {
    draft.warnings.push(
      problemAt(draft, place, `sources_json ${r.reason}; the sources table was not read`, 'warning'),
    );
    return table;
  }
  for (const s of r.value) table.set(s.id, draftSource(s));
  return table;
}

/**
 * A graph-level `opening_json` (where the explorer opens), onto the draft; a text that does not read is a warning
 * and the dataset opens at its default date.
 */
export function readOpeningJson(draft: Draft, raw: string | undefined, place: Place): void {
  if (raw === undefined) return;
  const r = parse(raw, openingSchema);
  if (r.ok) draft.meta.opening = r.value;
  else
    draft.warnings.push(
      problemAt(draft, place, `opening_json ${r.reason}; the opening date was not read`, 'warning'),
    );
}

export interface TakenEvidence {
  /** The record's other fields (without the JSON and what the export derives from it, when it was read). */
  readonly fields: Field[];
  /** The passages, when the record carries an `evidence_json` that reads. */
  readonly evidence?: DraftEvidence[];
}

/** Takes an `evidence_json` field out of a record's fields and reads it; its sources join `sources`. */
export function takeEvidence(draft: Draft, fields: readonly Field[], sources: SourceTable): TakenEvidence {
  const field = fields.find((f) => normalizeName(f.name) === EVIDENCE);
  const raw = text(field);
  if (field === undefined || raw === undefined) return { fields: [...fields] };
  const r = parse(raw, payloadSchema);
  if (!r.ok) {
    warnAt(
      draft,
      field.place,
      `${field.name} ${r.reason}; the passages were not read (the text is kept as an attribute)`,
    );
    return { fields: [...fields] };
  }
  for (const s of r.value.sources) if (!sources.has(s.id)) sources.set(s.id, draftSource(s));
  const evidence = r.value.evidence.map((e): DraftEvidence => {
    let source = sources.get(e.source);
    if (source === undefined) {
      warnAt(
        draft,
        field.place,
        `a passage cites the source "${e.source}", which the file does not describe; its title is its id`,
      );
      source = { foreignId: e.source, title: e.source };
      sources.set(e.source, source);
    }
    return {
      quote: e.quote,
      source,
      ...(e.claim !== undefined && { claim: { ...e.claim } }),
      ...(e.reliability !== undefined && { reliability: e.reliability }),
      ...(e.credibility !== undefined && { credibility: e.credibility }),
    };
  });
  const rest = fields.filter((f) => f !== field && !DERIVED.has(normalizeName(f.name)));
  return { fields: rest, evidence };
}

/** Gives the drafts of one record the passages read from its JSON (each spell its own copy). */
export function giveEvidence(
  drafts: readonly DraftRelation[],
  evidence: readonly DraftEvidence[] | undefined,
) {
  if (evidence === undefined) return;
  for (const d of drafts) d.evidence.splice(0, d.evidence.length, ...evidence.map((e) => ({ ...e })));
}
