// Elements an XML reader passes over: a format's layout says, for each element it reads, which children it reads
// there; every other element (unknown, or known but out of place) is counted by its name as written, with the
// place of the first, so an import can say what it skipped instead of dropping it without a word.
import type { XmlElement } from './tree';

/**
 * For each element the reader reads (by name without prefix), the names of the children it reads there; `:*`
 * lets any prefixed child through (a namespace's extension, GEXF's `viz:*`), and `*` lets any content through
 * unexamined (a GraphML `<data>` may hold a whole yEd drawing). An element with no entry reads no children.
 */
export type XmlLayout = Readonly<Record<string, readonly string[] | '*'>>;

export interface SkippedElement {
  /** The element's name as written (`viz:color`, `foo`). */
  readonly name: string;
  /** Its parent's name as written, where the first one stood. */
  readonly parent: string;
  readonly count: number;
  /** Where the first one starts (1-based). */
  readonly line: number;
  readonly column: number;
}

/** The elements under `root` that `layout` does not read, by name, in the order their first one appears. */
export function skippedElements(root: XmlElement, layout: XmlLayout): Map<string, SkippedElement> {
  const out = new Map<string, SkippedElement>();
  const stack: XmlElement[] = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    const allowed = layout[el.name];
    if (allowed === '*') continue;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]!;
      const read =
        allowed !== undefined &&
        (allowed.includes(c.name) || (c.qname.includes(':') && allowed.includes(':*')));
      if (read) {
        stack.push(c);
        continue;
      }
      const seen = out.get(c.qname);
      // Children are visited last to first; a later-visited one earlier in the file becomes the first.
      const earlier = seen && (seen.line < c.line || (seen.line === c.line && seen.column < c.column));
      out.set(c.qname, {
        name: c.qname,
        parent: earlier ? seen.parent : el.qname,
        count: (seen?.count ?? 0) + 1,
        line: earlier ? seen.line : c.line,
        column: earlier ? seen.column : c.column,
      });
    }
  }
  return new Map([...out].sort(([, a], [, b]) => a.line - b.line || a.column - b.column));
}
