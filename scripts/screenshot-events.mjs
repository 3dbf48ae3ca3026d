#!/usr/bin/env node
// A screenshot of an event-data file opened in the explorer, for docs/event-data.md: serves dist/ (run `npm run
// build` first), drops the file on the page as a user would, opens what was read and writes the picture.
// Usage: node scripts/screenshot-events.mjs <event file> <output.png> [query, e.g. ?date=2018-06-01]
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startPreview } from './preview.mjs';

const [file, output, query = ''] = process.argv.slice(2);
if (!file || !output) {
  console.error('Usage: node scripts/screenshot-events.mjs <event file> <output.png> [query]');
  process.exit(2);
}
if (!existsSync('dist/index.html')) {
  console.error('screenshot: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const server = await startPreview(4321);
try {
  const executablePath = (await findChromium()) ?? undefined;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}${query}`);
  await page.waitForSelector('#root[data-ready="true"]');
  await page.evaluate(
    ({ name, text }) => {
      const data = new globalThis.DataTransfer();
      data.items.add(new File([text], name, { type: 'text/plain' }));
      const target = globalThis.document.querySelector('.graph-panel');
      target.dispatchEvent(
        new globalThis.DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(
        new globalThis.DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    },
    { name: basename(file), text: readFileSync(file, 'utf8') },
  );
  const dialog = page.getByRole('dialog', { name: 'Import data' });
  await dialog.getByRole('button', { name: /^(Open|Load the valid part)/ }).click({ timeout: 60_000 });
  await page.waitForFunction(
    (id) =>
      globalThis.document.getElementById('root')?.dataset.ready === 'true' &&
      globalThis.__faultline?.view.dataset === id,
    `local:${basename(file).replace(/\.[^.]+$/, '')}`,
    { timeout: 120_000 },
  );
  await page.waitForTimeout(1000);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: output });
  console.log(`screenshot: wrote ${output}`);
  await browser.close();
} finally {
  server.stop();
}
