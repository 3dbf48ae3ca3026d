// The one XML reader of src/io, on saxes: a whole document as a small element tree with the line and column of
// every element. The GEXF and GraphML readers read users' files with it (names looked up without their prefix,
// progress and cancellation between megabytes); the GEXF rules checker and the writers' tests read the exports
// with namespaces resolved. A DOCTYPE (and with it any ENTITY declaration) is refused outright, so no entity
// expansion and no external reference is ever followed; saxes itself fetches nothing.
import { SaxesParser, type SaxesAttributeNS } from 'saxes';

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
  readonly children: XmlElement[];
  /** The element's own text and CDATA, concatenated. */
  text: string;
  /** 1-based line and column of the element's `<`. */
  readonly line: number;
  readonly column: number;
}

/** The XML cannot be read (not well-formed, or refused); `line`/`column` are 1-based. */
export class XmlError extends Error {
  override readonly name = 'XmlError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
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
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** saxes reports its errors through makeError; this keeps the reason and the place apart, typed. */
class Parser extends SaxesParser<{ xmlns: boolean; position: true }> {
  override makeError(message: string): Error {
    return new XmlError(
      `the XML is not well-formed: ${message.replace(/\.$/, '')}`,
      this.line,
      this.column + 1,
    );
  }
}

function attributesOf(written: Readonly<Record<string, string | SaxesAttributeNS>>): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [qname, a] of Object.entries(written)) {
    if (qname === 'xmlns' || qname.startsWith('xmlns:')) continue;
    if (typeof a === 'string') attributes.set(localName(qname), a);
    else if (a.uri !== XMLNS_URI) attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
  }
  return attributes;
}

/** The document's root element. Throws XmlError. */
export function parseXml(text: string, options: XmlReadOptions = {}): XmlElement {
  const namespaces = options.namespaces ?? false;
  const parser = new Parser({ xmlns: namespaces, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('doctype', () => {
    throw new XmlError(
      'the file has a DOCTYPE declaration; Faultline does not read DOCTYPEs or ENTITY declarations (they can make a file expand without bound or read other files)',
      parser.line,
      1,
    );
  });
  let at = { line: 1, column: 1 };
  parser.on('opentagstart', (tag) => {
    at = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw new XmlError(
        `elements are nested more than ${MAX_XML_DEPTH} deep`,
        parser.line,
        parser.column + 1,
      );
    }
    const el: XmlElement = {
      name: localName(tag.name),
      qname: tag.name,
      uri: tag.uri ?? '',
      attributes: attributesOf(tag.attributes),
      children: [],
      text: '',
      ...at,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else root ??= el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + CHUNK);
    // Never split a surrogate pair between two writes.
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end++;
    parser.write(text.slice(i, end));
    i = end;
    options.onChunk?.(i / text.length);
  }
  parser.close();
  if (!root) throw new XmlError('the file has no XML element', parser.line, 1);
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
