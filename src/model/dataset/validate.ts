// The one door through which a dataset enters Faultline: checks its shape with the zod schema, then the rules
// that span records (ids, references, relation types, dates, allegations, evidence, who says so, dates against
// the sources' publication, relations recorded twice), and reports every
// problem with its file, JSON path, record and a plain sentence. Used by the app's loader, every importer
// and the command line. The rules are listed with example messages in docs/data-format.md.
import { checkClaims } from './check-claims';
import type { CheckContext } from './check-context';
import { checkDates } from './check-dates';
import { checkDuplicates } from './check-duplicates';
import { checkOpening } from './check-opening';
import { checkRelationTypes, checkUniqueIds } from './check-ids';
import { checkPartOf, checkReferences, checkUnmentionedActors } from './check-references';
import { checkSourcing } from './check-sourcing';
import { checkStories } from '../story/check';
import { locateJsonSyntaxError } from './json-syntax';
import { DatasetError, type Problem, type Result } from './problems';
import { datasetSchema, type Actor, type Dataset } from './schema';
import { shapeErrorMap, shapeProblems } from './shape-problems';
import { relationTypesOf } from './vocabulary';

export interface ValidateOptions {
  /** Named in every problem. */
  readonly file?: string;
  /**
   * True (the default) for curated datasets: a relation without evidence is an error, and so is a break of the
   * sourcing rules (dates after the sources, claimants, relations recorded twice). False for importers of
   * formats that carry no quotes or claimants: each of these is a warning (shown as unsourced, and so on).
   */
  readonly requireEvidence?: boolean;
}

/** Order of the lists in a dataset file, so problems read from the top of the file down. */
const LIST_ORDER = ['relationTypes', 'sources', 'actors', 'relations', 'stories'];

function placeOf(p: Problem): [number, number] {
  const m = /^(\w+)\[(\d+)\]/.exec(p.path ?? '');
  return m ? [LIST_ORDER.indexOf(m[1] ?? ''), Number(m[2])] : [-1, 0];
}

function crossCheck(dataset: Dataset, options: ValidateOptions): Problem[] {
  const actors = new Map<string, Actor>();
  for (const actor of dataset.actors) if (!actors.has(actor.id)) actors.set(actor.id, actor);
  const ctx: CheckContext = {
    dataset,
    file: options.file,
    requireEvidence: options.requireEvidence ?? true,
    actors,
    sourceIds: new Set(dataset.sources.map((s) => s.id)),
    types: relationTypesOf(dataset.relationTypes),
    problems: [],
  };
  checkUniqueIds(ctx);
  checkRelationTypes(ctx);
  checkReferences(ctx);
  checkPartOf(ctx);
  checkClaims(ctx);
  checkDates(ctx);
  checkOpening(ctx);
  checkSourcing(ctx);
  checkDuplicates(ctx);
  checkUnmentionedActors(ctx);
  if (dataset.stories) ctx.problems.push(...checkStories(dataset, dataset.stories, { file: options.file }));
  // Stable: within one record, the problems stay in the order of the checks above.
  return ctx.problems
    .map((p) => ({ p, place: placeOf(p) }))
    .sort((a, b) => a.place[0] - b.place[0] || a.place[1] - b.place[1])
    .map(({ p }) => p);
}

/**
 * Validates a parsed JSON value as a Faultline dataset. On failure, `problems` holds the errors and the
 * warnings; on success, `warnings` holds the warnings.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): Result<Dataset> {
  const parsed = datasetSchema.safeParse(input, { error: shapeErrorMap });
  if (!parsed.success)
    return { ok: false, problems: shapeProblems(input, parsed.error.issues, options.file) };
  const problems = crossCheck(parsed.data, options);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, value: parsed.data, warnings: problems };
}

/** Parses JSON text (a syntax error becomes a problem with its line and column), then validates it. */
export function parseDatasetJson(text: string, options: ValidateOptions = {}): Result<Dataset> {
  // A byte order mark, as some editors save it, is not JSON but is no mistake of the author's either.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const where = locateJsonSyntaxError(body);
    const problem: Problem = {
      ...(options.file !== undefined && { file: options.file }),
      ...(where && { line: where.line, column: where.column }),
      message: `is not valid JSON: ${where?.reason ?? e.message}`,
      severity: 'error',
    };
    return { ok: false, problems: [problem] };
  }
  return validateDataset(input, options);
}

/** Like validateDataset, but returns the dataset or throws a DatasetError carrying every error. */
export function assertDataset(input: unknown, options: ValidateOptions = {}): Dataset {
  const result = validateDataset(input, options);
  if (!result.ok) throw new DatasetError(result.problems.filter((p) => p.severity === 'error'));
  return result.value;
}
