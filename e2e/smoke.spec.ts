// Smoke test of the production build: the explorer opens on the bundled dataset, signals ready, draws its graph
// on a canvas and exposes a model with actors.
import { expect, test } from '@playwright/test';
import { open } from './helpers';

test('opens the explorer on the bundled dataset', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page);
  await expect(page.getByTestId('graph').locator('canvas').first()).toBeVisible();
  const counts = await page.evaluate(() => ({
    actors: window.__faultline!.model.actors.size,
    drawn: window.__faultline!.cy.nodes().length,
    dataset: window.__faultline!.view.dataset,
  }));
  expect(counts.dataset).toBe('af-pak');
  expect(counts.actors).toBeGreaterThan(0);
  expect(counts.drawn).toBeGreaterThan(0);
  await expect(page.getByRole('slider', { name: 'Date' })).toBeVisible();
  expect(errors).toEqual([]);
});
