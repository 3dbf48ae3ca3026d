// A story caption is short Markdown; every story export shows it as plain text, never as markup. This reads the
// Markdown a caption may use (paragraphs, line breaks, `#` headings, `-`/`*`/`1.` list items, **bold**, _italic_,
// `code`, [links](url), \-escapes) down to its words: one string per paragraph or list item. Whatever else is in
// the caption, `<script>` included, stays as the characters it is; the writers escape it. Pure.
/** A link keeps its words; its address is dropped (an export cannot be followed anyway). */
const LINK = /!?\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
/** Emphasis and code markers around words: `**a**`, `__a__`, `*a*`, `_a_`, `` `a` ``, `~~a~~`. */
const MARKERS = [/(\*\*|__)(?=\S)([^]*?\S)\1/g, /(~~)(?=\S)([^]*?\S)\1/g, /(\*|_)(?=\S)([^]*?\S)\1/g];
const CODE = /`([^`]*)`/g;
/** A backslash before punctuation says "this character, not markup". */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~>|<])/g;
const PLACEHOLDER = '\u0000';

function inline(text: string): string {
  // Escaped characters are set aside first so the emphasis rules do not read them as markers.
  const kept: string[] = [];
  let out = text.replace(ESCAPED, (_m, ch: string) => {
    kept.push(ch);
    return `${PLACEHOLDER}${kept.length - 1}${PLACEHOLDER}`;
  });
  out = out.replace(CODE, '$1').replace(LINK, '$1');
  for (const rule of MARKERS) out = out.replace(rule, '$2');
  // eslint-disable-next-line no-control-regex -- the placeholder is a control character on purpose
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => kept[Number(i)] ?? '');
  return out.replace(/\s+/g, ' ').trim();
}

/** The caption's paragraphs and list items as plain text, in order; empty ones are left out. */
export function captionParagraphs(markdown: string): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const close = () => {
    const text = inline(paragraph.join(' '));
    if (text) out.push(text);
    paragraph = [];
  };
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      close();
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*$/.exec(line);
    const item = /^(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (heading) {
      close();
      paragraph.push(heading[1]!);
      close();
    } else if (item) {
      close();
      paragraph.push(`• ${item[1]!}`);
    } else {
      paragraph.push(line.replace(/^>\s?/, ''));
    }
  }
  close();
  return out;
}
