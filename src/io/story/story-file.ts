// The story file (`<name>.story.json`, format "faultline-story/1", docs/story.md): stories kept apart from their
// dataset, opened in the app beside it and written by the app's story panel. Read through the same door as a
// dataset: JSON syntax with line and column, the shape with zod (paths such as `stories[0].steps[2].view.date`),
// then the checks against the dataset it names.
import { locateJsonSyntaxError } from '../../model/dataset/json-syntax';
import type { Problem, Result } from '../../model/dataset/problems';
import type { Dataset } from '../../model/dataset/schema';
import { shapeErrorMap, shapeProblems } from '../../model/dataset/shape-problems';
import { checkStories } from '../../model/story/check';
import { STORY_FORMAT, storyFileSchema, type Story, type StoryFile } from '../../model/story/schema';

/** The file name the app offers for a dataset's stories. */
export function storyFileName(datasetId: string): string {
  return `${datasetId}.story.json`;
}

/** Stories of a dataset as a story file's text: two-space indentation and a final newline. */
export function writeStoryFile(datasetId: string, stories: readonly Story[]): string {
  const file: StoryFile = { format: STORY_FORMAT, dataset: datasetId, stories: [...stories] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function problem(file: string | undefined, message: string, extra: Partial<Problem> = {}): Problem {
  return { ...(file !== undefined && { file }), ...extra, message, severity: 'error' };
}

/**
 * Reads a story file for `dataset`: its stories, or every problem with its place. A file written for another
 * dataset is refused, naming both.
 */
export function parseStoryFile(text: string, dataset: Dataset, file?: string): Result<StoryFile> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    const where = locateJsonSyntaxError(body);
    const at = where ? { line: where.line, column: where.column } : {};
    return { ok: false, problems: [problem(file, `is not valid JSON: ${where?.reason ?? e.message}`, at)] };
  }
  const parsed = storyFileSchema.safeParse(input, { error: shapeErrorMap });
  if (!parsed.success) return { ok: false, problems: shapeProblems(input, parsed.error.issues, file) };
  if (parsed.data.dataset !== dataset.id) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          `is a story file for the dataset "${parsed.data.dataset}", not for "${dataset.id}" (the one open): open that dataset first`,
          { path: 'dataset' },
        ),
      ],
    };
  }
  const problems = checkStories(dataset, parsed.data.stories, file === undefined ? {} : { file });
  return problems.length ? { ok: false, problems } : { ok: true, value: parsed.data, warnings: [] };
}
