// Importing a user's own data through the real UI, one scenario per row: the file input, a dropped file, pasted
// text and `?data=`; the report and the mapping step before anything changes, problems with the current dataset
// left open, the valid part, the dataset switcher, reload from IndexedDB, a dynamic GEXF played on the time bar,
// and hostile text shown as text. Assertions read the model through window.__faultline and what the page shows.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dialog, drop, open } from './helpers';

interface Scenario {
  readonly name: string;
  readonly url: string;
  /** Responses the test serves for `?data=` addresses: path → fixture file (or an HTTP status). */
  readonly serve?: Readonly<Record<string, string | number>>;
  readonly run: (page: Page) => Promise<void>;
}

const FIXTURES = 'e2e/fixtures';
const fixture = (name: string) => `${FIXTURES}/${name}`;

/** Waits until the explorer shows the dataset with library id `id` and has signalled ready. */
async function shown(page: Page, id: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.getElementById('root')?.dataset.ready === 'true' &&
          `${window.__faultline?.view.dataset}|${window.__faultline?.model.dataset.id}`,
      ),
    )
    .toBe(`${id}|${id.replace(/^local:/, '')}`);
}

function counts(page: Page) {
  return page.evaluate(() => ({
    dataset: window.__faultline!.view.dataset,
    actors: window.__faultline!.model.actors.size,
    relations: window.__faultline!.model.dataset.relations.length,
  }));
}

const scenarios: readonly Scenario[] = [
  {
    name: 'an ICEWS event file dropped: told by its header, its bad row placed; the valid part opens as relations per month',
    url: '',
    run: async (page) => {
      const text = readFileSync('src/io/import/events/__fixtures__/icews.tab', 'utf8');
      await drop(page, 'icews.tab', text);
      const problems = dialog(page).getByRole('list', { name: 'Problems' }).getByRole('listitem');
      await expect(problems.first()).toHaveText(/^icews\.tab:8:6: Event Date: "2021-04-31" is not a day/);
      await dialog(page)
        .getByRole('button', { name: /^Load the valid part/ })
        .click();
      await shown(page, 'local:icews');
      expect(await counts(page)).toEqual({ dataset: 'local:icews', actors: 4, relations: 3 });
      const types = await page.evaluate(() =>
        window.__faultline!.model.dataset.relations.map((r) => `${r.type} ${r.when}`).sort(),
      );
      expect(types).toEqual([
        'clash 2021-03-15/2021-03-20',
        'talks 2021-03-02/2021-03-09',
        'threat 2021-04-05',
      ]);
    },
  },
  {
    name: 'a broken CSV dropped: problems listed, af-pak kept; the valid part opens, survives a switch and a reload',
    url: '',
    run: async (page) => {
      const before = await counts(page);
      await drop(page, 'broken-relations.csv', readFileSync(fixture('broken-relations.csv'), 'utf8'));
      const problems = dialog(page).getByRole('list', { name: 'Problems' }).getByRole('listitem');
      await expect(problems).toHaveText([
        /^broken-relations\.csv:4:31: When: "05\/06\/2019" is not a time Faultline can read/,
        'broken-relations.csv:5: the relation names no target actor',
      ]);
      expect(await counts(page)).toEqual(before);
      await expect(page.getByTestId('graph').locator('canvas').first()).toBeVisible();
      // The rejected records are left out and loading the rest is the default: the focused, first button.
      await expect(dialog(page).getByRole('alert')).toHaveText(
        /^broken-relations\.csv: 2 records are rejected and left out; “Load the valid part” opens the rest/,
      );
      await expect(
        dialog(page).getByRole('button', { name: 'Load the valid part (2 rows rejected)' }),
      ).toBeFocused();

      const saving = page.waitForEvent('download');
      await dialog(page).getByRole('button', { name: 'Download rejected rows (CSV)' }).click();
      const rejected = await saving;
      expect(rejected.suggestedFilename()).toBe('broken-relations-rejected.csv');
      const csv = readFileSync(await rejected.path(), 'utf8').split('\r\n');
      expect(csv[0]).toBe('Source,Target,Type,When,Quote,Source title,line,problem');
      expect(csv[1]).toMatch(/^East Union,North Bloc,support,05\/06\/2019,.*,4,/);
      expect(csv[2]).toMatch(/^North Bloc,,clash,2019-07-01,.*,5,/);

      await dialog(page).getByRole('button', { name: 'Load the valid part (2 rows rejected)' }).click();
      await shown(page, 'local:broken-relations');
      expect(await counts(page)).toEqual({ dataset: 'local:broken-relations', actors: 3, relations: 2 });
      await expect(page).toHaveURL(/dataset=local:broken-relations/);

      const switcher = page.getByRole('combobox', { name: 'Dataset' });
      await switcher.selectOption('af-pak');
      await shown(page, 'af-pak');
      expect(await counts(page)).toEqual(before);

      await switcher.selectOption('local:broken-relations');
      await shown(page, 'local:broken-relations');
      await page.reload();
      await shown(page, 'local:broken-relations');
      expect(await counts(page)).toEqual({ dataset: 'local:broken-relations', actors: 3, relations: 2 });

      await page.getByRole('button', { name: 'Remove' }).click();
      await shown(page, 'af-pak');
      await expect(switcher.locator('option')).toHaveText(['af-pak']);
    },
  },
  {
    name: 'a dynamic GEXF with spells and a time zone opens and plays on the time bar',
    url: '',
    run: async (page) => {
      await page.getByTestId('import-file').setInputFiles(fixture('dynamic-timezone.gexf'));
      const read = dialog(page).getByRole('region', { name: 'What was read' });
      await expect(read).toContainText(
        '4 actors, 5 relations, 0 sources · GEXF · from 2 January 2022 to 29 June 2022',
      );
      await expect(dialog(page).getByRole('combobox', { name: 'Type for rivalry' })).toHaveValue(
        'builtin:rivalry',
      );
      await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
      await shown(page, 'local:dynamic-timezone');
      // Kabul is UTC+4:30: the file's local midnights are 19:30 UTC the day before; a second spell is a second relation.
      const whens = await page.evaluate(() =>
        window.__faultline!.model.dataset.relations.map((r) => `${r.id} ${r.when}`),
      );
      expect(whens).toEqual([
        'a 2022-01-02T19:30:00Z/2022-02-10T07:30:00Z',
        'a-2 2022-03-31T19:30:00Z/2022-05-19T19:30:00Z',
        'b 2022-01-31T19:30:00Z/2022-06-14T19:30:00Z',
        'c 2022-02-28T23:00:00Z/2022-03-30T19:30:00Z',
        'd 2022-04-30T19:30:00Z/2022-06-29T19:30:00Z',
      ]);

      await page.getByRole('combobox', { name: 'Step' }).selectOption('week');
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      await page.keyboard.press('Home');
      const start = await page.evaluate(() => window.__faultline!.view.date);
      // Every frame's count of drawn lines is recorded in the page: sampling from here could miss a state, and
      // play ends by itself on the last day (26 weekly ticks of 250 ms), so nothing below races its end.
      await page.evaluate(() => {
        const seen = new Set<number>();
        (window as unknown as { seenSizes: Set<number> }).seenSizes = seen;
        const frame = () => {
          seen.add(window.__faultline!.live.edges.size);
          requestAnimationFrame(frame);
        };
        frame();
      });
      const play = page.getByRole('button', { name: 'Play' });
      await play.click();
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expect(play).toBeVisible({ timeout: 30_000 });
      const end = await page.evaluate(() => window.__faultline!.view.date);
      expect(end).toBeGreaterThan(start!);
      expect(
        await page.evaluate(() => (window as unknown as { seenSizes: Set<number> }).seenSizes.size),
      ).toBeGreaterThanOrEqual(3);

      // Pause stops it where it is: from the first day, pause as soon as the date has moved.
      await slider.focus();
      await page.keyboard.press('Home');
      await play.click();
      await expect.poll(() => page.evaluate(() => window.__faultline!.view.date)).toBeGreaterThan(start!);
      await page.getByRole('button', { name: 'Pause' }).click();
      await expect(play).toBeVisible();
      // The timer is cleared after the render that shows Play; a tick already due lands within the next two.
      await page.waitForTimeout(2 * 250);
      const paused = await page.evaluate(() => window.__faultline!.view.date);
      expect(paused).toBeLessThan(end!);
      await page.waitForTimeout(4 * 250);
      expect(await page.evaluate(() => window.__faultline!.view.date)).toBe(paused);
    },
  },
  {
    name: 'hostile labels, quotes and attributes are shown as text, never as markup or links',
    url: '',
    run: async (page) => {
      const alerts: string[] = [];
      page.on('dialog', (d) => {
        alerts.push(d.message());
        void d.dismiss();
      });
      await page.getByTestId('import-file').setInputFiles(fixture('hostile.csv'));
      await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
      await shown(page, 'local:hostile');
      const relation = await page.evaluate(() => window.__faultline!.model.dataset.relations[0]!.id);
      await page.evaluate(
        (id) =>
          window.__faultline!.store.update((s) => ({ ...s, selection: { kind: 'relation', id } }), 'push'),
        relation,
      );
      const details = page.getByRole('complementary', { name: 'Legend and details' });
      await expect(details).toContainText('<img src=x onerror=alert(1)>');
      await expect(details.locator('blockquote')).toHaveText(
        '<script>alert(2)</script> said the <b>quote</b>.',
      );
      await expect(details.locator('dl.attributes')).toContainText('javascript:alert(4)');
      await page.evaluate(() =>
        window.__faultline!.store.update(
          (s) => ({ ...s, selection: { kind: 'actor', id: 'img-src-x-onerror-alert-1' } }),
          'push',
        ),
      );
      await expect(page.locator('#details-title')).toHaveText(/<img src=x onerror=alert\(1\)>$/);
      // The markup in the file made no element: no image, no bold text, no inline script.
      expect(await page.locator('img, b, script:not([src])').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(alerts).toEqual([]);
    },
  },
  {
    name: '?data= fetches the file; the mapping step maps its type; Open shows it',
    url: '?data=/fixtures/remote.csv',
    serve: { '/fixtures/remote.csv': 'remote.csv' },
    run: async (page) => {
      const read = dialog(page).getByRole('region', { name: 'What was read' });
      await expect(read).toContainText(
        '3 actors, 2 relations, 0 sources · CSV · from 1 February 2021 to 30 November 2021',
      );
      await expect(read).toContainText('trade-pact (2)');
      const type = dialog(page).getByRole('combobox', { name: 'Type for trade pact' });
      await expect(type).toHaveValue('own:cooperative:lasting');
      await type.selectOption('builtin:alliance');
      await expect(read).toContainText('alliance (2)');
      await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
      await shown(page, 'local:remote');
      const types = await page.evaluate(() => window.__faultline!.model.dataset.relations.map((r) => r.type));
      expect(types).toEqual(['alliance', 'alliance']);
    },
  },
  {
    name: '?data= that fails says why and leaves the bundled dataset open',
    url: '?data=/fixtures/missing.csv',
    serve: { '/fixtures/missing.csv': 404 },
    run: async (page) => {
      await expect(dialog(page).getByRole('alert')).toHaveText(
        /missing\.csv could not be imported: the server answered HTTP 404/,
      );
      expect((await counts(page)).dataset).toBe('af-pak');
    },
  },
  {
    name: '?data= with a javascript: address is refused',
    url: '?data=javascript:alert(1)',
    run: async (page) => {
      await expect(dialog(page).getByRole('alert')).toHaveText(/only http\(s\) addresses are imported/);
    },
  },
  {
    name: 'text pasted on the page and text pasted in the dialog are read the same way',
    url: '',
    run: async (page) => {
      const text = readFileSync(fixture('remote.csv'), 'utf8');
      await page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        document.body.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, text);
      const read = dialog(page).getByRole('region', { name: 'What was read' });
      await expect(read).toContainText('3 actors, 2 relations, 0 sources · CSV');
      await dialog(page).getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog(page)).toHaveCount(0);

      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await dialog(page).getByRole('textbox', { name: 'Pasted text' }).fill(text);
      await dialog(page).getByRole('button', { name: 'Read the pasted text' }).click();
      await expect(read).toContainText('3 actors, 2 relations, 0 sources · CSV');
      await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
      await shown(page, 'local:pasted');
    },
  },
];

test.describe('import', () => {
  for (const s of scenarios) {
    test(s.name, async ({ page }) => {
      for (const [path, answer] of Object.entries(s.serve ?? {})) {
        await page.route(
          (url) => url.pathname === path,
          (route) =>
            typeof answer === 'number'
              ? route.fulfill({ status: answer, body: 'not here' })
              : route.fulfill({ path: fixture(answer), contentType: 'text/plain' }),
        );
      }
      await open(page, s.url);
      await s.run(page);
    });
  }

  test('an imported dataset this browser no longer keeps: the page says so and offers the bundled one', async ({
    page,
  }) => {
    await page.goto('/?dataset=local:not-kept-here');
    await expect(page.getByRole('main', { name: 'Dataset error' })).toContainText(
      'The imported dataset "not-kept-here" is not kept in this browser',
    );
    await page.getByRole('button', { name: 'Open the bundled dataset (af-pak)' }).click();
    await shown(page, 'af-pak');
  });
});
