// Story mode in the built app: a story written from three views (captions and filters per step), kept across a
// reload, read forward and back with the buttons and the arrow keys while the layout holds still; the bundled
// story opened by its address at its third step.
import { expect, test, type Page } from '@playwright/test';
import { open, positions } from './helpers';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Sets the date the way the time bar does (a pushed history entry). */
async function setDate(page: Page, iso: string): Promise<void> {
  await page.evaluate(
    (ms) => window.__faultline!.store.update((s) => ({ ...s, date: ms }), 'push'),
    day(iso),
  );
}

/** The date, the alleged filter and the hidden types the app shows now. */
function viewNow(page: Page) {
  return page.evaluate(() => {
    const v = window.__faultline!.view;
    return {
      date: v.date === null ? null : new Date(v.date).toISOString().slice(0, 10),
      showAlleged: v.filters.showAlleged,
      hiddenTypes: v.filters.hiddenTypes,
    };
  });
}

/** The captions of the stories kept in this browser's IndexedDB for the dataset, as stored. */
function keptCaptions(page: Page, dataset: string) {
  return page.evaluate(
    (id) =>
      new Promise<string[]>((resolve, reject) => {
        const req = indexedDB.open('faultline');
        req.onerror = () => reject(new Error('no database'));
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('stories', 'readonly').objectStore('stories').get(id);
          get.onsuccess = () => {
            const rec = get.result as { stories: { steps: { caption: string }[] }[] } | undefined;
            resolve(rec ? rec.stories.flatMap((s) => s.steps.map((st) => st.caption)) : []);
            db.close();
          };
          get.onerror = () => reject(new Error('no record'));
        };
      }),
    dataset,
  );
}

const panel = (page: Page) => page.getByTestId('story-panel');

test('a story written from three views is kept, and read forward and back', async ({ page }) => {
  await open(page, '?date=2025-10-09');
  await page.getByRole('tab', { name: 'Story' }).click();
  await panel(page).getByRole('button', { name: 'New story' }).click();
  const editor = panel(page).getByLabel('Edit the story');
  await editor.getByLabel('Title').fill('Three views');
  await editor.getByLabel(/Caption of step 1/).fill('First *strikes*');

  await setDate(page, '2025-10-19');
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Condemnation').uncheck();
  await editor.getByRole('button', { name: 'Add step from current view' }).click();
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 2 of 2');
  await editor.getByLabel(/Caption of step 2/).fill('Second: the ceasefire');

  await setDate(page, '2026-02-27');
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Condemnation').check();
  await page.getByRole('region', { name: 'Filters' }).getByLabel('Alleged').uncheck();
  await editor.getByRole('button', { name: 'Add step from current view' }).click();
  await editor.getByLabel(/Caption of step 3/).fill('Third: open war');
  // Every edit is kept in IndexedDB; a new story's id is `story` (renaming keeps it).
  await expect
    .poll(() => keptCaptions(page, 'af-pak'))
    .toEqual(['First *strikes*', 'Second: the ceasefire', 'Third: open war']);
  await expect(page).toHaveURL(/story=story&step=3/);

  await page.reload();
  await expect(page.locator('#root[data-ready="true"]')).toBeAttached();
  await expect(panel(page).getByRole('heading', { name: 'Three views' })).toBeVisible();
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 3 of 3');
  await expect(panel(page).getByTestId('story-caption')).toHaveText('Third: open war');
  await expect.poll(() => viewNow(page)).toEqual({ date: '2026-02-27', showAlleged: false, hiddenTypes: [] });

  // Back with the arrow key (the reader takes it before the time bar), then with the button.
  await page.locator('body').press('ArrowLeft');
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 2 of 3');
  await expect(panel(page).getByTestId('story-caption')).toHaveText('Second: the ceasefire');
  await expect
    .poll(() => viewNow(page), { timeout: 5000 })
    .toEqual({ date: '2025-10-19', showAlleged: true, hiddenTypes: ['condemnation'] });
  const atStep2 = await positions(page);
  await panel(page).getByRole('button', { name: '← Previous' }).click();
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 1 of 3');
  await expect(panel(page).getByTestId('story-caption')).toHaveText('First strikes');
  await expect(panel(page).getByTestId('story-caption').locator('em')).toHaveText('strikes');
  await expect
    .poll(() => viewNow(page), { timeout: 5000 })
    .toEqual({ date: '2025-10-09', showAlleged: true, hiddenTypes: [] });
  // The layout held still: every actor drawn at both steps stands where it stood.
  const atStep1 = await positions(page);
  const common = Object.keys(atStep1).filter((id) => id in atStep2);
  expect(common.length).toBeGreaterThan(3);
  for (const id of common) expect(atStep1[id]).toEqual(atStep2[id]);

  // Forward with the button and the arrow key.
  await panel(page).getByRole('button', { name: 'Next →' }).click();
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 2 of 3');
  await expect
    .poll(() => viewNow(page), { timeout: 5000 })
    .toEqual({ date: '2025-10-19', showAlleged: true, hiddenTypes: ['condemnation'] });
  await page.locator('body').press('ArrowRight');
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 3 of 3');
  await expect(panel(page).getByTestId('story-caption')).toHaveText('Third: open war');
  await expect
    .poll(() => viewNow(page), { timeout: 5000 })
    .toEqual({ date: '2026-02-27', showAlleged: false, hiddenTypes: [] });
  await expect(page).toHaveURL(/story=story&step=3/);
});

test('the bundled story opens at the step its address names', async ({ page }) => {
  await open(page, '?story=from-kabul-to-open-war&step=3');
  await expect(panel(page).getByTestId('story-step')).toHaveText('Step 3 of 9');
  await expect(panel(page).getByTestId('story-caption')).toContainText('October 2025');
  await expect
    .poll(() =>
      page.evaluate(() => {
        const v = window.__faultline!.view;
        return [new Date(v.date!).toISOString().slice(0, 10), v.selection?.id, v.side];
      }),
    )
    .toEqual(['2025-10-09', 'pakistan-attack-ttp-2025-10-09', 'story']);
  // The cited passages stand under the caption, with their source.
  const cited = panel(page).locator('.story-citation[data-relation="pakistan-attack-ttp-2025-10-09"]');
  await expect(cited.locator('blockquote')).toContainText(
    'Pakistan carried out airstrikes in Kabul on 9 October',
  );
  await expect(cited.locator('cite')).toContainText('Pakistan-Afghanistan Conflict');
});

test('an address naming a story the dataset lacks says so in the story panel', async ({ page }) => {
  await open(page, '?story=no-such-story&step=2');
  await expect(panel(page)).toContainText('This dataset has no story “no-such-story”.');
  await expect(panel(page).getByTestId('story-step')).toHaveCount(0);
});
