// Reads an XML document into a small namespace-aware element tree (with line and column of every element), for
// the checks that look at what the XML exports wrote: the GEXF rules checker and the writers' tests.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Namespace URI ('' for none) and local name. */
  readonly uri: string;
  readonly local: string;
  /** Attributes without a namespace by local name; namespaced ones as `{uri}local`; xmlns declarations left out. */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** Text directly inside the element, concatenated. */
  text: string;
  /** 1-based line and column where the start tag ends. */
  readonly line: number;
  readonly column: number;
}

/** The document is not well-formed XML. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}:${column}: ${reason}`);
  }
}

const XMLNS = 'http://www.w3.org/2000/xmlns/';

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;
  parser.on('error', (e) => {
    failure ??= new XmlSyntaxError(e.message, parser.line, parser.column + 1);
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) {
      if (a.uri === XMLNS || a.name === 'xmlns') continue;
      attributes.set(a.uri ? `{${a.uri}}${a.local}` : a.local, a.value);
    }
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      text: '',
      line: parser.line,
      column: parser.column + 1,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string): void => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError('the document has no root element', 1, 1);
  return root;
}

/** The children of `element` with the given namespace and local name. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((c) => c.uri === uri && c.local === local);
}
