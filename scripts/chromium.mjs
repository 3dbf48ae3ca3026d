// Finds the Chromium the e2e tests and the browser benchmark run in. Order: $PLAYWRIGHT_CHROMIUM_PATH, a
// browser Playwright installed itself, then Debian's /usr/bin/chromium. Shared by playwright.config.ts,
// scripts/ensure-browser.mjs and the benchmarks so that all three agree.
import { existsSync } from 'node:fs';

/** Launch flags for headless Chromium on machines with no GPU and no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** @returns {Promise<string | undefined>} an executable path, or undefined when Playwright's own browser is to be used */
export async function findChromium() {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined;
  } catch {
    // Playwright not installed or no browser of its own: fall through to the system browser.
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
