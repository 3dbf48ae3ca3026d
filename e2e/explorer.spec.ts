// The explorer's scenarios, one row each: open a URL, wait for the ready signal, act as a user (mouse and
// keyboard), then assert on the model through the test hook and on what the page shows.
import { expect, test, type Page } from '@playwright/test';
import { drawnActors, drawnEdges, drawnRelations, open, pagePoint, positions } from './helpers';

interface Scenario {
  readonly name: string;
  readonly url: string;
  readonly run: (page: Page) => Promise<void>;
}

const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

/** Relations of the model matching a test, with their edge keys (read through the hook). */
function relationsWhere(
  page: Page,
  type: string,
  source: string,
  target: string | null,
  from: string,
  to: string,
) {
  return page.evaluate(
    ({ type, source, target, from, to }) =>
      window
        .__faultline!.model.edges.filter(
          (e) =>
            e.type === type &&
            e.source === source &&
            (target === null || e.target === target) &&
            e.span.start <= to &&
            e.span.end >= from,
        )
        .map((e) => e.key)
        .sort(),
    { type, source, target, from: day(from), to: day(to) + DAY - 1 },
  );
}

const scenarios: Scenario[] = [
  {
    name: 'on 2025-10-19 the Qatar mediation relations are drawn',
    url: '?date=2025-10-19&edges=all',
    run: async (page) => {
      const qatar = await relationsWhere(page, 'mediation', 'qatar', null, '2025-10-19', '2025-10-19');
      expect(qatar.length).toBeGreaterThan(0);
      const drawn = await drawnEdges(page);
      for (const key of qatar) expect(drawn).toContain(key);
      const visible = await page.evaluate(
        (keys) => keys.every((k) => window.__faultline!.cy.getElementById(k).visible()),
        qatar,
      );
      expect(visible).toBe(true);
      // Qatar is drawn as a mediator: the mark is a class the stylesheet turns into a double ring.
      expect(
        await page.evaluate(() => window.__faultline!.cy.getElementById('qatar').hasClass('mediator')),
      ).toBe(true);
      await expect(page.getByRole('slider', { name: 'Date' })).toHaveAttribute(
        'aria-valuetext',
        '19 October 2025',
      );
    },
  },
  {
    name: "between 2026-02-21 and 2026-02-28 Pakistan's strikes on the Afghan Taliban appear",
    url: '?date=2026-02-20&mode=window&from=2026-02-13&to=2026-02-20',
    run: async (page) => {
      const strikes = await relationsWhere(
        page,
        'attack',
        'pakistan',
        'taliban-government',
        '2026-02-21',
        '2026-02-28',
      );
      expect(strikes.length).toBeGreaterThan(0);
      const newStrikes = await page.evaluate(
        (keys) =>
          keys.filter((k) => window.__faultline!.model.edgeByKey.get(k)!.span.start >= Date.UTC(2026, 1, 21)),
        strikes,
      );
      expect(newStrikes.length).toBeGreaterThan(0);
      for (const key of newStrikes) expect(await drawnEdges(page)).not.toContain(key);

      // Move the window's end a week on, then its start, with the keyboard.
      const end = page.getByRole('slider', { name: 'Window end' });
      await end.focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      const start = page.getByRole('slider', { name: 'Window start' });
      await start.focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
      await expect(start).toHaveAttribute('aria-valuetext', '21 February 2026');
      await expect(end).toHaveAttribute('aria-valuetext', '28 February 2026');
      await expect(page).toHaveURL(/from=2026-02-21&to=2026-02-28/);
      const drawn = await drawnEdges(page);
      for (const key of strikes) expect(drawn).toContain(key);
    },
  },
  {
    name: 'clicking a relation shows its verbatim quote and source',
    url: '?date=2025-10-19&edges=all',
    run: async (page) => {
      // The drawn edge whose midpoint lies farthest from every other edge's midpoint and every actor: a clean target.
      const key = await page.evaluate(() => {
        const cy = window.__faultline!.cy;
        const spots = [
          ...cy.edges().map((e) => ({ id: e.id(), p: e.renderedMidpoint() })),
          ...cy.nodes().map((n) => ({ id: n.id(), p: n.renderedPosition() })),
        ];
        let best = '';
        let bestGap = -1;
        cy.edges().forEach((e) => {
          const m = e.renderedMidpoint();
          const gap = Math.min(
            ...spots.filter((s) => s.id !== e.id()).map((s) => Math.hypot(s.p.x - m.x, s.p.y - m.y)),
          );
          if (gap > bestGap) [best, bestGap] = [e.id(), gap];
        });
        return best;
      });
      const point = await pagePoint(page, key);
      await page.mouse.click(point.x, point.y);
      const relation = await page.evaluate((k) => window.__faultline!.model.edgeByKey.get(k)!.relation, key);
      await expect
        .poll(() => page.evaluate(() => window.__faultline!.view.selection))
        .toEqual({
          kind: 'relation',
          id: relation.id,
        });
      const details = page.getByRole('complementary', { name: 'Legend and details' });
      const quotes = details.locator('blockquote');
      await expect(quotes).toHaveText(relation.evidence.map((e) => e.quote));
      const sources = await page.evaluate(
        (ids) => ids.map((id) => window.__faultline!.model.dataset.sources.find((s) => s.id === id)!.title),
        relation.evidence.map((e) => e.source),
      );
      await expect(details.locator('figcaption cite')).toHaveCount(sources.length);
      for (const [i, title] of sources.entries())
        await expect(details.locator('figcaption').nth(i)).toContainText(title);
      await expect(page).toHaveURL(new RegExp(`sel=relation:${relation.id}`));
    },
  },
  {
    name: 'turning alleged relations off hides exactly them',
    url: '?date=2026-02-27',
    run: async (page) => {
      const before = await drawnEdges(page);
      const alleged = await page.evaluate(
        (keys) => keys.filter((k) => window.__faultline!.model.edgeByKey.get(k)!.status === 'alleged'),
        before,
      );
      expect(alleged.length).toBeGreaterThan(0);
      await page.getByRole('checkbox', { name: 'Alleged' }).uncheck();
      await expect.poll(() => drawnEdges(page)).toEqual(before.filter((k) => !alleged.includes(k)));
      await expect(page).toHaveURL(/alleged=0/);
      await page.getByRole('checkbox', { name: 'Alleged' }).check();
      await expect.poll(() => drawnEdges(page)).toEqual(before);
    },
  },
  {
    name: "scrubbing keeps every actor's position unchanged",
    url: '?date=2019-01-01',
    run: async (page) => {
      const seen = new Map<string, string>();
      const actorsSeen = new Set<string>();
      const record = async () => {
        for (const [id, p] of Object.entries(await positions(page))) {
          const at = `${p.x},${p.y}`;
          expect(seen.get(id) ?? at, `position of ${id}`).toBe(at);
          seen.set(id, at);
          actorsSeen.add(id);
        }
      };
      await record();
      const handle = page.getByRole('slider', { name: 'Date' });
      const box = (await handle.boundingBox())!;
      const track = (await page.locator('.time-track').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 20);
      await page.mouse.down();
      const firstActors = await drawnActors(page);
      for (let x = box.x - 200; x < track.x + track.width; x += 15) {
        await page.mouse.move(x, box.y + 20);
        await record();
      }
      await page.mouse.up();
      await record();
      // The scrub crossed time in which actors appeared and vanished.
      expect(await drawnActors(page)).not.toEqual(firstActors);
      expect(actorsSeen.size).toBeGreaterThan(firstActors.length);
    },
  },
  {
    name: 'reload restores the view from the URL',
    url: '?date=2026-02-20',
    run: async (page) => {
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.getByRole('checkbox', { name: 'Threat' }).uncheck();
      await page.getByRole('combobox', { name: 'Find an actor' }).fill('qatar');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: '2 hops' }).click();
      const node = await pagePoint(page, 'india');
      await page.mouse.move(node.x, node.y);
      await page.mouse.down();
      await page.mouse.move(node.x + 40, node.y + 30, { steps: 5 });
      await page.mouse.up();
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page).toHaveURL(/theme=dark/);

      const before = await page.evaluate(() => window.__faultline!.view);
      expect(before.date).toBe(day('2026-02-22'));
      expect(before.filters.hiddenTypes).toEqual(['threat']);
      expect(before.focus).toEqual({ id: 'qatar', hops: 2 });
      expect(Object.keys(before.positions)).toEqual(['india']);
      const drawnBefore = await drawnEdges(page);
      const placesBefore = await positions(page);
      const url = page.url();

      await page.reload();
      await expect(page.locator('#root[data-ready="true"]')).toBeAttached();
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => window.__faultline!.view)).toEqual(before);
      expect(await drawnEdges(page)).toEqual(drawnBefore);
      expect(await positions(page)).toEqual(placesBefore);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByText('Focus:')).toContainText('Qatar');

      // Back undoes one meaningful change: the theme.
      await page.goBack();
      await expect.poll(() => page.evaluate(() => window.__faultline!.view.theme)).toBe('light');
      expect(await page.evaluate(() => window.__faultline!.view.focus)).toEqual({ id: 'qatar', hops: 2 });
    },
  },
  {
    name: 'the time bar works from the keyboard alone',
    url: '?date=2026-02-27',
    run: async (page) => {
      const slider = page.getByRole('slider', { name: 'Date' });
      for (let i = 0; i < 80 && !(await slider.evaluate((el) => el === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(slider).toBeFocused();
      const keys: [string, string][] = [
        ['ArrowRight', '28 February 2026'],
        ['ArrowLeft', '27 February 2026'],
        ['Shift+ArrowLeft', '27 January 2026'],
        ['Shift+ArrowRight', '27 February 2026'],
        ['ArrowDown', '26 February 2026'],
      ];
      for (const [key, text] of keys) {
        await page.keyboard.press(key);
        await expect(slider).toHaveAttribute('aria-valuetext', text);
      }
      await expect(page).toHaveURL(/date=2026-02-26/);
      const period = await page.evaluate(() => {
        const s = document.querySelector('[role="slider"]')!;
        return [Number(s.getAttribute('aria-valuemin')), Number(s.getAttribute('aria-valuemax'))];
      });
      await page.keyboard.press('Home');
      await expect(slider).toHaveAttribute('aria-valuenow', String(period[0]));
      await page.keyboard.press('End');
      await expect(slider).toHaveAttribute('aria-valuenow', String(period[1]));
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
      await expect.poll(() => slider.getAttribute('aria-valuenow')).not.toBe(String(period[0]));
      await page.keyboard.press('Space');
      await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
      const drawnAt = await page.evaluate(() => window.__faultline!.view.date);
      expect(drawnAt).toBeGreaterThan(period[0]!);
    },
  },
  {
    name: 'the table view lists the same relations as the graph',
    url: '?date=2026-02-27',
    run: async (page) => {
      await page.getByRole('button', { name: 'Table' }).click();
      const table = page.getByRole('table');
      await expect(table).toBeVisible();
      const rows = () =>
        table
          .locator('tbody tr')
          .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-relation')!).sort());
      expect(await rows()).toEqual(await drawnRelations(page));
      await page.getByRole('checkbox', { name: 'Alleged' }).uncheck();
      await expect.poll(rows).toEqual(await drawnRelations(page));
      // Sorting by type orders the rows by their type's label.
      await page.getByRole('button', { name: 'Type' }).click();
      const types = await table.locator('tbody tr td:nth-child(2)').allTextContents();
      expect(types).toEqual([...types].sort((a, b) => a.localeCompare(b)));
      // A row opens the relation's details, as a click in the graph would.
      await table.locator('tbody tr').first().getByRole('button').click();
      await expect(
        page.getByRole('complementary', { name: 'Legend and details' }).locator('blockquote').first(),
      ).toBeVisible();
    },
  },
  {
    name: 'the Taliban insurgency gives way to the Taliban government in the same place',
    url: '?date=2021-08-13',
    run: async (page) => {
      expect(await drawnActors(page)).toContain('taliban');
      expect(await drawnActors(page)).not.toContain('taliban-government');
      const before = (await positions(page)).taliban;
      const slider = page.getByRole('slider', { name: 'Date' });
      await slider.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect(slider).toHaveAttribute('aria-valuetext', '17 August 2021');
      await expect.poll(() => drawnActors(page)).toContain('taliban-government');
      expect(await drawnActors(page)).not.toContain('taliban');
      // Just beside where the insurgency stood: one place for the eye, apart when a window shows both.
      const after = (await positions(page))['taliban-government']!;
      expect(Math.hypot(after.x - before!.x, after.y - before!.y)).toBeLessThan(50);
    },
  },
];

for (const s of scenarios) {
  test(s.name, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, s.url);
    await s.run(page);
    expect(errors).toEqual([]);
  });
}
