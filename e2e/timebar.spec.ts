// The time bar and the fitted view (issue 16): the bundled dataset opens on its own date with the crisis in view,
// the counter agrees with the table, window handles hold, play keeps its speed, the graph fits its canvas, the
// header keeps its controls, and imprecise relations show as such. Each test drives the built app through the
// ready signal and the test hook.
import { expect, test, type Page } from '@playwright/test';
import { drawnRelations, open } from './helpers';

/** Actors whose rendered bounding box is not wholly inside the graph's canvas. */
function actorsOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__faultline!.cy;
    const w = cy.width();
    const h = cy.height();
    return cy
      .nodes()
      .filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x1 < -0.5 || b.y1 < -0.5 || b.x2 > w + 0.5 || b.y2 > h + 0.5;
      })
      .map((n) => n.id());
  });
}

test('the bundled dataset opens on its own date, 27 February 2026, with the strikes of that day in view', async ({
  page,
}) => {
  await open(page);
  await expect(page).toHaveURL(/date=2026-02-27/);
  const slider = page.getByRole('slider', { name: 'Date' });
  await expect(slider).toHaveAttribute('aria-valuetext', /27 February 2026/);
  const drawn = await drawnRelations(page);
  expect(drawn).toEqual(
    expect.arrayContaining([
      'pakistan-attack-taliban-government-2026-02-27',
      'pakistan-attack-ttp-2026-02-27',
      'pakistan-threat-taliban-government-2026-02-27',
    ]),
  );
  expect(await actorsOutsideCanvas(page)).toEqual([]);
  // The time bar opens on the crisis (October 2025 to April 2026), not on 1990–2026: the date's handle stands
  // well inside the axis, with months between the ticks.
  const track = (await page.locator('.time-track').boundingBox())!;
  const handle = (await slider.boundingBox())!;
  const share = (handle.x + handle.width / 2 - track.x) / track.width;
  expect(share).toBeGreaterThan(0.5);
  expect(share).toBeLessThan(0.9);
  await expect(page.locator('.time-track svg text', { hasText: /^Jan$|^2026$/ }).first()).toBeAttached();
  await expect(page.locator('.time-track svg text', { hasText: /^Dec$/ })).toHaveCount(1);
});

for (const query of ['?date=2026-02-27', '?date=2026-02-27&edges=all']) {
  test(`the counter and the table agree (${query})`, async ({ page }) => {
    await open(page, query);
    const expected = await page.evaluate(() => {
      const f = window.__faultline!;
      const relations = new Set([...f.live.edges].map((k) => f.model.edgeByKey.get(k)!.relationId));
      return { actors: f.cy.nodes().length, relations: relations.size, lines: f.cy.edges().length };
    });
    expect(expected.relations).toBeGreaterThan(0);
    await expect(page.getByTestId('view-count')).toHaveText(
      `${expected.actors} actors · ${expected.relations} relations (${expected.lines} lines)`,
    );
    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('region', { name: 'Relations in view' });
    await expect(table.locator('tbody tr')).toHaveCount(expected.relations);
    await expect(table.getByText(`${expected.relations} relations`, { exact: true })).toBeVisible();
  });
}
