// The map layout on the bundled dataset, chosen as a user would (the Layout menu): Pakistan east of
// Afghanistan, every actor with a country inside or next to its outline as drawn, the basemap under the graph
// following a pan exactly, the address keeping `layout=geo` across a reload, and the exported SVG figure
// carrying the countries as vector paths.
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/** Half the layout's spacing between actors: how far outside its outline a crowded country's actor may stand. */
const NEXT_TO = 57;

/**
 * Whether the map is drawn, the view has stopped gliding, and every node has arrived at its place on the map
 * (Pakistan's own node inside Pakistan).
 */
function settledOnMap(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const cy = window.__faultline!.cy;
    const pk = document.querySelector<SVGPathElement>('.basemap path[data-country="PK"]');
    if (
      !pk ||
      cy.animated() ||
      cy
        .nodes()
        .filter((n) => n.animated())
        .nonempty()
    )
      return false;
    const p = cy.getElementById('pakistan').position();
    return pk.isPointInFill(new DOMPoint(p.x, p.y));
  });
}

async function chooseMap(page: Page): Promise<void> {
  await page.getByLabel('Layout').selectOption({ label: 'Map' });
  await expect(page).toHaveURL(/layout=geo/);
  await expect.poll(() => settledOnMap(page)).toBe(true);
}

/** Actors drawn now whose country has no outline within reach of their node, as "id (CC)". */
function actorsOffTheirCountry(page: Page): Promise<{ checked: number; off: string[] }> {
  return page.evaluate((reach) => {
    const f = window.__faultline!;
    const off: string[] = [];
    let checked = 0;
    f.cy.nodes().forEach((n) => {
      const country = f.model.actors.get(n.id())!.actor.country;
      if (!country) return;
      checked++;
      const path = document.querySelector<SVGPathElement>(`.basemap path[data-country="${country}"]`);
      const { x, y } = n.position();
      // Inside, or some point within `reach` of the node is (rings of sample points around it).
      const near = [0, reach / 3, (2 * reach) / 3, reach].some((r) =>
        Array.from({ length: r === 0 ? 1 : 24 }, (_, k) => (2 * Math.PI * k) / 24).some((a) =>
          path?.isPointInFill(new DOMPoint(x + r * Math.cos(a), y + r * Math.sin(a))),
        ),
      );
      if (!near) off.push(`${n.id()} (${country})`);
    });
    return { checked, off };
  }, NEXT_TO);
}

test.describe('the map layout', () => {
  test.beforeEach(async ({ page }) => {
    await open(page, '?date=2026-02-27');
    await chooseMap(page);
  });

  test('puts Pakistan east of Afghanistan and each actor in or next to its country', async ({ page }) => {
    const x = (id: string) => page.evaluate((i) => window.__faultline!.cy.getElementById(i).position().x, id);
    expect(await x('pakistan')).toBeGreaterThan(await x('taliban-government'));
    const { checked, off } = await actorsOffTheirCountry(page);
    expect(checked).toBeGreaterThanOrEqual(12);
    expect(off).toEqual([]);
    // Actors with no country stand in the box beside the map, drawn with its title.
    await expect(page.locator('.basemap-aside text')).toHaveText('No place on the map');
  });

  test('draws the countries under the graph and moves them with a pan', async ({ page }) => {
    expect(await page.locator('.basemap path[data-country]').count()).toBeGreaterThan(200);
    // Cytoscape reports the pan at once and the layer takes its transform in the same task: no waiting.
    const moved = await page.evaluate(() => {
      const cy = window.__faultline!.cy;
      const pk = document.querySelector('.basemap path[data-country="PK"]')!;
      const node = () => ({ ...cy.getElementById('pakistan').renderedPosition() });
      const [box0, node0] = [pk.getBoundingClientRect(), node()];
      cy.panBy({ x: 60, y: -40 });
      const [box1, node1] = [pk.getBoundingClientRect(), node()];
      const layer = document.querySelector('.basemap > g')!.getAttribute('transform');
      return {
        country: { dx: box1.x - box0.x, dy: box1.y - box0.y, dw: box1.width - box0.width },
        node: { dx: node1.x - node0.x, dy: node1.y - node0.y },
        layer,
        viewport: `translate(${cy.pan().x} ${cy.pan().y}) scale(${cy.zoom()})`,
      };
    });
    expect(moved.country.dx).toBeCloseTo(60, 1);
    expect(moved.country.dy).toBeCloseTo(-40, 1);
    expect(moved.country.dw).toBeCloseTo(0, 1);
    // The node moved with its country, and the layer's transform is the graph's viewport.
    expect(moved.node.dx).toBeCloseTo(60, 1);
    expect(moved.node.dy).toBeCloseTo(-40, 1);
    expect(moved.layer).toBe(moved.viewport);
  });

  test('keeps layout=geo in the address across a reload, and leaves the map with the layout', async ({
    page,
  }) => {
    await page.reload();
    await expect(page.locator('#root[data-ready="true"]')).toBeAttached();
    await expect(page.getByLabel('Layout')).toHaveValue('geo');
    await expect.poll(() => settledOnMap(page)).toBe(true);
    await page.getByLabel('Layout').selectOption({ label: 'Force-directed' });
    await expect(page.locator('.basemap')).toHaveCount(0);
  });

  test('exports an SVG figure with the countries as vector paths under the graph', async ({ page }) => {
    const svg = await page.evaluate(async () => {
      const f = await window.__faultline!.export.image({ format: 'svg' });
      return new TextDecoder().decode(f.bytes);
    });
    expect(svg).toContain('class="basemap"');
    expect(svg).toMatch(/<path d="M[^"]+" data-country="PK"\/>/);
    expect(svg).toMatch(/data-country="AF"/);
    // Under the graph: the basemap comes before the graph's own drawing in the nested picture.
    expect(svg.indexOf('class="basemap"')).toBeLessThan(svg.indexOf('Pakistan</text>'));
    // The PDF is drawn from the same SVG, map and all.
    const pdf = await page.evaluate(async () => {
      const f = await window.__faultline!.export.image({ format: 'pdf' });
      return new TextDecoder().decode(f.bytes.slice(0, 5));
    });
    expect(pdf).toBe('%PDF-');
  });
});
