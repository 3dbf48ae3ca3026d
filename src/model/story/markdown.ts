// The small Markdown of story captions, parsed to a tree the app renders as plain text (never as HTML): paragraphs
// (separated by a blank line), lists (`- `, `* ` or `1. ` at the start of a line), *emphasis* or _emphasis_,
// **strong**, [links](https://…) kept as their words and address, and backslash escapes. Anything else, HTML
// included, stays the literal text it is. Pure, so the exports (PDF, burned-in video captions) read the same tree.

export type CaptionInline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'emphasis' | 'strong'; readonly children: readonly CaptionInline[] }
  | { readonly kind: 'link'; readonly children: readonly CaptionInline[]; readonly href: string };

export type CaptionBlock =
  | { readonly kind: 'paragraph'; readonly inlines: readonly CaptionInline[] }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly CaptionInline[])[];
    };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

function pushText(out: CaptionInline[], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text + text };
  else out.push({ kind: 'text', text });
}

/** The index of the closing `marker` after `from`, not escaped and not right after whitespace; -1 if none. */
function closing(s: string, marker: string, from: number): number {
  for (let i = from; i <= s.length - marker.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(marker, i) && i > from && !/\s/.test(s[i - 1]!)) return i;
  }
  return -1;
}

/** Inline Markdown of one paragraph or list item. */
export function parseInlines(s: string): CaptionInline[] {
  const out: CaptionInline[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length && /[\\`*_[\]()#+\-.!<>]/.test(s[i + 1]!)) {
      pushText(out, s[i + 1]!);
      i += 2;
      continue;
    }
    if (s.startsWith('**', i) && s[i + 2] !== undefined && !/\s/.test(s[i + 2]!)) {
      const end = closing(s, '**', i + 2);
      if (end > 0) {
        out.push({ kind: 'strong', children: parseInlines(s.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if ((c === '*' || c === '_') && s[i + 1] !== undefined && !/\s/.test(s[i + 1]!)) {
      const end = closing(s, c, i + 1);
      if (end > 0) {
        out.push({ kind: 'emphasis', children: parseInlines(s.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[([^\]]+)\]\(([^()\s]+)\)/.exec(s.slice(i));
      if (m) {
        out.push({ kind: 'link', children: parseInlines(m[1]!), href: m[2]! });
        i += m[0].length;
        continue;
      }
    }
    pushText(out, c);
    i++;
  }
  return out;
}

/** A caption's blocks: paragraphs and lists, lines of one paragraph joined by a space. */
export function parseCaption(text: string): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInlines) });
    paragraph = [];
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    const item = bullet ?? numbered;
    if (item) {
      const ordered = numbered !== null;
      if (paragraph.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[1]!.trim());
    } else if (list) {
      // A line that continues the last item.
      const items = list.items;
      items[items.length - 1] = `${items[items.length - 1]!} ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

function inlineText(inlines: readonly CaptionInline[]): string {
  return inlines
    .map((n) =>
      n.kind === 'text'
        ? n.text
        : n.kind === 'link'
          ? `${inlineText(n.children)} (${n.href})`
          : inlineText(n.children),
    )
    .join('');
}

/** A caption as plain text without markup: paragraphs split by a blank line, list items as "• " lines. */
export function captionPlainText(text: string): string {
  return parseCaption(text)
    .map((b) =>
      b.kind === 'paragraph'
        ? inlineText(b.inlines)
        : b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${inlineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
