// `npm run validate-data [-- [--allow-unsourced] [file…]]`: validates the given dataset files, or every
// graph-data/*.json when none is given. Prints one line per problem and a summary per file; exits 0 when all
// are valid, 1 when any has an error, 2 on a usage error (unknown flag, missing file).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GRAPH_DATA_DIR, bundledDataFiles, shownPath, validateFiles } from './validate-files';

const USAGE = `usage: npm run validate-data [-- [--allow-unsourced] [file.json …]]
  Validates the dataset files given, or every graph-data/*.json when none is given.
  --allow-unsourced  a relation without evidence is a warning, not an error (imported data)
  Exits 0 when all files are valid, 1 when any has an error, 2 on a usage error.`;

export interface Output {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

function usageError(output: Output, message: string): 2 {
  output.err(`validate-data: ${message}`);
  output.err(USAGE);
  return 2;
}

/** Runs the command on its arguments (without `node` and the script); returns the exit code. */
export function main(args: readonly string[], output: Output = consoleOutput): number {
  let requireEvidence = true;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      output.out(USAGE);
      return 0;
    }
    if (arg === '--allow-unsourced') requireEvidence = false;
    else if (arg.startsWith('-')) return usageError(output, `unknown option ${arg}`);
    else files.push(resolve(arg));
  }
  for (const file of files) {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) return usageError(output, `no such file: ${shownPath(file)}`);
    if (!stat.isFile()) return usageError(output, `not a file: ${shownPath(file)}`);
  }
  if (files.length === 0) {
    files.push(...bundledDataFiles());
    if (files.length === 0)
      return usageError(output, `no dataset to validate in ${shownPath(GRAPH_DATA_DIR)}`);
  }
  const { lines, exitCode } = validateFiles(files, { requireEvidence });
  lines.forEach((line) => output.out(line));
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
