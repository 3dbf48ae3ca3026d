// Runs the `faultline` command for the command tests: in-process through main() with a CommandIo that keeps
// what it writes (runCli, for every case), or as a child process through bin/faultline.mjs as a user or a script
// runs it (faultline, one smoke test per command: the wiring, the streams and the exit status).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../main';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = resolve(ROOT, 'src/io/import/__fixtures__');

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `faultline …args` run in this process: its exit status and what it wrote to each stream. */
export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { status, stdout, stderr };
}

/** `faultline …args` as a child process through bin/faultline.mjs (a second or so: tsx compiles the sources). */
export function faultline(...args: string[]): CliRun {
  const run = spawnSync(process.execPath, ['bin/faultline.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
