// A story caption's Markdown as React elements: paragraphs, lists, emphasis, strong and links shown as their words
// with the address after them, never as a live link or HTML. Every piece of the caption is a text node, so a
// caption holding `<script>` shows those characters.
import type { ReactNode } from 'react';
import { parseCaption, type CaptionInline } from '../model/story/markdown';

function inlines(nodes: readonly CaptionInline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.kind) {
      case 'text':
        return n.text;
      case 'emphasis':
        return <em key={i}>{inlines(n.children)}</em>;
      case 'strong':
        return <strong key={i}>{inlines(n.children)}</strong>;
      case 'link':
        return (
          <span key={i} className="caption-link">
            {inlines(n.children)} <span className="muted">({n.href})</span>
          </span>
        );
    }
  });
}

export function StoryCaption({ text }: { text: string }) {
  return (
    <div className="story-caption" data-testid="story-caption">
      {parseCaption(text).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{inlines(block.inlines)}</p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inlines(item)}</li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>{inlines(item)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
