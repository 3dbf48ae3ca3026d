// Shared steps of the end-to-end tests: open the explorer at a URL and wait for the ready signal, and read the
// app through its typed test hook (window.__faultline) rather than through the canvas pixels.
import { expect, type Page } from '@playwright/test';
import type { NodeSingular } from 'cytoscape';
import type {} from '../src/testHook';

export async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('#root[data-ready="true"]')).toBeAttached();
}

/**
 * Keys of the relation edges drawn now, sorted: a pair line stands for its member relations. Ended relations
 * (compare mode) are not drawn as live ones and are left out.
 */
export function drawnEdges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__faultline!.cy.edges()
      .filter((e) => !e.hasClass('ended'))
      .map((e) => (e.data('members') as string[] | undefined) ?? [e.id()])
      .flat()
      .sort(),
  );
}

/** Ids of the relations whose edges are drawn now, sorted and unique. */
export function drawnRelations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const f = window.__faultline!;
    const keys = f.cy
      .edges()
      .filter((e) => !e.hasClass('ended'))
      .map((e) => (e.data('members') as string[] | undefined) ?? [e.id()])
      .flat();
    return [...new Set(keys.map((k) => f.model.edgeByKey.get(k)!.relationId))].sort();
  });
}

export function drawnActors(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    window
      .__faultline!.cy.nodes()
      .map((n) => n.id())
      .sort(),
  );
}

/** Positions of the drawn actors, by id, rounded to a hundredth of a pixel. */
export function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const out: Record<string, { x: number; y: number }> = {};
    window.__faultline!.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: Math.round(p.x * 100) / 100, y: Math.round(p.y * 100) / 100 };
    });
    return out;
  });
}

/** Where an element is drawn on the page, in page pixels (its midpoint for an edge). */
export async function pagePoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph').boundingBox())!;
  const p = await page.evaluate((eid) => {
    const el = window.__faultline!.cy.getElementById(eid);
    if (el.isEdge()) return el.renderedMidpoint();
    return (el as unknown as NodeSingular).renderedPosition();
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The import dialog. */
export const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import data' });

/** Drops a file on the page as a browser does: a drop event carrying a DataTransfer with the file. */
export async function drop(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/plain' }));
      const target = document.querySelector('.graph-panel')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name, text },
  );
}

/** Waits until the page is ready and shows the dataset `id` (a kept dataset, opened from storage or imported). */
export async function showsDataset(page: Page, id: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () => document.getElementById('root')?.dataset.ready === 'true' && window.__faultline?.view.dataset,
      ),
    )
    .toBe(id);
}

/**
 * Serves `dataset` as a file of the app's own origin, opens it by `?data=` (with `query`, e.g. "&date=…") and presses
 * the import dialog's Open, as a user opening a generated file would.
 */
export async function importServed(page: Page, dataset: unknown, query = ''): Promise<void> {
  const path = '/generated/served.json';
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' }),
  );
  await open(page, `?data=${path}${query}`);
  await dialog(page).getByRole('button', { name: 'Open', exact: true }).click();
}
