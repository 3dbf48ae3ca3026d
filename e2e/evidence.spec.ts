// Who says so, on the page: the details of a relation show beside each quote whose claim it carries and its grades,
// the editor's confidence, and a note where the date is inferred; the table narrows its rows by who says so.
import { expect, test } from '@playwright/test';
import { drawnRelations, open } from './helpers';

// Alleged by the Taliban government, graded F, and dated by joining three articles' accounts: all three marks.
const RELATION = 'pakistan-attack-taliban-government-2026-02-22';

test('the details of a relation show its claimants, their grades and its inferred date', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, `?date=2026-02-22&sel=relation:${RELATION}`);
  const relation = await page.evaluate(
    (id) => window.__faultline!.model.dataset.relations.find((r) => r.id === id)!,
    RELATION,
  );
  // The case this test is about: a named claimant, a reliability grade and an inferred date.
  const named = relation.evidence.find((e) => e.claim?.by === 'party' && e.claim.name && e.reliability);
  expect(named).toBeDefined();
  expect(relation.inference?.when).toBeTruthy();

  const details = page.getByRole('complementary', { name: 'Legend and details' });
  await expect(details.locator('blockquote')).toHaveText(relation.evidence.map((e) => e.quote));
  const claims = details.getByTestId('claim');
  await expect(claims).toHaveCount(relation.evidence.length);
  const i = relation.evidence.indexOf(named!);
  await expect(claims.nth(i)).toContainText(named!.claim!.name!);
  await expect(claims.nth(i)).toContainText('named party');
  await expect(claims.nth(i)).toContainText(`reliability ${named!.reliability}`);
  await expect(claims.nth(i)).toContainText(`credibility ${named!.credibility}`);
  // Each claim line sits beside its own quote, in the same figure.
  await expect(details.locator('figure.evidence').nth(i).locator('blockquote')).toHaveText(named!.quote);
  const inferred = details.getByTestId('inference-date');
  await expect(inferred).toContainText('inferred date');
  await expect(inferred).toContainText(relation.inference!.when!);
  await expect(details.getByTestId('confidence')).toHaveText(relation.confidence!);
  expect(errors).toEqual([]);
});

test('the table keeps the relations resting on parties or reports alone, then the inferred ones', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  const rows = () =>
    table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-relation')!).sort());
  const drawn = await drawnRelations(page);
  await expect.poll(rows).toEqual(drawn);

  const expected = (test: string) =>
    page.evaluate(
      ({ ids, test }) =>
        ids.filter((id) => {
          const r = window.__faultline!.model.dataset.relations.find((x) => x.id === id)!;
          return test === 'alone'
            ? r.evidence.length > 0 && r.evidence.every((e) => e.claim && e.claim.by !== 'author')
            : r.inference !== undefined && r.confidence === 'low';
        }),
      { ids: drawn, test },
    );
  const alone = await expected('alone');
  expect(alone.length).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Resting on' }).selectOption('alone');
  await expect.poll(rows).toEqual(alone);

  await page.getByRole('combobox', { name: 'Resting on' }).selectOption('any');
  await page.getByRole('combobox', { name: 'Confidence' }).selectOption('low');
  await page.getByRole('checkbox', { name: 'Inferred only' }).check();
  const lowInferred = await expected('low-inferred');
  expect(lowInferred.length).toBeGreaterThan(0);
  await expect.poll(rows).toEqual(lowInferred);
});
