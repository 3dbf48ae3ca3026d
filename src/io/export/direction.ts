// How undirected relations travel in the graph formats (GEXF, GraphML). Readers disagree about mixed graphs:
// networkx refuses an undirected edge in a directed graph and a directed one in an undirected graph, igraph and
// graphology read every edge with the graph's default. So by default (`auto`) the graph is written as one kind
// every reader opens: undirected when every relation is, else directed; each edge also carries a boolean
// `directed` attribute saying what the relation is, which every reader keeps as data. `mixed` writes the
// per-edge direction in the markup too (a directed graph whose undirected edges say `type="undirected"` in GEXF,
// `directed="true|false"` on every GraphML edge), for Gephi and yEd, which draw it; networkx refuses it.
import type { EdgeRecord } from '../../model';
import { WriterOptionError, type WriterOption } from './writer-format';

export const EDGE_MODES = ['auto', 'directed', 'undirected', 'mixed'] as const;
export type EdgeMode = (typeof EDGE_MODES)[number];
export type GraphDirection = Exclude<EdgeMode, 'auto'>;

/** The graph's own direction for `mode`: `auto` gives undirected when every edge is, else directed. */
export function graphDirection(
  edges: readonly Pick<EdgeRecord, 'directed'>[],
  mode: EdgeMode = 'auto',
): GraphDirection {
  if (mode !== 'auto') return mode;
  return edges.length > 0 && edges.every((e) => !e.directed) ? 'undirected' : 'directed';
}

/** The edge's direction in the markup: only a mixed graph says it edge by edge (the attribute always does). */
export function markupDirection(graph: GraphDirection, directed: boolean): boolean | undefined {
  return graph === 'mixed' ? directed : undefined;
}

function isEdgeMode(value: string): value is EdgeMode {
  return (EDGE_MODES as readonly string[]).includes(value);
}

/** `--edges auto|directed|undirected|mixed`, taken by the graph writers. */
export const EDGES_OPTION: WriterOption = {
  flag: 'edges',
  type: 'string',
  value: EDGE_MODES.join('|'),
  help:
    'the graph kind: auto (undirected if every relation is, else directed; the default), directed, ' +
    'undirected, or mixed (each edge says, for Gephi and yEd; networkx refuses it); every edge also has a ' +
    '`directed` attribute',
  apply: (value) => {
    if (typeof value !== 'string' || !isEdgeMode(value))
      throw new WriterOptionError(`--edges is one of ${EDGE_MODES.join(', ')}, not "${String(value)}"`);
    return { edges: value };
  },
};
