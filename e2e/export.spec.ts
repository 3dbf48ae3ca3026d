// Export from the UI, one row per kind of file: open the explorer at a date, set the export dialog as a user
// would, click, and check the downloaded file itself: its name, its signature, and what it holds (PNG pixel
// size, the figure's text in SVG and PDF, the frames of a GIF or a WebM). Plus the URL-triggered export, the
// view's dimming and selection in the picture, and cancelling a recording.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ACTOR_KIND_INFO } from '../src/model/dataset/vocabulary';
import { allElements, parseXml } from '../src/io/xml/tree';
import { gifFrames, pdfTexts, pngSize, startsWith, webmFrames } from './file-formats';
import { open } from './helpers';

const SNAPSHOT = '?date=2026-02-27';

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function downloaded(page: Page, act: () => Promise<void>, timeout = 60_000) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), act()]);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(await readFile(await download.path())) };
}

/** The figure's own size in CSS pixels, as the exporter lays it out for the current view. */
function figureSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(async () => {
    const f = await window.__faultline!.export.image({ format: 'svg' });
    return { width: f.width, height: f.height };
  });
}

/** What a reader must find as text: the title, the date and the legend label of every kind and type drawn. */
async function expectedTexts(page: Page): Promise<string[]> {
  const drawn = await page.evaluate(() => {
    const h = window.__faultline!;
    const kinds = new Set(h.cy.nodes().map((n) => h.model.actors.get(n.id())!.actor.kind));
    const keys = h.cy
      .edges()
      .map((e) => (e.data('members') as string[] | undefined) ?? [e.id()])
      .flat();
    const types = new Set(keys.map((k) => h.model.edgeByKey.get(k)!.type));
    return {
      title: h.model.dataset.title,
      kinds: [...kinds],
      types: [...types].map((t) => h.model.relationTypes.get(t)!.label),
    };
  });
  expect(drawn.kinds.length).toBeGreaterThan(0);
  expect(drawn.types.length).toBeGreaterThan(0);
  return [drawn.title, ...drawn.kinds.map((k) => ACTOR_KIND_INFO[k].label), ...drawn.types];
}

const svgTexts = (bytes: Uint8Array) =>
  allElements(parseXml(new TextDecoder().decode(bytes)))
    .filter((e) => e.name === 'text')
    .map((e) => e.text);

interface Row {
  readonly name: string;
  readonly query: string;
  readonly set: (dialog: Locator) => Promise<void>;
  readonly button: string;
  readonly file: string;
  readonly check: (bytes: Uint8Array, page: Page) => Promise<void>;
}

const imageFormat = (format: string) => async (d: Locator) => {
  await d.getByLabel('Image format').selectOption(format);
};

const ROWS: readonly Row[] = [
  {
    name: 'PNG at 1×',
    query: SNAPSHOT,
    set: async (d) => {
      await imageFormat('png')(d);
      await d.getByLabel('Scale').selectOption('1');
    },
    button: 'Download image',
    file: 'af-pak_2026-02-27.png',
    check: async (bytes, page) => expect(pngSize(bytes)).toEqual(await figureSize(page)),
  },
  {
    name: 'PNG at 2×',
    query: SNAPSHOT,
    set: async (d) => {
      await imageFormat('png')(d);
      await d.getByLabel('Scale').selectOption('2');
    },
    button: 'Download image',
    file: 'af-pak_2026-02-27.png',
    check: async (bytes, page) => {
      const base = await figureSize(page);
      expect(pngSize(bytes)).toEqual({ width: base.width * 2, height: base.height * 2 });
    },
  },
  {
    name: 'PNG at a chosen width',
    query: SNAPSHOT,
    set: async (d) => {
      await imageFormat('png')(d);
      await d.getByLabel('or width in pixels').fill('1500');
    },
    button: 'Download image',
    file: 'af-pak_2026-02-27.png',
    check: async (bytes, page) => {
      const base = await figureSize(page);
      expect(pngSize(bytes)).toEqual({ width: 1500, height: Math.round((base.height * 1500) / base.width) });
    },
  },
  {
    name: 'JPEG',
    query: SNAPSHOT,
    set: imageFormat('jpeg'),
    button: 'Download image',
    file: 'af-pak_2026-02-27.jpg',
    check: (bytes) => Promise.resolve(expect(startsWith(bytes, 0xff, 0xd8, 0xff)).toBe(true)),
  },
  {
    name: 'SVG with its text as text',
    query: SNAPSHOT,
    set: async (d) => {
      await imageFormat('svg')(d);
      await d.getByRole('textbox', { name: 'Caption' }).fill('Strikes & talks <before> the ceasefire');
    },
    button: 'Download image',
    file: 'af-pak_2026-02-27.svg',
    check: async (bytes, page) => {
      const texts = svgTexts(bytes);
      for (const t of await expectedTexts(page)) expect(texts).toContain(t);
      expect(texts).toContain('Strikes & talks <before> the ceasefire');
      expect(texts.some((t) => t.startsWith('27 February 2026'))).toBe(true);
    },
  },
  {
    name: 'SVG of a window, named by its first and last day',
    query: '?date=2026-04-13&mode=window&from=2025-10-01&to=2026-04-13',
    set: imageFormat('svg'),
    button: 'Download image',
    file: 'af-pak_2025-10-01_2026-04-13.svg',
    check: (bytes) => {
      expect(svgTexts(bytes).some((t) => t.startsWith('1 October 2025 – 13 April 2026 · window'))).toBe(true);
      return Promise.resolve();
    },
  },
  {
    name: 'PDF holding the same text',
    query: SNAPSHOT,
    set: imageFormat('pdf'),
    button: 'Download image',
    file: 'af-pak_2026-02-27.pdf',
    check: async (bytes, page) => {
      expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
      const texts = pdfTexts(bytes);
      for (const t of await expectedTexts(page)) expect(texts).toContain(t);
      expect(texts.some((t) => t.startsWith('27 February 2026'))).toBe(true);
    },
  },
  {
    name: 'GIF, one frame per week asked for',
    query: SNAPSHOT,
    set: async (d) => {
      await d.getByLabel('Animation format').selectOption('gif');
      await d.getByLabel('From', { exact: true }).fill('2026-01-01');
      await d.getByLabel('To', { exact: true }).fill('2026-02-26');
      await d.getByLabel('Step').selectOption('week');
      await d.getByLabel('Frame width in pixels').fill('640');
    },
    button: 'Record animation',
    file: 'af-pak_2026-01-01_2026-02-26.gif',
    // 1, 8, 15, 22, 29 January; 5, 12, 19, 26 February.
    check: (bytes) => Promise.resolve(expect(gifFrames(bytes)).toBe(9)),
  },
  {
    name: 'WebM, one video frame per day asked for',
    query: SNAPSHOT,
    set: async (d) => {
      await d.getByLabel('Animation format').selectOption('webm');
      await d.getByLabel('From', { exact: true }).fill('2026-02-20');
      await d.getByLabel('To', { exact: true }).fill('2026-02-27');
      await d.getByLabel('Step').selectOption('day');
      await d.getByLabel('Frame width in pixels').fill('640');
    },
    button: 'Record animation',
    file: 'af-pak_2026-02-20_2026-02-27.webm',
    check: (bytes) => {
      expect(startsWith(bytes, 0x1a, 0x45, 0xdf, 0xa3)).toBe(true);
      expect(webmFrames(bytes)).toBe(8);
      return Promise.resolve();
    },
  },
  ...(
    [
      ['json', 'view', 'af-pak_2026-02-27.json'],
      ['gexf', 'view', 'af-pak_2026-02-27.gexf'],
      ['graphml', 'view', 'af-pak_2026-02-27.graphml'],
      ['csv', 'view', 'af-pak_2026-02-27-csv.zip'],
      ['cyjs', 'view', 'af-pak_2026-02-27.cyjs'],
      ['json', 'dataset', 'af-pak.json'],
    ] as const
  ).map(([format, scope, file]): Row => ({
    name: `data: ${format} of the ${scope}`,
    query: SNAPSHOT,
    set: async (d) => {
      await d.getByLabel('Data format').selectOption(format);
      await d.getByLabel(scope === 'view' ? 'This view' : 'Whole dataset').check();
    },
    button: 'Download data',
    file,
    check: (bytes) => Promise.resolve(expect(bytes.length).toBeGreaterThan(100)),
  })),
  ...(['gexf', 'graphml'] as const).map((format): Row => ({
    name: `data: ${format} of the whole dataset as an undirected graph`,
    query: SNAPSHOT,
    set: async (d) => {
      await d.getByLabel('Data format').selectOption(format);
      await d.getByLabel('Graph direction').selectOption('undirected');
      await d.getByLabel('Whole dataset').check();
    },
    button: 'Download data',
    file: `af-pak.${format}`,
    check: (bytes) => {
      const text = new TextDecoder().decode(bytes);
      // The bundled dataset has directed relations: by default its graph is directed (docs/export.md).
      const attribute = format === 'gexf' ? 'defaultedgetype' : 'edgedefault';
      expect(text).toContain(`${attribute}="undirected"`);
      expect(text).toContain('evidence_json');
      return Promise.resolve();
    },
  })),
];

for (const row of ROWS) {
  test(`export: ${row.name}`, async ({ page }) => {
    await open(page, row.query);
    const dialog = await openDialog(page);
    await row.set(dialog);
    const file = await downloaded(page, () => dialog.getByRole('button', { name: row.button }).click());
    expect(file.name).toBe(row.file);
    await row.check(file.bytes, page);
    await expect(dialog.getByRole('status')).toContainText(`Saved ${row.file}`);
  });
}

test('export named in the URL downloads on load', async ({ page }) => {
  const file = await downloaded(page, () => open(page, '?date=2026-02-27&export=png&scale=2&bg=dark'));
  expect(file.name).toBe('af-pak_2026-02-27.png');
  const base = await figureSize(page);
  expect(pngSize(file.bytes)).toEqual({ width: base.width * 2, height: base.height * 2 });
  // Done once: the address no longer asks for the export (a reload would not download it again), the view stays.
  await expect(page).not.toHaveURL(/export=|scale=|bg=/);
  await expect(page).toHaveURL(/date=2026-02-27/);
});

test('the picture carries the view’s dimming and selection', async ({ page }) => {
  const opacities = async () => {
    const svg = await page.evaluate(async () => {
      const f = await window.__faultline!.export.image({ format: 'svg' });
      return new TextDecoder().decode(f.bytes);
    });
    return new Set([...svg.matchAll(/(?:fill|stroke)-opacity="([0-9.]+)"/g)].map((m) => m[1]));
  };
  await open(page, SNAPSHOT);
  const plain = await opacities();
  await open(page, `${SNAPSHOT}&focus=qatar&hops=1&sel=actor:pakistan`);
  const marked = await opacities();
  // The stylesheet dims with opacity 0.12 and underlays the selection at 0.18.
  expect([...plain]).not.toContain('0.12');
  expect([...plain]).not.toContain('0.18');
  expect([...marked]).toContain('0.12');
  expect([...marked]).toContain('0.18');
});

const STOPS: readonly [string, (dialog: Locator, page: Page) => Promise<void>][] = [
  ['Cancel', (dialog) => dialog.getByRole('button', { name: 'Cancel' }).click()],
  ['closing the dialog', (dialog) => dialog.getByRole('button', { name: 'Close export' }).click()],
];

for (const [how, stop] of STOPS) {
  test(`${how} stops a recording, saves nothing and puts the view back`, async ({ page }) => {
    await open(page, SNAPSHOT);
    const before = await page.evaluate(() => window.__faultline!.view.date);
    const dialog = await openDialog(page);
    await dialog.getByLabel('From', { exact: true }).fill('2025-01-01');
    await dialog.getByLabel('To', { exact: true }).fill('2026-02-27');
    await dialog.getByLabel('Step').selectOption('day');
    let downloads = 0;
    page.on('download', () => downloads++);
    await dialog.getByRole('button', { name: 'Record animation' }).click();
    const progress = dialog.getByLabel('Recording progress');
    await expect(progress).toBeVisible();
    await expect.poll(() => progress.evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(1);
    await stop(dialog, page);
    // The view goes back to where it was once the recording has stopped between two frames.
    await expect.poll(() => page.evaluate(() => window.__faultline!.view.date)).toBe(before);
    if (how === 'Cancel') {
      await expect(dialog.getByRole('status')).toHaveText('Cancelled.');
      await expect(progress).toBeHidden();
    } else await expect(dialog).toBeHidden();
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
  });
}
