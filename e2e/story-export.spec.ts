// Story export on the bundled dataset through window.__faultline.export.story: three steps at different dates,
// filters, modes and edge modes, played into a PDF (one page per step, each with its caption, date and cited
// passage as text), a WebM (held 3 × holdSeconds, read from its Duration and by a <video>), a GIF (its frame
// delays add up to the same) and an HTML page opened on its own (plays with Next and the arrow keys, fetches
// nothing, runs no script but its own). The app's view is the same after every export. And the story panel
// saves the bundled story as a PDF and a GIF through its export part.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { gifDelays, gifFrames, pdfTexts, webmDuration, webmFrames } from './file-formats';
import { drawnRelations, open } from './helpers';

const HOSTILE = '<script>window.__pwned = 1</script>';
const CAPTIONS = [
  'Story export caption one.',
  `Caption two shows ${HOSTILE} as text.`,
  'Caption three: **bold** words.',
];
/** The captions as the exports write them: Markdown read to plain text. */
const PLAIN = [CAPTIONS[0]!, CAPTIONS[1]!, 'Caption three: bold words.'];
/** The date words of each step's figure. */
const WHEN = ['15 August 2021', '15 October 2025', '1–27 February 2026'];

/** The three steps, over the app's own filters; the cited relations are the dataset's first two. */
function stepsOf(page: Page) {
  return page.evaluate((captions) => {
    const f = window.__faultline!;
    const [first, second] = f.model.dataset.relations;
    return [
      { state: { date: '2021-08-15' }, caption: captions[0]!, citations: [{ relation: first!.id }] },
      {
        state: { date: '2025-10-15', filters: { ...f.view.filters, hiddenTypes: ['talks', 'mediation'] } },
        caption: captions[1]!,
        citations: [],
      },
      {
        state: {
          date: '2026-02-27',
          mode: 'window' as const,
          window: { from: '2026-02-01', to: '2026-02-27' },
          edgeMode: 'relations' as const,
        },
        caption: captions[2]!,
        citations: [{ relation: second!.id, quote: 0 }],
      },
    ];
  }, CAPTIONS);
}

type Steps = Awaited<ReturnType<typeof stepsOf>>;

async function exported(page: Page, format: 'pdf' | 'gif' | 'html', steps: Steps, holdSeconds = 1) {
  const out = await page.evaluate(
    async ({ format, steps, holdSeconds }) => {
      const file = await window.__faultline!.export.story({ format, steps, holdSeconds });
      return { ...file, bytes: Array.from(file.bytes) };
    },
    { format, steps, holdSeconds },
  );
  return { ...out, bytes: new Uint8Array(out.bytes) };
}

test.describe('story export', () => {
  test.describe.configure({ timeout: 120_000 });

  let before: { view: unknown; relations: string[] };
  test.beforeEach(async ({ page }) => {
    await open(page, '?date=2026-02-27');
    before = {
      view: await page.evaluate(() => window.__faultline!.view),
      relations: await drawnRelations(page),
    };
  });
  test.afterEach(async ({ page }) => {
    // The export showed its steps on the graph and gave it back: the app's view and drawing are as they were.
    expect(await page.evaluate(() => window.__faultline!.view)).toEqual(before.view);
    expect(await drawnRelations(page)).toEqual(before.relations);
  });

  test('a PDF has one page per step, each with its caption, its date and its cited passage', async ({
    page,
  }) => {
    const steps = await stepsOf(page);
    const quotes = await page.evaluate(() => {
      const [first, second] = window.__faultline!.model.dataset.relations;
      return [first!.evidence[0]!.quote, second!.evidence[0]!.quote];
    });
    const file = await exported(page, 'pdf', steps);
    expect(file.fileName).toBe('af-pak_2021-08-15_2026-02-27_story.pdf');
    expect(file.mime).toBe('application/pdf');
    const raw = Buffer.from(file.bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(3);
    expect(raw).toMatch(/\/Type\s*\/Pages[^]*?\/Count 3\b/);
    const texts = pdfTexts(file.bytes);
    for (const caption of PLAIN) expect(texts).toContain(caption);
    for (const [i] of PLAIN.entries()) expect(texts).toContain(`Step ${i + 1} of 3`);
    const joined = texts.join(' ');
    for (const when of WHEN) expect(joined).toContain(when);
    // The cited passages: each quote's opening words (a quote may wrap over lines).
    for (const q of quotes) expect(joined).toContain(q.split(' ').slice(0, 4).join(' '));
    expect(texts.filter((t) => t === 'Cited')).toHaveLength(2);
  });

  test('a WebM lasts three steps of holdSeconds, by its Duration and in a <video>', async ({ page }) => {
    const steps = await stepsOf(page);
    const hold = 1.5;
    const out = await page.evaluate(
      async ({ steps, hold }) => {
        const file = await window.__faultline!.export.story({ format: 'webm', steps, holdSeconds: hold });
        const video = document.createElement('video');
        video.muted = true;
        const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: file.mime }));
        const event = (name: string) =>
          new Promise((resolve) => video.addEventListener(name, resolve, { once: true }));
        const loaded = event('loadedmetadata');
        video.src = url;
        await loaded;
        // A WebM without a Duration element reads as Infinity until a seek past its end makes it known.
        if (!Number.isFinite(video.duration)) {
          const seeked = event('seeked');
          video.currentTime = 1e6;
          await seeked;
        }
        const duration = video.duration;
        URL.revokeObjectURL(url);
        return { bytes: Array.from(file.bytes), seconds: file.seconds, duration, mime: file.mime };
      },
      { steps, hold },
    );
    const bytes = new Uint8Array(out.bytes);
    expect(out.mime).toBe('video/webm');
    expect(out.seconds).toBe(3 * hold);
    // Two frames a second: every step is held in three identical frames.
    expect(webmFrames(bytes)).toBe(3 * hold * 2);
    const frame = 1 / 2;
    expect(Math.abs(webmDuration(bytes)! - 3 * hold)).toBeLessThan(frame);
    expect(Math.abs(out.duration - 3 * hold)).toBeLessThan(frame);
  });

  test('a GIF shows each step once, its delays adding up to three holds', async ({ page }) => {
    const steps = await stepsOf(page);
    const file = await exported(page, 'gif', steps, 2);
    expect(file.mime).toBe('image/gif');
    expect(gifFrames(file.bytes)).toBe(3);
    expect(gifDelays(file.bytes)).toEqual([200, 200, 200]);
    expect(gifDelays(file.bytes).reduce((a, b) => a + b, 0) / 100).toBe(file.seconds);
  });

  test('the HTML page plays offline with Next and the arrow keys and shows markup as text', async ({
    page,
    context,
  }) => {
    const steps = await stepsOf(page);
    const file = await exported(page, 'html', steps);
    expect(file.mime).toBe('text/html');
    const html = new TextDecoder().decode(file.bytes);

    const reader = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    reader.on('request', (r) => requests.push(r.url()));
    reader.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    reader.on('pageerror', (e) => errors.push(e.message));
    await reader.setContent(html, { waitUntil: 'load' });

    const shown = reader.locator('section.step:visible');
    const caption = shown.locator('p.caption');
    await expect(shown).toHaveCount(1);
    await expect(caption).toHaveText(PLAIN[0]!);
    await expect(shown.locator('figure > svg')).toBeVisible();
    await expect(shown.locator('.cited cite')).toHaveCount(1);
    await reader.getByRole('button', { name: 'Next' }).click();
    await expect(caption).toHaveText(PLAIN[1]!);
    await expect(shown.locator('.label')).toHaveText('Step 2 of 3');
    await reader.keyboard.press('ArrowRight');
    await expect(caption).toHaveText(PLAIN[2]!);
    await expect(reader.getByRole('button', { name: 'Next' })).toBeDisabled();
    await reader.keyboard.press('ArrowLeft');
    await expect(caption).toHaveText(PLAIN[1]!);
    // The caption's markup is its text; nothing of it ran.
    expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await reader.locator('script').count()).toBe(1);
    expect(requests.filter((u) => !u.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await reader.close();
  });
});

test.describe('story export from the story panel', () => {
  test.describe.configure({ timeout: 120_000 });

  async function saveFrom(page: Page, format: string, hold?: string) {
    const panel = page.getByTestId('story-panel');
    await panel.getByLabel('Story format').selectOption(format);
    if (hold !== undefined) await panel.getByLabel('Seconds per step').fill(hold);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      panel.getByRole('button', { name: 'Export story' }).click(),
    ]);
    await expect(panel.getByRole('status')).toHaveText(`Saved ${download.suggestedFilename()}`);
    return {
      name: download.suggestedFilename(),
      bytes: new Uint8Array(await readFile(await download.path())),
    };
  }

  test('saves the bundled story as a PDF of one page per step and as a GIF held as chosen', async ({
    page,
  }) => {
    await open(page, '?story=from-kabul-to-open-war');
    const story = await page.evaluate(() => {
      const s = window.__faultline!.model.dataset.stories!.find((t) => t.id === 'from-kabul-to-open-war')!;
      return { title: s.title, steps: s.steps.length, first: s.steps[0]!.view.date };
    });
    // The reader has arrived at the first step before anything is exported.
    await expect
      .poll(() => page.evaluate(() => new Date(window.__faultline!.view.date!).toISOString().slice(0, 10)))
      .toBe(story.first);
    const view = await page.evaluate(() => window.__faultline!.view);
    const panel = page.getByTestId('story-panel');
    await panel.getByText('Export story as GIF / WebM / PDF / HTML').click();
    await expect(panel.getByLabel('Seconds per step')).toHaveCount(0);

    const pdf = await saveFrom(page, 'pdf');
    expect(pdf.name).toMatch(/^af-pak_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}_story\.pdf$/);
    const raw = Buffer.from(pdf.bytes).toString('latin1');
    expect(raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(story.steps);
    const texts = pdfTexts(pdf.bytes);
    expect(texts).toContain(story.title);
    for (let i = 1; i <= story.steps; i++) expect(texts).toContain(`Step ${i} of ${story.steps}`);

    const gif = await saveFrom(page, 'gif', '1');
    expect(gifDelays(gif.bytes)).toEqual(Array.from({ length: story.steps }, () => 100));
    // The app's view did not move.
    expect(await page.evaluate(() => window.__faultline!.view)).toEqual(view);
  });
});
