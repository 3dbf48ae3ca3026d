// From drawing to answering, on the bundled dataset: one line per pair and its pair view, comparing two dates,
// the analysis panel (mediators with their reason, the ranking equal to `faultline analyse`), and the lines
// switch that keeps every actor in place.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { drawnEdges, open, positions } from './helpers';

const PAIR = 'pakistan~taliban-government';
const LINE = `pair:${PAIR}:hostile`;

/**
 * A point on an edge's drawn curve, in page pixels, as far as can be from every node (its midpoint may lie under
 * another actor): where a user would click it.
 */
async function clearPointOn(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph').boundingBox())!;
  const p = await page.evaluate((eid) => {
    const cy = window.__faultline!.cy;
    const edge = cy.getElementById(eid);
    const s = edge.renderedSourceEndpoint();
    const t = edge.renderedTargetEndpoint();
    const c = edge.renderedControlPoints()?.[0] ?? { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
    const nodes = cy.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedOuterWidth() / 2 }));
    let best = { x: 0, y: 0 };
    let bestGap = -Infinity;
    for (let k = 1; k < 20; k++) {
      const u = k / 20;
      const q = {
        x: (1 - u) ** 2 * s.x + 2 * u * (1 - u) * c.x + u ** 2 * t.x,
        y: (1 - u) ** 2 * s.y + 2 * u * (1 - u) * c.y + u ** 2 * t.y,
      };
      const gap = Math.min(...nodes.map((n) => Math.hypot(n.p.x - q.x, n.p.y - q.y) - n.r));
      if (gap > bestGap) [best, bestGap] = [q, gap];
    }
    return best;
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Relation ids of the pair, from the model (either direction). */
function pairRelations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const m = window.__faultline!.model;
    const ids = m.edges
      .filter(
        (e) =>
          (e.source === 'pakistan' && e.target === 'taliban-government') ||
          (e.source === 'taliban-government' && e.target === 'pakistan'),
      )
      .map((e) => e.relationId);
    return [...new Set(ids)].sort();
  });
}

test('on 2026-02-27 Pakistan and the Afghan Taliban government are one hostile line whose pair view lists every relation', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  const lines = await page.evaluate(() =>
    window
      .__faultline!.cy.edges()
      .filter((e) => e.data('pair') === 'pakistan~taliban-government')
      .map((e) => ({ id: e.id(), count: e.data('count') as number, hostile: e.hasClass('tone-hostile') })),
  );
  const hostile = lines.filter((l) => l.hostile);
  expect(hostile.map((l) => l.id)).toEqual([LINE]);
  // The line stands for every hostile relation of the pair live that day, and says how many.
  const live = await page.evaluate(() => {
    const f = window.__faultline!;
    return [...f.live.edges].filter((k) => {
      const e = f.model.edgeByKey.get(k)!;
      const pair = [e.source, e.target].sort().join('~');
      return pair === 'pakistan~taliban-government' && e.info.tone === 'hostile';
    }).length;
  });
  expect(live).toBeGreaterThan(10);
  expect(hostile[0]!.count).toBe(live);
  await expect(page.getByTestId('pair-note')).toContainText('One line per pair');

  const at = await clearPointOn(page, LINE);
  await page.mouse.click(at.x, at.y);
  await expect
    .poll(() => page.evaluate(() => window.__faultline!.view.selection))
    .toEqual({
      kind: 'pair',
      id: PAIR,
    });
  await expect(page).toHaveURL(/sel=pair:pakistan~taliban-government/);
  const view = page.getByTestId('pair-view');
  await expect(view.getByRole('heading', { level: 2 })).toHaveText('Pakistan ↔ Afghan Taliban government');
  const listed = await view
    .locator('.pair-relations')
    .last()
    .locator(':scope > li')
    .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-relation')!).sort());
  expect(listed).toEqual(await pairRelations(page));
  await expect(view.getByTestId('pair-stance')).toContainText('hostile');
  // Every listed relation carries its verbatim evidence.
  const quotes = await view.locator('.pair-relations').last().locator('blockquote').count();
  expect(quotes).toBeGreaterThanOrEqual(listed.length);

  // A click on the strip moves the date there; the strip marks the new date.
  const strip = view.getByTestId('stance-strip');
  const box = (await strip.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.1, box.y + 4);
  await expect
    .poll(() => page.evaluate(() => window.__faultline!.view.date))
    .toBeLessThan(Date.UTC(2026, 1, 27));
  const line = (await view.getByTestId('strip-date').boundingBox())!;
  expect(Math.abs(line.x - (box.x + box.width * 0.1))).toBeLessThan(3);
});

test('the pair view opens from an actor: pick the other actor of the pair', async ({ page }) => {
  await open(page, '?date=2026-02-27&sel=actor:qatar');
  await page.getByRole('combobox').filter({ hasText: 'choose an actor' }).selectOption('pakistan');
  await expect(page.getByTestId('pair-view').getByRole('heading', { level: 2 })).toHaveText(
    'Pakistan ↔ Qatar',
  );
  await expect(page).toHaveURL(/sel=pair:pakistan~qatar/);
});

test('comparing 2025-09-01 with 2025-11-01 lists the October 2025 strikes as new and marks them in the graph', async ({
  page,
}) => {
  await open(page, '?date=2025-11-01&side=compare');
  await page.getByLabel('Compare from').fill('2025-09-01');
  await expect(page).toHaveURL(/compare=2025-09-01/);
  const strikes = await page.evaluate(() => {
    const f = window.__faultline!;
    const from = Date.UTC(2025, 9, 1);
    const to = Date.UTC(2025, 10, 1);
    return [
      ...new Set(
        f.model.edges
          .filter(
            (e) =>
              e.type === 'attack' && e.source === 'pakistan' && e.span.start >= from && e.span.start < to,
          )
          .map((e) => e.relationId),
      ),
    ].sort();
  });
  expect(strikes.length).toBeGreaterThan(0);
  const added = page.getByTestId('changes-added');
  for (const id of strikes) await expect(added.locator(`li[data-relation="${id}"]`)).toBeVisible();
  await expect(page.getByTestId('compare-summary')).toContainText('From 1 September 2025 to 1 November 2025');
  await expect(page.getByTestId('changes-note')).toContainText(
    'Changes from 1 September 2025 to 1 November 2025',
  );
  // In the graph: the lines holding them carry the "new" mark, in words too.
  const marked = await page.evaluate((ids) => {
    const f = window.__faultline!;
    return ids.map((id) =>
      f.cy
        .edges()
        .filter((e) =>
          ((e.data('members') as string[] | undefined) ?? []).some(
            (k) => f.model.edgeByKey.get(k)!.relationId === id,
          ),
        )
        .map((e) => ({ added: e.hasClass('added'), label: e.data('label') as string })),
    );
  }, strikes);
  for (const lines of marked) {
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      expect(l.added).toBe(true);
      expect(l.label).toContain('new');
    }
  }
  // A figure exported while comparing says what it shows: the changes from one date to the other.
  const svg = await page.evaluate(async () => {
    const f = await window.__faultline!.export.image({ format: 'svg' });
    return new TextDecoder().decode(f.bytes);
  });
  // Its text, wrapped over lines or not, read in order.
  const words = svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  expect(words).toContain('Changes from 1 September 2025 to 1 November 2025');
  // The evidence of a new relation is a click away.
  const first = added.locator(`li[data-relation="${strikes[0]}"]`);
  await first.locator('summary').click();
  await expect(first.locator('blockquote').first()).toBeVisible();
  // Stop comparing: the marks go.
  await page.getByRole('button', { name: 'Stop comparing' }).click();
  await expect
    .poll(() => page.evaluate(() => window.__faultline!.cy.$('.added, .ended, .flipped').length))
    .toBe(0);
});

test('on 2025-10-19 the analysis panel lists Qatar as a mediator between Pakistan and the Afghan Taliban government, with the reason', async ({
  page,
}) => {
  await open(page, '?date=2025-10-19&side=analysis');
  const qatar = page.getByTestId('mediators').locator('li[data-mediator="qatar"]');
  await expect(qatar).toContainText(
    'mediates between Pakistan and Afghan Taliban government, which are in conflict at this date',
  );
  await expect(page.getByTestId('analysis-series')).toBeVisible();
  // The actor's details say the same.
  await qatar.getByRole('button', { name: 'Qatar' }).click();
  await expect(page.getByTestId('mediator-reasons')).toContainText(
    'Mediates between Pakistan and Afghan Taliban government, which are in conflict at this date',
  );
});

test('the analysis panel ranks actors on 2026-02-27 exactly as `faultline analyse` does', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27&side=analysis');
  const table = page.getByTestId('ranking');
  await expect(table).toBeVisible();
  const more = page.getByRole('button', { name: /^Show all/ });
  if (await more.isVisible()) await more.click();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-actor')!,
        ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent),
      ]),
    );
  // The command as a user runs it (the e2e runner loads no TypeScript from the model itself).
  const run = spawnSync(
    process.execPath,
    ['bin/faultline.mjs', 'analyse', 'graph-data/af-pak.json', '--date', '2026-02-27', '--format', 'json'],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  const out = run.stdout;
  const cli = (
    JSON.parse(out) as {
      ranking: {
        id: string;
        degree: number;
        weightedDegree: number;
        cooperative: number;
        hostile: number;
        betweenness: number;
      }[];
    }
  ).ranking.map((r) => [
    r.id,
    String(r.degree),
    String(r.weightedDegree),
    String(r.cooperative),
    String(r.hostile),
    r.betweenness.toFixed(3),
  ]);
  expect(rows.length).toBeGreaterThan(5);
  expect(rows).toEqual(cli);
});

test('switching between one line per pair and every relation keeps every actor where it is', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  const before = await positions(page);
  const relations = await drawnEdges(page);
  const lines = await page.evaluate(() => window.__faultline!.cy.edges().length);
  await page.getByRole('button', { name: 'Every relation' }).click();
  await expect(page).toHaveURL(/edges=all/);
  await expect.poll(() => page.evaluate(() => window.__faultline!.cy.edges().length)).toBe(relations.length);
  expect(relations.length).toBeGreaterThan(lines);
  expect(await drawnEdges(page)).toEqual(relations);
  expect(await positions(page)).toEqual(before);
  await page.getByRole('button', { name: 'One per pair' }).click();
  await expect.poll(() => page.evaluate(() => window.__faultline!.cy.edges().length)).toBe(lines);
  expect(await positions(page)).toEqual(before);
});
