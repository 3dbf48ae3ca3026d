// The time bar and the fitted view (issue 16): the bundled dataset opens on its own date with the crisis in view,
// the counter agrees with the table, window handles hold, play keeps its speed, the graph fits its canvas, the
// header keeps its controls, and imprecise relations show as such. Each test drives the built app through the
// ready signal and the test hook.
import { expect, test, type Page } from '@playwright/test';
import { drawnRelations, open } from './helpers';

interface SmallRelation {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly when: string;
}

/** A small valid Faultline dataset the test makes up (its source and quotes are invented for the test). */
function smallDataset(id: string, title: string, relations: readonly SmallRelation[]): string {
  const actors = [...new Set(relations.flatMap((r) => [r.source, r.target]))];
  return JSON.stringify({
    format: 'faultline-dataset/1',
    id,
    title,
    description: 'A dataset made up by an end-to-end test.',
    sources: [{ id: 'made-up', title: 'A made-up source', published: '2026-01-01' }],
    actors: actors.map((a) => ({
      id: a,
      label: a.toUpperCase(),
      kind: 'state',
      description: 'A made-up state.',
    })),
    relations: relations.map((r) => ({
      ...r,
      summary: `${r.source} and ${r.target}: ${r.type}.`,
      status: 'reported',
      evidence: [{ source: 'made-up', quote: `A made-up passage about ${r.id}.` }],
    })),
  });
}

/** Imports a Faultline JSON text by dropping it on the page, opens it, and waits for the explorer to show it. */
async function importDataset(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate(
    ({ name, text }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'application/json' }));
      const target = document.querySelector('.graph-panel')!;
      target.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { name: `${id}.json`, text },
  );
  await page
    .getByRole('dialog', { name: 'Import data' })
    .getByRole('button', { name: 'Open', exact: true })
    .click();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.getElementById('root')?.dataset.ready === 'true' && window.__faultline?.model.dataset.id,
      ),
    )
    .toBe(id);
}

/** Waits until neither the viewport nor any node is animating (a layout change glides, and so does a fit). */
async function settled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const cy = window.__faultline!.cy;
        return cy.animated() || cy.nodes(':animated').length > 0;
      }),
    )
    .toBe(false);
}

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

test('window mode: the handles stand apart and cannot cross, a typed start moves the start, keys move each end', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  await page.getByRole('group', { name: 'Time mode' }).getByRole('button', { name: 'Window' }).click();
  const start = page.getByRole('slider', { name: 'Window start' });
  const end = page.getByRole('slider', { name: 'Window end' });
  const windowNow = () =>
    page.evaluate(() => {
      const w = window.__faultline!.view.window!;
      return [new Date(w.from).toISOString().slice(0, 10), new Date(w.to).toISOString().slice(0, 10)];
    });
  await expect.poll(windowNow).toEqual(['2026-02-20', '2026-02-27']);
  const a = (await start.boundingBox())!;
  const b = (await end.boundingBox())!;
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + 0.5);

  // Drag the start well past the end: the window keeps two days, the start's handle stays left of the end's.
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 80, a.y + a.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(windowNow).toEqual(['2026-02-26', '2026-02-27']);
  const a2 = (await start.boundingBox())!;
  const b2 = (await end.boundingBox())!;
  expect(a2.x + a2.width).toBeLessThanOrEqual(b2.x + 0.5);

  // A typed start moves the start alone.
  await page.getByLabel('Window starts on').fill('2026-01-15');
  await expect.poll(windowNow).toEqual(['2026-01-15', '2026-02-27']);
  await expect(page).toHaveURL(/from=2026-01-15&to=2026-02-27/);
  // A start typed after the end stops a day before it.
  await page.getByLabel('Window starts on').fill('2026-03-20');
  await expect.poll(windowNow).toEqual(['2026-02-26', '2026-02-27']);
  await page.getByLabel('Window starts on').fill('2026-01-15');

  // Keys move each end by the step unit (a day).
  await start.focus();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(windowNow).toEqual(['2026-01-14', '2026-02-27']);
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(windowNow).toEqual(['2026-01-14', '2026-02-25']);
});

/** Records every view-state change in the page, with its time: [ms since recording began, date, window]. */
function recordSteps(page: Page): Promise<void> {
  return page.evaluate(() => {
    const f = window.__faultline!;
    const log: [number, number, number | null, number | null][] = [];
    (window as unknown as { __steps: typeof log }).__steps = log;
    f.store.subscribe(() => {
      const s = f.store.get();
      log.push([performance.now(), s.date!, s.window?.from ?? null, s.window?.to ?? null]);
    });
  });
}

function steps(page: Page): Promise<[number, number, number | null, number | null][]> {
  return page.evaluate(
    () => (window as unknown as { __steps: [number, number, number | null, number | null][] }).__steps,
  );
}

test('play at 4 steps a second advances 4 days in one second (± one)', async ({ page }) => {
  await open(page, '?date=2025-01-01');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await recordSteps(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect.poll(async () => (await steps(page)).length).toBeGreaterThanOrEqual(7);
  const log = await steps(page);
  const [t0, d0] = log[0]!;
  const within = log.filter(([t]) => t <= t0 + 1000);
  const advanced = (within[within.length - 1]![1] - d0) / 86_400_000;
  expect(advanced).toBeGreaterThanOrEqual(3);
  expect(advanced).toBeLessThanOrEqual(5);
  // Play lasts months from here: the button is still Pause, and pausing stops the steps.
  await page.getByRole('button', { name: 'Pause' }).click();
  const stoppedAt = (await steps(page)).length;
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect((await steps(page)).length).toBe(stoppedAt);
});

test('in window mode play sweeps the window from its start and stops at its end', async ({ page }) => {
  await open(page, '?date=2026-02-27&mode=window&from=2026-02-20&to=2026-02-27');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await recordSteps(page);
  await page.getByRole('button', { name: 'Play' }).click();
  const day = (ms: number | null) => new Date(ms!).toISOString().slice(0, 10);
  const windows = async () => (await steps(page)).map(([, , from, to]) => `${day(from)}/${day(to)}`);
  // The sweep ends on the window as it was chosen, and play stops there by itself: the button says Play again.
  await expect.poll(async () => (await windows()).at(-1)).toBe('2026-02-20/2026-02-27');
  await expect(page.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-pressed', 'false');
  const seen = await windows();
  expect(seen[0]).toBe('2026-02-20/2026-02-21');
  expect(seen.every((w) => w.startsWith('2026-02-20/'))).toBe(true);
  const ends = seen.map((w) => w.slice(11));
  expect(ends).toEqual([...ends].sort());
  expect(new Set(ends).size).toBe(ends.length);
  await page.waitForFunction(() => new Promise((r) => setTimeout(() => requestAnimationFrame(r), 300)));
  expect(await windows()).toEqual(seen);
});

test('the view fits: after switching to the grouped layout, after a resize, and on F without moving a node', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('kind');
  await expect.poll(() => page.evaluate(() => window.__faultline!.view.layout)).toBe('kind');
  await settled(page);
  expect(await actorsOutsideCanvas(page)).toEqual([]);
  await page.setViewportSize({ width: 1100, height: 640 });
  await expect.poll(() => page.evaluate(() => window.__faultline!.cy.width())).toBeLessThan(700);
  await settled(page);
  expect(await actorsOutsideCanvas(page)).toEqual([]);
  // Zoom in far, then F: everything is back in view and no actor has moved in the layout.
  const placesBefore = await page.evaluate(() =>
    window
      .__faultline!.cy.nodes()
      .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`),
  );
  await page.evaluate(() => {
    const cy = window.__faultline!.cy;
    cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
  });
  expect((await actorsOutsideCanvas(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('f');
  await expect.poll(() => actorsOutsideCanvas(page)).toEqual([]);
  await settled(page);
  const placesAfter = await page.evaluate(() =>
    window
      .__faultline!.cy.nodes()
      .map((n) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`),
  );
  expect(placesAfter).toEqual(placesBefore);
  // The Fit button does the same.
  await page.evaluate(() => {
    window.__faultline!.cy.zoom({ level: 3, renderedPosition: { x: 0, y: 0 } });
  });
  await page.getByRole('button', { name: 'Fit', exact: true }).click();
  await expect.poll(() => actorsOutsideCanvas(page)).toEqual([]);
});

test('at 1280×720 a 200-character title is ellipsised and Export stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '?date=2026-02-27');
  const title = `A very long dataset title ${'that goes on and on '.repeat(10)}`.slice(0, 200);
  expect(title).toHaveLength(200);
  await importDataset(
    page,
    'long-title',
    smallDataset('long-title', title, [
      { id: 'a-b-talks', type: 'talks', source: 'a', target: 'b', when: '2025-06-01' },
    ]),
  );
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeVisible();
  const box = (await exportButton.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expect(page.locator('.dataset-title')).toHaveAttribute('title', title);
  // Every control of the header and of the time bar stands inside the 1280×720 window.
  const outside = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'header button, header select, .time-bar button, .time-bar select',
      ),
    ]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < 0 || r.top < 0 || r.right > window.innerWidth || r.bottom > window.innerHeight;
      })
      .map((el) => el.textContent ?? el.getAttribute('aria-label')),
  );
  expect(outside).toEqual([]);
});

test('an event known only as "2023" is not live on 1 June 2023 with "whole span", and is drawn imprecise with "always"', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  await importDataset(
    page,
    'imprecise-2023',
    smallDataset('imprecise-2023', 'Imprecise dates', [
      { id: 'a-attacks-b-2023', type: 'attack', source: 'a', target: 'b', when: '2023' },
      { id: 'a-b-talks-2023-05-20', type: 'talks', source: 'a', target: 'c', when: '2023-05-20' },
    ]),
  );
  await open(page, '?dataset=local:imprecise-2023&date=2023-06-01&edges=all&imprecise=whole-span');
  expect(await drawnRelations(page)).toEqual(['a-b-talks-2023-05-20']);
  // The same view with "always": the 2023 attack is live (its span meets the view) and drawn as imprecise; the
  // talks, dated to the day, are not.
  await page.getByRole('combobox', { name: 'Show imprecise events' }).selectOption('always');
  await expect(page).not.toHaveURL(/imprecise=/);
  await expect.poll(() => drawnRelations(page)).toEqual(['a-attacks-b-2023', 'a-b-talks-2023-05-20']);
  const classes = await page.evaluate(() => {
    const cy = window.__faultline!.cy;
    return [cy.getElementById('a-attacks-b-2023'), cy.getElementById('a-b-talks-2023-05-20')].map((e) =>
      e.hasClass('imprecise'),
    );
  });
  expect(classes).toEqual([true, false]);
  // One line per pair: the attack's pair line is imprecise too (its only member is).
  await page.getByRole('button', { name: 'One per pair' }).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window
          .__faultline!.cy.edges('.imprecise')
          .map((e) => e.id())
          .sort(),
      ),
    )
    .toEqual(['pair:a~b:hostile']);
  await expect(page.getByText('imprecise', { exact: true })).toBeVisible();
});

test('the time bar: an overview of the whole period, presets, fit to data, and a click on the overview moving the detail axis', async ({
  page,
}) => {
  await open(page, '?date=2026-02-27');
  const brush = page.locator('.overview-brush');
  const span = async () => {
    const [from, to] = await Promise.all([brush.getAttribute('data-from'), brush.getAttribute('data-to')]);
    return (Number(to) - Number(from)) / 86_400_000;
  };
  const ticks = () => page.locator('.time-track svg text').allTextContents();
  const zoom = page.getByRole('group', { name: 'Zoom the time axis' });
  await zoom.getByRole('button', { name: 'All' }).click();
  const all = await span();
  expect(all).toBeGreaterThan(20 * 365);
  await expect
    .poll(async () => (await ticks()).filter((t) => /^\d{4}$/.test(t)).length)
    .toBeGreaterThanOrEqual(4);
  await zoom.getByRole('button', { name: 'Last year' }).click();
  await expect.poll(span).toBeGreaterThan(364);
  expect(await span()).toBeLessThan(368);
  await expect
    .poll(async () =>
      (await ticks()).some((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t)),
    )
    .toBe(true);
  await zoom.getByRole('button', { name: '5 years' }).click();
  await expect.poll(span).toBeGreaterThan(5 * 365 - 1);
  await zoom.getByRole('button', { name: 'Fit to data' }).click();
  const data = await span();
  expect(data).toBeLessThan(all);
  // A click at the overview's left quarter moves the detail axis there, with the same zoom.
  await zoom.getByRole('button', { name: 'Last year' }).click();
  const before = Number(await brush.getAttribute('data-from'));
  const strip = (await page.locator('.time-overview').boundingBox())!;
  await page.mouse.click(strip.x + strip.width * 0.25, strip.y + 8);
  await expect
    .poll(async () => Number(await brush.getAttribute('data-from')))
    .toBeLessThan(before - 5 * 365 * 86_400_000);
  expect(Math.round(await span())).toBeGreaterThan(364);
});

test('"/" goes to the search field and "?" shows the keyboard shortcuts', async ({ page }) => {
  await open(page, '?date=2026-02-27');
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Find an actor' })).toBeFocused();
  // Typed into the field, "?" and "f" are text, not shortcuts.
  await page.keyboard.type('?f');
  await expect(page.getByRole('combobox', { name: 'Find an actor' })).toHaveValue('?f');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Fit the graph to the view');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});
