// Serves the production build (dist/) with `vite preview` on a port of the caller's choosing, for the screenshot
// script and the browser benchmark; resolves once the server answers, and stops the very process it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** Vite's command-line entry, found next to its package.json (its exports do not list the bin). */
const VITE_BIN = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/** Builds the app with `vite build` when dist/ is missing, so a benchmark run needs no step before it. */
export function ensureBuilt(/** @type {(line: string) => void} */ log) {
  if (existsSync('dist/index.html')) return;
  log('dist/ is missing: building the app');
  if (spawnSync(process.execPath, [VITE_BIN, 'build'], { stdio: 'inherit' }).status !== 0) {
    throw new Error('vite build failed');
  }
}

/** @param {number} port @returns {Promise<{ url: string, stop: () => void }>} */
export async function startPreview(port) {
  const child = spawn(process.execPath, [VITE_BIN, 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/`;
  const stop = () => {
    if (child.exitCode === null) child.kill();
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url}`);
}
