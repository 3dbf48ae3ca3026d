#!/usr/bin/env node
// Runs the shared quote checker (../shared/tools/verify-quotes.mjs, beside the project) over graph-data/: every
// evidence quote must stand verbatim in a source article. Where the shared folder is absent (a clone outside this
// workplace) the check cannot run: that is said plainly, and it fails under CI so it is never silently skipped there.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tool = '../shared/tools/verify-quotes.mjs';
if (!existsSync(tool)) {
  const message = `verify-quotes: ${tool} is not beside the project, so the quotes in graph-data/ were not checked.`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool], { stdio: 'inherit' });
process.exit(run.status ?? 1);
