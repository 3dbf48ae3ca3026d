// A story as one self-contained HTML page that plays offline: every step's figure inline as SVG, its caption
// and cited passages as text, and a small inline script for Previous / Next and the arrow keys. Nothing is
// fetched: no external URL, and a Content-Security-Policy that allows only the page's own script (by its hash)
// and data: images. Every text from the dataset or the story is escaped; a caption holding `<script>` shows it.
// Pure apart from the digest of the script (Web Crypto, in browsers and Node alike).
import { escapeXml } from '../io/xml';
import type { CitedPassage } from './story-step';

export interface HtmlStep {
  /** The step's composed figure (an SVG document). */
  readonly svg: string;
  readonly label: string;
  /** The caption's paragraphs as plain text. */
  readonly paragraphs: readonly string[];
  readonly cited: readonly CitedPassage[];
}

export interface HtmlStory {
  readonly title: string;
  /** The page's colours: those of the figures' background and text. */
  readonly colours: { readonly background: string; readonly text: string };
  readonly steps: readonly HtmlStep[];
}

const SCRIPT = `(function () {
  var steps = document.querySelectorAll('section.step');
  var prev = document.getElementById('prev');
  var next = document.getElementById('next');
  var at = document.getElementById('at');
  var i = 0;
  function go(n) {
    i = Math.max(0, Math.min(steps.length - 1, n));
    steps.forEach(function (s, k) { s.hidden = k !== i; });
    at.textContent = String(i + 1);
    prev.disabled = i === 0;
    next.disabled = i === steps.length - 1;
  }
  prev.addEventListener('click', function () { go(i - 1); });
  next.addEventListener('click', function () { go(i + 1); });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowRight') go(i + 1);
    else if (e.key === 'ArrowLeft') go(i - 1);
  });
  go(0);
})();`;

const STYLE = `body{margin:0;font-family:Helvetica,Arial,sans-serif;background:var(--bg);color:var(--fg)}
header,main,nav{max-width:1100px;margin:0 auto;padding:0 16px}
h1{font-size:1.4rem;margin:16px 0 4px}
figure{margin:0}figure svg{max-width:100%;height:auto;display:block}
.label{font-weight:bold}.cited{font-size:.9rem;opacity:.8}
nav{display:flex;gap:12px;align-items:center;padding:12px 16px 24px}
button{font:inherit;padding:6px 14px}`;

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let binary = '';
  for (const b of new Uint8Array(digest)) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * The figure's SVG ready to sit in the page: no XML declaration, and its ids (clip paths, gradients) prefixed
 * by the step so no two steps' references meet.
 */
export function inlineSvg(svg: string, prefix: string): string {
  return svg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, `$1="#${prefix}-$2"`)
    .trim();
}

function stepSection(step: HtmlStep, index: number): string {
  const cited = step.cited.length
    ? `<h2>Cited</h2><ul class="cited">${step.cited
        .map((c) => `<li><q>${escapeXml(c.quote)}</q> — <cite>${escapeXml(c.source)}</cite></li>`)
        .join('')}</ul>`
    : '';
  return [
    `<section class="step" id="step-${index + 1}" aria-label="${escapeXml(step.label)}"${index === 0 ? '' : ' hidden'}>`,
    `<figure>${inlineSvg(step.svg, `s${index + 1}`)}</figure>`,
    `<p class="label">${escapeXml(step.label)}</p>`,
    ...step.paragraphs.map((p) => `<p class="caption">${escapeXml(p)}</p>`),
    cited,
    '</section>',
  ].join('\n');
}

export async function storyHtml(story: HtmlStory): Promise<string> {
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${await sha256Base64(SCRIPT)}'`,
    // Inline SVG carries presentation attributes; styles cannot fetch anything under default-src 'none'.
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const hex = (c: string, fallback: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : fallback);
  const colours = `--bg:${hex(story.colours.background, '#ffffff')};--fg:${hex(story.colours.text, '#1d1d1f')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeXml(story.title)}</title>`,
    `<style>:root{${colours}}\n${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escapeXml(story.title)}</h1></header>`,
    '<main>',
    ...story.steps.map(stepSection),
    '</main>',
    `<nav><button id="prev" type="button">Previous</button><span><span id="at">1</span> / ${story.steps.length}</span><button id="next" type="button">Next</button></nav>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
