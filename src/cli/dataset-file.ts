// Reading a dataset file for a command: validated at the edge (parseDatasetJson), its problems written one per
// line with the file and the place, its warnings too; null when it cannot be used.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dataset } from '../model/dataset/schema';
import { formatProblem, type Problem } from '../model/dataset/problems';
import { parseDatasetJson } from '../model/dataset/validate';

export function reportProblems(err: (text: string) => void, problems: readonly Problem[]): void {
  for (const p of problems) err(`${p.severity}: ${formatProblem(p)}\n`);
}

/** The dataset and its text, or null after saying what is wrong with it. File system errors are thrown. */
export async function readDatasetFile(
  file: string,
  err: (text: string) => void,
): Promise<{ readonly text: string; readonly dataset: Dataset } | null> {
  const text = await readFile(file, 'utf8');
  const loaded = parseDatasetJson(text, { file: basename(file) });
  if (!loaded.ok) {
    reportProblems(err, loaded.problems);
    return null;
  }
  reportProblems(err, loaded.warnings);
  return { text, dataset: loaded.value };
}
