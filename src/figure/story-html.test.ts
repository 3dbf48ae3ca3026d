import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allElements, parseXml } from '../io/xml/tree';
import { inlineSvg, storyHtml, type HtmlStory } from './story-html';

const FIGURE = (label: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><defs><clipPath id="Ab"><rect width="5" height="5"/></clipPath></defs><g clip-path="url(#Ab)"><text>${label}</text></g><use href="#Ab"/></svg>\n`;

const HOSTILE = '<script>alert(1)</script>';

const story = (over: Partial<HtmlStory> = {}): HtmlStory => ({
  title: `Kabul & ${HOSTILE}`,
  colours: { background: '#ffffff', text: '#1d1d1f' },
  steps: [
    {
      svg: FIGURE('Alpha &amp; &lt;script&gt;'),
      label: 'Step 1 of 2',
      paragraphs: [`The caption ${HOSTILE}`, 'Second "paragraph"'],
      cited: [{ quote: `A quote ${HOSTILE}`, source: `Source <img src=x onerror=alert(1)>` }],
    },
    { svg: FIGURE('Beta'), label: 'Step 2 of 2', paragraphs: ['Next'], cited: [] },
  ],
  ...over,
});

describe('the story as an HTML page', () => {
  it('carries text from the story and the dataset as text, never as markup', async () => {
    const html = await storyHtml(story());
    // The one script element is the page's own, at its end.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('</main>'));
    expect(html).not.toMatch(/<img\b/);
    expect(html).toContain('The caption &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<title>Kabul &amp; &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<cite>Source &lt;img src=x onerror=alert(1)&gt;</cite>');
    expect(html).toContain('Second &quot;paragraph&quot;');
  });

  it('fetches nothing: no URL outside the page, and a policy allowing only its own script by hash', async () => {
    const html = await storyHtml(story());
    expect(html).not.toMatch(/(?:src|href)="(?!#|data:)/);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/(?:2000\/svg|1999\/xlink))/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([^]*)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it('shows the first step and hides the others until the script moves on', async () => {
    const html = await storyHtml(story());
    const sections = [...html.matchAll(/<section class="step" id="(step-\d)"[^>]*>/g)];
    expect(sections.map((m) => m[1])).toEqual(['step-1', 'step-2']);
    expect(sections.map((m) => m[0].includes(' hidden'))).toEqual([false, true]);
    expect(html).toContain('<span id="at">1</span> / 2');
  });

  it('refuses colours that are not colours', async () => {
    const html = await storyHtml(story({ colours: { background: 'red;}</style><script>', text: '#000' } }));
    expect(html).toContain('--bg:#ffffff;--fg:#000');
    expect(html.match(/<script\b/g)).toHaveLength(1);
  });
});

describe('a figure inlined in the page', () => {
  it('drops the XML declaration and gives its ids and their references the step prefix', () => {
    const svg = inlineSvg(FIGURE('x'), 's2');
    expect(svg.startsWith('<svg')).toBe(true);
    const root = parseXml(svg);
    const ids = allElements(root).flatMap((e) => e.attributes.get('id') ?? []);
    expect(ids).toEqual(['s2-Ab']);
    expect(svg).toContain('clip-path="url(#s2-Ab)"');
    expect(svg).toContain('href="#s2-Ab"');
  });
});
