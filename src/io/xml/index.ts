// The one XML reader and writer of src/io, for the floors above: the element tree (tree.ts), the writer's escaping
// (writer.ts) and XML names (nmtoken.ts).
export { escapeXml, XmlWriter, type XmlAttributes } from './writer';
export {
  childrenNamed,
  parseXml,
  XmlError,
  childNamed,
  valuesOf,
  descendantsNamed,
  type XmlElement,
} from './tree';
export { isNmtoken, encodeNmtoken, decodeNmtoken } from './nmtoken';
export { skippedElements, type SkippedElement, type XmlLayout } from './skipped';
