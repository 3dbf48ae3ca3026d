// The caption renderer builds React elements from the Markdown tree only: markup in a caption is shown as the
// characters it is, never as HTML, and links are not live.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StoryCaption } from './StoryCaption';

const html = (text: string) => renderToStaticMarkup(<StoryCaption text={text} />);

describe('StoryCaption', () => {
  it.each([
    ['a script element', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['an image with a handler', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['markup inside emphasis', '*<b>bold</b>*', '<em>&lt;b&gt;bold&lt;/b&gt;</em>'],
    ['an entity', '&amp; &lt;', '&amp;amp; &amp;lt;'],
  ])('shows %s as text', (_name, input, escaped) => {
    const out = html(input);
    expect(out).toContain(escaped);
    expect(out).not.toMatch(/<(script|img|b)\b/);
  });

  it('renders paragraphs, lists, emphasis and strong as elements', () => {
    expect(html('**Strong** and *em*\n\n- one\n- two')).toBe(
      '<div class="story-caption" data-testid="story-caption"><p><strong>Strong</strong> and <em>em</em></p><ul><li>one</li><li>two</li></ul></div>',
    );
  });

  it('shows a link as its words and its address, with no anchor', () => {
    const out = html('[the article](https://example.org/a?b=1&c=2)');
    expect(out).not.toContain('<a');
    expect(out).toContain('the article <span class="muted">(https://example.org/a?b=1&amp;c=2)</span>');
  });
});
