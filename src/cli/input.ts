// Reading a command's input: a user's file in any format the importers read (readInput, with its actors table),
// or a Faultline dataset validated as the explorer validates it (readDatasetFile). A file that cannot be read is
// a usage error naming it; what is wrong inside it is the caller's to print.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Dataset } from '../model';
import { parseDatasetJson } from '../model';
import { readAnySync, type ImportOptions, type ImportResult } from '../io/import';
import { UsageError, type CommandIo, type InputArgs } from './args';
import { printProblems } from './problems';
import { ProgressBar } from './progress';

async function readOrUsage(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    throw new UsageError(
      code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code || String(e)})`,
    );
  }
}

/**
 * Reads a user's file (and its actors table) through readAny. With `io.progress` (a person at a terminal), the
 * readers' share done is drawn on the progress line while a large file is read, and cleared once it is.
 */
export async function readInput(
  path: string,
  values: InputArgs,
  extra: ImportOptions = {},
  io: Pick<CommandIo, 'progress'> = {},
): Promise<ImportResult> {
  const bytes = await readOrUsage(path);
  const bar = new ProgressBar(io.progress);
  const label = `Reading ${basename(path)}`;
  const options: ImportOptions = {
    ...extra,
    requireEvidence: values.strict ?? false,
    ...(io.progress && { onProgress: (done: number) => bar.update(label, done) }),
  };
  try {
    if (values.actors !== undefined) {
      const actors = new TextDecoder().decode(await readOrUsage(values.actors));
      return readAnySync(bytes, basename(path), {
        ...options,
        actorsTable: { text: actors, fileName: basename(values.actors) },
      });
    }
    return readAnySync(bytes, basename(path), options);
  } finally {
    bar.done();
  }
}

/** The dataset and its text, or null after printing what is wrong with it; its warnings are printed too. */
export async function readDatasetFile(
  file: string,
  io: Pick<CommandIo, 'err'>,
): Promise<{ readonly text: string; readonly dataset: Dataset } | null> {
  const text = (await readOrUsage(file)).toString('utf8');
  const loaded = parseDatasetJson(text, { file: basename(file) });
  if (!loaded.ok) {
    printProblems(io, loaded.problems, Infinity);
    return null;
  }
  printProblems(io, loaded.warnings, Infinity);
  return { text, dataset: loaded.value };
}
