// The one XML writer of src/io: escaping and a tiny indenting writer for the XML exports (GEXF, GraphML) and the
// figure's SVG. Every label, quote and attribute value reaches the file through `escapeXml`, so text from a
// dataset can never become markup.

/** Characters XML 1.0 cannot carry at all, even escaped: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/F. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything escapeXml would change: markup characters, whitespace kept as references, and what NOT_XML matches. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NEEDS_WORK = /[&<>"'\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attributes a parser folds tab and newlines to spaces; character references keep them.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/**
 * Escapes text for an XML attribute value or element content. Characters XML cannot represent are replaced by
 * U+FFFD so the file stays well-formed (a reader would otherwise reject the whole export).
 */
export function escapeXml(value: string): string {
  // Most values (ids, dates, types) need nothing: one test spares them two replacements.
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(NOT_XML, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

export type XmlAttributes = Readonly<Record<string, string | number | boolean | undefined>>;

function attributeText(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined) continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** Writes an indented XML document element by element; `toString()` gives the document with its declaration. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly stack: string[] = [];

  private get indent(): string {
    return '  '.repeat(this.stack.length);
  }

  open(name: string, attributes: XmlAttributes = {}): this {
    this.lines.push(`${this.indent}<${name}${attributeText(attributes)}>`);
    this.stack.push(name);
    return this;
  }

  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error('XmlWriter.close() without an open element');
    this.lines.push(`${this.indent}</${name}>`);
    return this;
  }

  /** An element with no children, or with text content only. */
  leaf(name: string, attributes: XmlAttributes = {}, text?: string): this {
    const attrs = attributeText(attributes);
    this.lines.push(
      text === undefined
        ? `${this.indent}<${name}${attrs}/>`
        : `${this.indent}<${name}${attrs}>${escapeXml(text)}</${name}>`,
    );
    return this;
  }

  toString(): string {
    if (this.stack.length > 0) throw new Error(`XmlWriter: <${this.stack.join('>, <')}> not closed`);
    return `${this.lines.join('\n')}\n`;
  }
}
