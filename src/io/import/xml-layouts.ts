// Where GEXF and GraphML elements are read: each format's layout (which children the reader reads under each
// element, src/io/xml/skipped.ts), and the step that counts every other element of a file into the draft, so the
// import report lists what was skipped, by name, with the first one's place, and a warning there says so.
import { skippedElements, type XmlLayout } from '../xml';
import type { XmlElement } from '../xml';
import type { Draft } from './draft';

const TIMES = ['spells', 'slices', 'timestamps'];
const VIZ = [':*', 'color', 'position', 'size', 'shape', 'thickness'];
const VALUES = ['attvalues', 'attvalue'];

/** What gexf.ts and gexf-time.ts read. */
export const GEXF_LAYOUT: XmlLayout = {
  gexf: ['meta', 'graph'],
  meta: ['creator', 'title', 'description', 'keywords'],
  graph: ['attributes', 'nodes', 'edges', ...TIMES],
  attributes: ['attribute'],
  attribute: ['default'],
  nodes: ['node'],
  node: [...VALUES, ...TIMES, ...VIZ, 'parents', 'nodes'],
  edges: ['edge'],
  edge: [...VALUES, ...TIMES, ...VIZ],
  attvalues: ['attvalue'],
  spells: ['spell'],
  slices: ['slice'],
  timestamps: ['timestamp'],
  parents: ['parent'],
};

/**
 * What graphml.ts reads. A `<data>` is read as text whatever it holds (yEd's drawing inside it gives only the
 * label); hyperedges, graph-level `<data>` and `<desc>` of nodes and edges have their own warnings.
 */
export const GRAPHML_LAYOUT: XmlLayout = {
  graphml: ['key', 'graph'],
  key: ['default'],
  graph: ['key', 'node', 'edge', 'hyperedge', 'data', 'desc'],
  node: ['data', 'graph', 'desc'],
  edge: ['data', 'desc'],
  data: '*',
  hyperedge: '*',
};

/** Counts the elements of the file `layout` does not read into `draft.skipped`. */
export function noteSkipped(draft: Draft, root: XmlElement, layout: XmlLayout): void {
  for (const [name, s] of skippedElements(root, layout)) draft.skipped.set(name, s);
}
