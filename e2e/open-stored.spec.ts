// Opening a dataset kept in the browser, as the page does for a large one: read, checked and laid out in a worker,
// its model built a slice of relations at a time while the loading screen shows how far it has got, and its first
// view drawn a part per frame. The dataset is generated (600 actors in a ring, 1,800 relations): more relations than
// one slice and more elements than one part, small enough to stay quick.
import { expect, test, type Page } from '@playwright/test';
import { ringDataset } from '../src/model/dataset/test-fixture';
import { importServed, showsDataset } from './helpers';

const DATASET = ringDataset(600);
const ID = `local:${DATASET.id}`;

const shown = (page: Page) => showsDataset(page, ID);

/** Every status text the page showed, and every value its progress bar took, since the page began. */
async function watchProgress(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = { texts: [] as string[], values: [] as number[] };
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"]')) {
        const text = el.textContent ?? '';
        if (text && !seen.texts.includes(text)) seen.texts.push(text);
        const bar = el.querySelector('progress');
        const value = bar?.getAttribute('value');
        if (value != null && !seen.values.includes(Number(value))) seen.values.push(Number(value));
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { progressSeen: { texts: string[]; values: number[] } }).progressSeen,
  );

test('a kept dataset opens with the share built shown, and draws exactly its view', async ({ page }) => {
  await watchProgress(page);
  await importServed(page, DATASET, '&date=2020-06-01');
  await shown(page);

  await page.reload();
  await shown(page);
  const seen = await progressSeen(page);
  expect(seen.texts).toContain(`Building the time index of ${ID}…`);
  // A bar that says how far it has got (the share of relations built), not one that only says it is busy. Which
  // shares are painted depends on how the slices and the page's renders interleave, so only their range is asserted.
  expect(seen.values.length).toBeGreaterThan(0);
  for (const v of seen.values) expect(v >= 0 && v <= 1).toBe(true);

  const drawn = await page.evaluate(() => {
    const f = window.__faultline!;
    return {
      relations: f.model.dataset.relations.length,
      nodes: f.cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      live: [...f.live.actors].sort(),
      lines: f.cy.edges().length,
      pairs: f.live.pairs?.size,
    };
  });
  expect(drawn.relations).toBe(1_800);
  expect(drawn.nodes).toEqual(drawn.live);
  expect(drawn.nodes.length).toBe(600);
  expect(drawn.lines).toBe(drawn.pairs);
});
