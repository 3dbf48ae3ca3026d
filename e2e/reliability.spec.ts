// Imports that meet trouble outside the file: the browser's storage full (its quota set through the Chrome
// DevTools Protocol), a `?data=` server that never answers, and a Cancel followed by the server's late answer.
// Each ends in a message and a way on, with the dataset open before left as it was.
import { expect, test, type Page, type Route } from '@playwright/test';
import { ringDataset } from '../src/model/dataset/test-fixture';
import { dialog, importServed, open, showsDataset } from './helpers';

const REMOTE = 'e2e/fixtures/remote.csv';

function openDataset(page: Page) {
  return page.evaluate(() => ({
    view: window.__faultline!.view.dataset,
    model: window.__faultline!.model.dataset.id,
    relations: window.__faultline!.model.dataset.relations.length,
  }));
}

test('storage full: Open says so, keeps the open dataset, and can open the import for this page only', async ({
  page,
}) => {
  // The quota is set before the page first touches its storage: Chromium reads it once, on first use.
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1000 });
  await open(page);
  const before = await openDataset(page);

  await page.getByTestId('import-file').setInputFiles(REMOTE);
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog(page).getByRole('alert')).toContainText(
    "The browser's storage is not available: it is full (the quota this browser gives the page is used up). “remote” was read and checked but not kept, and the dataset open before is unchanged.",
  );
  expect(await openDataset(page)).toEqual(before);

  await dialog(page).getByRole('button', { name: 'Open for this page only' }).click();
  await expect(dialog(page)).toHaveCount(0);
  await expect.poll(() => openDataset(page)).toEqual({ view: 'local:remote', model: 'remote', relations: 2 });
  await expect(page.getByRole('combobox', { name: 'Dataset' })).toContainText('remote (this page only)');

  // Nothing was stored: a reload says so rather than showing something else.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.reload();
  await expect(page.getByRole('main', { name: 'Dataset error' })).toContainText(
    'The imported dataset "remote" is not kept in this browser',
  );
});

test('a ?data= server that never answers: the import gives up after datatimeout= seconds and says why', async ({
  page,
}) => {
  const waiting: Route[] = [];
  await page.route(
    (url) => url.pathname === '/fixtures/silent.csv',
    (route) => void waiting.push(route),
  );
  await open(page, '?data=/fixtures/silent.csv&datatimeout=1');
  await expect(dialog(page).getByRole('alert')).toHaveText(
    /silent\.csv could not be imported: the server sent nothing for 1 s; try again later, or allow longer with datatimeout=<seconds> in the address/,
  );
  expect((await openDataset(page)).view).toBe('af-pak');
  await Promise.all(waiting.map((r) => r.abort().catch(() => undefined)));
});

test('Cancel while a ?data= server is slow: its late answer opens nothing', async ({ page }) => {
  let answer: (() => Promise<void>) | undefined;
  await page.route(
    (url) => url.pathname === '/fixtures/slow.csv',
    (route) => {
      answer = () => route.fulfill({ path: REMOTE, contentType: 'text/plain' });
    },
  );
  await open(page, '?data=/fixtures/slow.csv');
  await expect(dialog(page)).toContainText('Reading the file');
  await expect.poll(() => answer !== undefined).toBe(true);
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toHaveCount(0);

  // The page aborted the request; the route may refuse a late fulfil, which is the point.
  await answer!().catch(() => undefined);
  // Give a late answer every chance to be (wrongly) read and shown: a worker read of this file takes far less.
  await page.waitForTimeout(1500);
  await expect(dialog(page)).toHaveCount(0);
  expect((await openDataset(page)).view).toBe('af-pak');
  await expect(page.getByRole('combobox', { name: 'Dataset' })).not.toContainText('remote');
});

test('a dataset already kept under the same id, even from another tab: Open asks, then replaces or keeps both', async ({
  page,
  context,
}) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  // The other tab keeps "remote" first; this tab, which never saw it, then imports a file with the same id.
  await other.getByTestId('import-file').setInputFiles(REMOTE);
  await dialog(other).getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(() => openDataset(other)).toMatchObject({ view: 'local:remote' });

  await page.getByTestId('import-file').setInputFiles(REMOTE);
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog(page).getByRole('alert')).toContainText(
    'A dataset "remote" is already kept in this browser under the id "remote". It was kept on',
  );
  expect((await openDataset(page)).view).toBe('af-pak');

  await dialog(page).getByRole('button', { name: 'Keep both' }).click();
  await expect
    .poll(() => openDataset(page))
    .toEqual({ view: 'local:remote-2', model: 'remote-2', relations: 2 });
  const switcher = page.getByRole('combobox', { name: 'Dataset' });
  await expect(switcher.locator('option')).toHaveText([
    'af-pak',
    'remote (imported, remote-2)',
    'remote (imported, remote)',
  ]);

  // Again, now replacing: the kept "remote" is written anew and no third copy appears.
  await page.getByTestId('import-file').setInputFiles(REMOTE);
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await dialog(page).getByRole('button', { name: 'Replace the kept one' }).click();
  await expect.poll(() => openDataset(page)).toMatchObject({ view: 'local:remote' });
  await expect(switcher.locator('option')).toHaveCount(3);
});

test('Keep both for a large import: the copy is kept under the next id and opens again from storage', async ({
  page,
}) => {
  // More relations than the worker sends in one message: its JSON is written there and kept as it wrote it.
  const large = ringDataset(600);
  await importServed(page, large);
  await showsDataset(page, `local:${large.id}`);

  await importServed(page, large);
  await expect(dialog(page).getByRole('alert')).toContainText('is already kept in this browser');
  await dialog(page).getByRole('button', { name: 'Keep both' }).click();
  const beside = `local:${large.id}-2`;
  await showsDataset(page, beside);
  expect(await openDataset(page)).toEqual({ view: beside, model: `${large.id}-2`, relations: 1_800 });

  await page.reload();
  await showsDataset(page, beside);
  expect(await openDataset(page)).toEqual({ view: beside, model: `${large.id}-2`, relations: 1_800 });
});

test('a label of 100,000 characters: drawn cut short, the details show 2,000 and the rest on request', async ({
  page,
}) => {
  await open(page);
  const label = `Front ${'x'.repeat(100_000 - 6)}`;
  await page.getByTestId('import-file').setInputFiles({
    name: 'long-label.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Source,Target,Type\n${label},Beta,alliance\n`),
  });
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect.poll(() => openDataset(page)).toMatchObject({ view: 'local:long-label', model: 'long-label' });
  const id = await page.evaluate(
    () => [...window.__faultline!.model.actors.values()].find((a) => a.actor.label.startsWith('Front'))!.id,
  );
  const drawn = await page.evaluate((id) => window.__faultline!.cy.$id(id).data('label') as string, id);
  expect(drawn).toHaveLength(80);
  expect(drawn.endsWith('…')).toBe(true);

  await page.evaluate(
    (id) => window.__faultline!.store.update((v) => ({ ...v, selection: { kind: 'actor', id } }), 'push'),
    id,
  );
  const title = page.locator('#details-title');
  await expect(title).toContainText('show all 100,000 characters');
  expect((await title.textContent())!.length).toBeLessThan(2100);
  await title.getByRole('button', { name: 'show all 100,000 characters' }).click();
  await expect(title).not.toContainText('show all');
  expect((await title.textContent())!.trim()).toBe(label);
});
