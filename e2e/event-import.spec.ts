// An event file (ICEWS-shaped, written by the test) through the import dialog's event options: the fold chosen
// before Open changes the relations counted in the report and opened in the explorer, and a code mapped to
// another type (or left out) reads the file again, the opened relations following it; leaving every code out
// still leaves the codes offered, to undo it. Assertions read the model through window.__faultline and what the
// dialog shows.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { dialog, drop, open } from './helpers';

const HEADER = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
];

/** id, day, source, text, CAMEO code, target: two talks and two fights a few months apart, and one statement. */
const EVENTS = [
  ['2001', '2021-01-05', 'Alpha', 'Consult', '040', 'Beta'],
  ['2002', '2021-03-10', 'Alpha', 'Consult', '042', 'Beta'],
  ['2003', '2021-02-01', 'Police (Alpha)', 'Fight', '190', 'Delta Front'],
  ['2004', '2021-02-20', 'Police (Alpha)', 'Fight', '190', 'Delta Front'],
  ['2005', '2021-06-01', 'Police (Alpha)', 'Fight', '193', 'Delta Front'],
  ['2006', '2021-04-01', 'Alpha', 'Make statement', '010', 'Beta'],
];

function icews(): string {
  const rows = EVENTS.map(([id, day, source, text, code, target]) =>
    [id, day, source, 'NA', 'Alpha', text, code, '1', target, 'NA', 'Beta', `9${id}`, '1', `Wire ${id}`]
      .concat(['NA', 'NA', 'NA', 'Alpha', '1.0', '2.0'])
      .join('\t'),
  );
  return [HEADER.join('\t'), ...rows].join('\n') + '\n';
}

const countsLine = (page: Page) => dialog(page).locator('.import-counts');

/** The opened dataset's relations as `type when`, sorted, once the explorer shows dataset `id`. */
async function opened(page: Page, id: string): Promise<string[]> {
  await expect
    .poll(() =>
      page.evaluate(
        () => document.getElementById('root')?.dataset.ready === 'true' && window.__faultline?.view.dataset,
      ),
    )
    .toBe(id);
  return page.evaluate(() =>
    window.__faultline!.model.dataset.relations.map((r) => `${r.type} ${r.when}`).sort(),
  );
}

test.beforeEach(async ({ page }) => {
  await open(page);
});

test('the fold chosen in the dialog: per month, then per year, the report and the opened dataset follow', async ({
  page,
}) => {
  await drop(page, 'icews-window.tab', icews());
  const fold = dialog(page).getByRole('combobox', { name: 'Fold events' });
  await expect(fold).toHaveValue('month');
  // Per month: talks in January and March, fights twice in February and once in June.
  await expect(countsLine(page)).toContainText('4 relations');
  await expect(dialog(page).getByLabel('Codes left out')).toHaveText(
    '1 code left out (1 event): they map to no relation type.',
  );

  // Each event names its own outlet: the year's three fights would keep three evidence items, two are asked for.
  const evidence = dialog(page).getByRole('spinbutton', { name: 'Evidence items kept per relation' });
  await expect(evidence).toHaveValue('3');
  await evidence.fill('2');
  await evidence.press('Enter');
  await expect(evidence).toHaveValue('2');

  await dialog(page).getByRole('combobox', { name: 'Fold events' }).selectOption('year');
  await expect(countsLine(page)).toContainText('2 relations');
  await expect(fold).toHaveValue('year');
  await expect(evidence).toHaveValue('2');
  await dialog(page).getByRole('button', { name: 'Open' }).click();
  const relations = await opened(page, 'local:icews-window');
  const outlets = await page.evaluate(() =>
    window.__faultline!.model.dataset.relations.map((r) =>
      Object.keys(r.attributes ?? {})
        .filter((k) => k.endsWith(' outlet'))
        .sort(),
    ),
  );
  expect(outlets).toEqual([
    ['evidence 1 outlet', 'evidence 2 outlet'],
    ['evidence 1 outlet', 'evidence 2 outlet'],
  ]);
  // A year's talks outlast an event: they open as a series of talks, dated by the first and last event.
  expect(relations.map((r) => r.slice(r.lastIndexOf(' ') + 1)).sort()).toEqual([
    '2021-01-05/2021-03-10',
    '2021-02-01/2021-06-01',
  ]);

  await drop(page, 'icews-each.tab', icews());
  await dialog(page).getByRole('combobox', { name: 'Fold events' }).selectOption('each');
  await expect(countsLine(page)).toContainText('5 relations');
  // Runs of at most 7 days keep the fights of 1 and 20 February apart; 30 days join them.
  await dialog(page).getByRole('combobox', { name: 'Fold events' }).selectOption('runs');
  await expect(countsLine(page)).toContainText('5 relations');
  const days = dialog(page).getByRole('spinbutton', { name: 'Days at most between events of a run' });
  await expect(days).toHaveValue('7');
  await days.fill('30');
  await days.press('Enter');
  await expect(countsLine(page)).toContainText('4 relations');
  await expect(
    dialog(page).getByRole('spinbutton', { name: 'Days at most between events of a run' }),
  ).toHaveValue('30');
});

test('a code mapped in the dialog: CAMEO 19 becomes attack, CAMEO 04 left out, and the opened dataset follows', async ({
  page,
}) => {
  await drop(page, 'icews-codes.tab', icews());
  const fight = dialog(page).getByRole('combobox', { name: 'Type for CAMEO 19 (Fight)' });
  await expect(fight).toHaveValue('clash');
  await expect(dialog(page).getByRole('combobox', { name: 'Type for CAMEO 04 (Consult)' })).toHaveValue(
    'talks',
  );
  await expect(
    dialog(page).getByRole('combobox', { name: 'Type for CAMEO 01 (Make public statement)' }),
  ).toHaveValue('');

  await fight.selectOption('attack');
  await expect(fight).toHaveValue('attack');
  await dialog(page).getByRole('combobox', { name: 'Type for CAMEO 04 (Consult)' }).selectOption('');
  await expect(countsLine(page)).toContainText('2 relations');
  await expect(dialog(page).getByLabel('Codes left out')).toHaveText(
    '2 codes left out (3 events): they map to no relation type.',
  );
  await dialog(page).getByRole('button', { name: 'Open' }).click();
  expect(await opened(page, 'local:icews-codes')).toEqual([
    'attack 2021-02-01/2021-02-20',
    'attack 2021-06-01',
  ]);
});

test('every code left out of a file with a bad row: nothing opens, and the codes stay offered to undo it', async ({
  page,
}) => {
  await drop(page, 'icews.tab', readFileSync('src/io/import/events/__fixtures__/icews.tab', 'utf8'));
  const load = dialog(page).getByRole('button', { name: /^Load the valid part/ });
  await expect(load).toBeVisible();
  for (const code of ['CAMEO 04 (Consult)', 'CAMEO 19 (Fight)', 'CAMEO 13 (Threaten)']) {
    const select = dialog(page).getByRole('combobox', { name: `Type for ${code}` });
    await select.selectOption('');
    await expect(select).toHaveValue('');
  }
  await expect(dialog(page).getByRole('alert')).toHaveText(/^icews\.tab cannot be opened/);
  await expect(load).toHaveCount(0);
  await expect(dialog(page).getByLabel('Codes left out')).toHaveText(
    '4 codes left out (6 events): they map to no relation type.',
  );

  await dialog(page).getByRole('combobox', { name: 'Type for CAMEO 19 (Fight)' }).selectOption('clash');
  await load.click();
  expect(await opened(page, 'local:icews')).toEqual(['clash 2021-03-15/2021-03-20']);
});

test('the real ICEWS sample of ../shared/fixtures opens in the app: 797 actors, 1,055 relations', async ({
  page,
}) => {
  // The shared fixtures sit beside the checkout, here and in CI; never copied into the project.
  const sample = new URL('../../shared/fixtures/icews-events-2018-sample.tab', import.meta.url);
  await open(page);
  await page.getByTestId('import-file').setInputFiles(sample.pathname);
  await expect(dialog(page).getByRole('region', { name: 'What was read' })).toContainText(
    '797 actors, 1,055 relations',
  );
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
  await expect
    .poll(() =>
      page.evaluate(() => [
        window.__faultline!.model.dataset.id,
        window.__faultline!.model.actors.size,
        window.__faultline!.model.dataset.relations.length,
      ]),
    )
    .toEqual(['icews-events-2018-sample', 797, 1055]);
});
