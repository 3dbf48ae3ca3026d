// Reads the XML of a GEXF or GraphML file into an element tree, or the problem with its line and column:
// not well-formed, a refused DOCTYPE, or a root element that is not the format's.
import type { Problem } from '../../model';
import type { ReaderFormat } from './reader-format';
import { checkCancelled, type ImportOptions } from './result';
import { XmlError, parseXml, type XmlElement } from '../xml';
import { errorIn } from '../problem';
import { placeOf } from './xml-values';

export type XmlRead =
  { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly problems: Problem[] };

export function readXml(
  text: string,
  file: string,
  format: Pick<ReaderFormat, 'label' | 'sniff'>,
  options: ImportOptions,
): XmlRead {
  let root: XmlElement;
  try {
    root = parseXml(text, {
      onChunk: (done) => {
        checkCancelled(options);
        options.onProgress?.(0.3 * done);
      },
      ...(options.byteOffset && { byteOffset: options.byteOffset }),
    });
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return {
      ok: false,
      problems: [
        errorIn(file, e.reason, {
          line: e.line,
          column: e.column,
          ...(e.byte !== undefined && { byte: e.byte }),
        }),
      ],
    };
  }
  const rootName = format.sniff?.kind === 'xml' ? format.sniff.root : undefined;
  if (rootName !== undefined && root.name !== rootName) {
    const message = `this is not a ${format.label} file: its first element is <${root.qname}>, not <${rootName}>`;
    return {
      ok: false,
      problems: [errorIn(file, message, placeOf(root))],
    };
  }
  return { ok: true, root };
}
