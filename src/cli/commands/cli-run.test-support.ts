// Runs the `faultline` command as a child process, as a user or a script would, for the command tests.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = resolve(ROOT, 'src/io/import/__fixtures__');

export function faultline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/faultline.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
