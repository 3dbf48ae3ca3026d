// A large dataset in the real app: imported through `?data=`, laid out in a worker while the page says so, drawn
// the fast way (the legend says what that leaves out), and its positions read back from the browser's cache on
// the next visit instead of being computed again. The dataset is generated (400 actors in a ring, 1,200
// relations): above the fast-drawing and worker thresholds, small enough to stay quick.
import { expect, test, type Page } from '@playwright/test';
import { ringDataset } from '../src/model/dataset/test-fixture';
import { importServed, showsDataset } from './helpers';

const DATASET = ringDataset(400);
const ID = `local:${DATASET.id}`;

const shown = (page: Page) => showsDataset(page, ID);

/** Every text a status line showed since the page began (the layout's progress is brief on a fast machine). */
async function watchStatus(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statusSeen: string[] }).statusSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent ?? '';
        if (text && !seen.includes(text)) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

const statusSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);

test('a large dataset is laid out in a worker with progress, drawn fast, and its layout kept for the next visit', async ({
  page,
}) => {
  await watchStatus(page);
  await importServed(page, DATASET, '&date=2020-06-01');
  await shown(page);

  expect(await statusSeen(page)).toContain(
    'Laying out 400 places for the first time (kept in this browser for the next visit)…',
  );
  await expect(page.getByTestId('fast-drawing')).toContainText('straight lines without heads or end marks');
  await expect(page.getByRole('button', { name: 'Re-layout' })).toBeDisabled();
  const drawn = await page.evaluate(() => {
    const cy = window.__faultline!.cy;
    return { nodes: cy.nodes().length, curve: cy.edges()[0]!.style('curve-style') as string };
  });
  expect(drawn).toEqual({ nodes: 400, curve: 'haystack' });

  // Move one place in the kept layout: if the next visit reads the cache, the actor stands where it says.
  const kept = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('faultline');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error ?? new Error('the database did not open'));
    });
    const store = db.transaction('layouts', 'readwrite').objectStore('layouts');
    const records = await new Promise<{ key: string; places: [string, number, number][] }[]>((resolve) => {
      const r = store.getAll();
      r.onsuccess = () => resolve(r.result as { key: string; places: [string, number, number][] }[]);
    });
    // The bundled dataset opened first has its own record; the ring's is the one holding a0.
    const ring = records.filter((r) => r.places.some(([id]) => id === 'a0'));
    const record = ring[0]!;
    const places = record.places.map(([id, x, y]) =>
      id === 'a0' ? ([id, 12345, -6789] as const) : [id, x, y],
    );
    await new Promise<void>((resolve) => {
      store.put({ ...record, places }).onsuccess = () => resolve();
    });
    db.close();
    return ring.length;
  });
  expect(kept).toBe(1);

  await page.reload();
  await shown(page);
  expect((await statusSeen(page)).filter((t) => t.startsWith('Laying out'))).toEqual([]);
  expect(await page.evaluate(() => window.__faultline!.cy.getElementById('a0').position())).toEqual({
    x: 12345,
    y: -6789,
  });
});
