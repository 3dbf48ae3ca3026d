// The one XML reader of src/io, on saxes: a whole document as a small element tree with the line and column of
// every element. The GEXF and GraphML readers read users' files with it (names looked up without their prefix,
// progress and cancellation between megabytes); the GEXF rules checker and the writers' tests read the exports
// with namespaces resolved. A DOCTYPE (and with it any ENTITY declaration) is refused outright, so no entity
// expansion and no external reference is ever followed; saxes itself fetches nothing.
//
// The tree is kept small because a file of a million nodes is two million elements: names and attribute names
// are stored once per document, attributes in one flat array (xml-attributes.ts), elements without children
// share one empty list, and the whitespace that indents children is not kept as their parent's text.
import { SaxesParser, type SaxesAttributeNS } from 'saxes';
import { NO_ATTRIBUTES, XmlAttributeList } from './xml-attributes';

export interface XmlElement {
  /** The name without its prefix: `color` for `viz:color`. */
  readonly name: string;
  /** The name as written. */
  readonly qname: string;
  /** The namespace URI when read with `namespaces`; '' otherwise, and for an element in no namespace. */
  readonly uri: string;
  /**
   * Attributes (xmlns declarations left out), a Map so that any name is plain data: by name without prefix; read
   * with `namespaces`, an attribute in a namespace is keyed `{uri}name`.
   */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /**
   * The element's own text and CDATA, concatenated; in an element with children, text that is only whitespace
   * (the indentation between them) is left out.
   */
  text: string;
  /** 1-based line and column of the element's `<`. */
  readonly line: number;
  readonly column: number;
  /** 0-based byte offset of the element's `<` in the file, when read with `byteOffset`. */
  readonly byte: number | undefined;
}

/** An element as the parse builds it: its children list is made on its first child. */
type Building = { -readonly [K in keyof XmlElement]: XmlElement[K] };

const NO_CHILDREN: readonly XmlElement[] = Object.freeze([]);

/** The XML cannot be read (not well-formed, or refused); `line`/`column` are 1-based. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
    /** The byte offset of the place, when the parse was given `byteOffset`. */
    readonly byte: number | undefined,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

export const MAX_XML_DEPTH = 256;
const CHUNK = 1 << 20;
const XMLNS_URI = 'http://www.w3.org/2000/xmlns/';

export interface XmlReadOptions {
  /** Resolve namespaces: elements get their `uri`, namespaced attributes are keyed `{uri}name`. */
  readonly namespaces?: boolean;
  /** Called after each megabyte with the share read (0 to 1); may throw to stop (cancellation). */
  readonly onChunk?: (done: number) => void;
  /** The byte offset in the file of a character offset in the text: elements and errors then carry their byte. */
  readonly byteOffset?: (charOffset: number) => number;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** saxes reports its errors through makeError; this keeps the reason and the place apart, typed. */
class Parser extends SaxesParser<{ xmlns: boolean; position: true }> {
  byteOffset: ((charOffset: number) => number) | undefined;

  override makeError(message: string): Error {
    return new XmlError(
      `the XML is not well-formed: ${message.replace(/\.$/, '')}`,
      this.line,
      this.column + 1,
      this.byteOffset?.(this.position),
    );
  }
}

/** One copy of each name: a million `<node id=…>` share one "node" and one "id". */
class Names {
  private readonly seen = new Map<string, string>();

  of(name: string): string {
    const known = this.seen.get(name);
    if (known !== undefined) return known;
    this.seen.set(name, name);
    return name;
  }
}

function attributesOf(
  written: Readonly<Record<string, string | SaxesAttributeNS>>,
  names: Names,
): ReadonlyMap<string, string> {
  const flat: string[] = [];
  for (const [qname, a] of Object.entries(written)) {
    if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
    if (typeof a === 'string') flat.push(names.of(localName(qname)), a);
    else if (a.uri !== XMLNS_URI) flat.push(names.of(a.uri ? `{${a.uri}}${a.local}` : a.local), a.value);
  }
  return flat.length === 0 ? NO_ATTRIBUTES : XmlAttributeList.of(flat);
}

const WHITESPACE = /^[ \t\r\n]*$/;

/**
 * 1-based line and column of offsets into a text, asked for in increasing order (elements in document order): each
 * call scans only the text since the last, so a whole document costs one pass. A line ends at LF, CRLF or a lone CR,
 * as XML (and saxes) count them.
 */
export class LineCursor {
  private line = 1;
  private lineStart = 0;
  private readonly breaks = /\r\n?|\n/g;
  /** The first line break not yet counted (its index and length), found ahead; null when none is left. */
  private next: RegExpExecArray | null;
  private last = 0;

  constructor(private readonly text: string) {
    this.next = this.breaks.exec(text);
  }

  at(offset: number): [line: number, column: number] {
    if (offset < this.last) throw new RangeError('LineCursor offsets must not decrease');
    this.last = offset;
    while (this.next && this.next.index < offset) {
      this.line++;
      this.lineStart = this.next.index + this.next[0].length;
      this.next = this.breaks.exec(this.text);
    }
    return [this.line, offset - this.lineStart + 1];
  }
}

/** The document's root element. Throws XmlError. */
export function parseXml(text: string, options: XmlReadOptions = {}): XmlElement {
  const namespaces = options.namespaces ?? false;
  const parser = new Parser({ xmlns: namespaces, position: true });
  const byteOffset = options.byteOffset;
  parser.byteOffset = byteOffset;
  const names = new Names();
  const stack: Building[] = [];
  /** Whether each open element has had CDATA: written on purpose, it is kept even when it is whitespace. */
  const cdata: boolean[] = [];
  let root: XmlElement | undefined;
  parser.on('doctype', () => {
    // Placed at its "<!DOCTYPE", which saxes has read to the end of by now (a DOCTYPE may span lines).
    const at = Math.max(0, text.lastIndexOf('<!DOCTYPE', parser.position));
    const [line, column] = new LineCursor(text).at(at);
    throw new XmlError(
      'the file has a DOCTYPE declaration; Faultline does not read DOCTYPEs or ENTITY declarations (they can make a file expand without bound or read other files)',
      line,
      column,
      byteOffset?.(at),
    );
  });
  let line = 1;
  let column = 1;
  let byte: number | undefined;
  const lines = new LineCursor(text);
  parser.on('opentagstart', () => {
    // The `<` is the last one before the name saxes has just read (and the character after it, read too). Its line
    // and column come from the text, not from saxes's: that character may be a line break already counted.
    const at = text.lastIndexOf('<', parser.position - 2);
    [line, column] = lines.at(at);
    if (byteOffset) byte = byteOffset(at);
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw new XmlError(
        `elements are nested more than ${MAX_XML_DEPTH} deep`,
        parser.line,
        parser.column + 1,
        byteOffset?.(parser.position),
      );
    }
    const qname = names.of(tag.name);
    const el: Building = {
      name: names.of(localName(qname)),
      qname,
      uri: tag.uri ? names.of(tag.uri) : '',
      attributes: attributesOf(tag.attributes, names),
      children: NO_CHILDREN,
      text: '',
      line,
      column,
      byte,
    };
    const parent = stack[stack.length - 1];
    if (parent) {
      if (parent.children === NO_CHILDREN) {
        parent.children = [el];
        // What came before the first child was indentation when it is only whitespace.
        if (!cdata[cdata.length - 1] && WHITESPACE.test(parent.text)) parent.text = '';
      } else (parent.children as XmlElement[]).push(el);
    } else root ??= el;
    stack.push(el);
    cdata.push(false);
  });
  parser.on('closetag', () => {
    stack.pop();
    cdata.pop();
  });
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top && !(top.children !== NO_CHILDREN && WHITESPACE.test(t))) top.text += t;
  });
  parser.on('cdata', (t) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    top.text += t;
    cdata[cdata.length - 1] = true;
  });
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + CHUNK);
    // Never split a surrogate pair between two writes.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end++;
    parser.write(text.slice(i, end));
    i = end;
    options.onChunk?.(i / text.length);
  }
  parser.close();
  if (!root) throw new XmlError('the file has no XML element', parser.line, 1, undefined);
  return root;
}

function named(name: string, uri: string | undefined): (el: XmlElement) => boolean {
  return (el) => el.name === name && (uri === undefined || el.uri === uri);
}

/** Direct children named `name` (prefix ignored), in namespace `uri` when given. */
export function childrenNamed(el: XmlElement, name: string, uri?: string): XmlElement[] {
  return el.children.filter(named(name, uri));
}

export function childNamed(el: XmlElement, name: string, uri?: string): XmlElement | undefined {
  return el.children.find(named(name, uri));
}

/** Every element named `name` at any depth below `el`, in document order. */
export function descendantsNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack = [...el.children].reverse();
  for (let c = stack.pop(); c; c = stack.pop()) {
    if (c.name === name) out.push(c);
    for (let i = c.children.length - 1; i >= 0; i--) stack.push(c.children[i]!);
  }
  return out;
}

/** `el` and every element below it, depth first in document order. */
export function allElements(el: XmlElement): XmlElement[] {
  return [el, ...el.children.flatMap(allElements)];
}

/** An element's attributes as they were written, for the rejected-rows download. */
export function valuesOf(el: XmlElement): Map<string, string> {
  return new Map(el.attributes);
}
