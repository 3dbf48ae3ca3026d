// How undirected relations travel: the graph's kind per --edges mode and what each edge says in the markup and
// in its `directed` attribute, for GEXF and GraphML, on the export fixture (one undirected rivalry, the rest
// directed) and on all-directed and all-undirected parts of it.
import { describe, expect, it } from 'vitest';
import { EDGE_MODES, EDGES_OPTION, graphDirection, type EdgeMode } from './direction';
import { writeAny } from '.';
import { readAnySync } from '../import';
import { FIXTURE } from './fixture';
import { writeGexf } from './gexf';
import { checkGexf } from './gexf-rules';
import { writeGraphml } from './graphml';
import { WriterOptionError } from './writer-format';
import { parseXml, descendantsNamed } from '../xml/tree';

const d = (directed: boolean) => ({ directed });

describe('graphDirection', () => {
  it.each([
    ['auto', [d(true), d(false)], 'directed'],
    ['auto', [d(true)], 'directed'],
    ['auto', [d(false), d(false)], 'undirected'],
    ['auto', [], 'directed'],
    ['undirected', [d(true)], 'undirected'],
    ['directed', [d(false)], 'directed'],
    ['mixed', [d(true), d(false)], 'mixed'],
  ] as const)('%s over %j is %s', (mode, edges, expected) => {
    expect(graphDirection(edges, mode)).toBe(expected);
  });

  it('takes only the four modes on the command line', () => {
    expect(EDGES_OPTION.apply('mixed')).toEqual({ edges: 'mixed' });
    expect(() => EDGES_OPTION.apply('both')).toThrow(WriterOptionError);
  });
});

/** Per edge id: the markup's direction and the `directed` attribute, and the graph's default. */
function gexfDirections(xml: string) {
  const root = parseXml(xml);
  const graph = descendantsNamed(root, 'graph')[0]!;
  const edges = descendantsNamed(root, 'edge').map((e) => {
    const value = descendantsNamed(e, 'attvalue').find((a) => a.attributes.get('for') === 'directed');
    return [e.attributes.get('id'), e.attributes.get('type'), value?.attributes.get('value')];
  });
  return { graph: graph.attributes.get('defaultedgetype'), edges };
}

function graphmlDirections(xml: string) {
  const root = parseXml(xml);
  const graph = descendantsNamed(root, 'graph')[0]!;
  const edges = descendantsNamed(root, 'edge').map((e) => {
    const value = descendantsNamed(e, 'data').find((a) => a.attributes.get('key') === 'e_directed');
    return [e.attributes.get('id'), e.attributes.get('directed'), value?.text];
  });
  return { graph: graph.attributes.get('edgedefault'), edges };
}

const RIVALRY = 'alpha-beta-rivalry';
const STRIKE = 'alpha-army-strikes-beta';

describe.each([
  [
    'GEXF',
    (m: EdgeMode, keys?: string[]) => gexfDirections(writeGexf(FIXTURE, { edges: m, edgeKeys: keys })),
  ],
  [
    'GraphML',
    (m: EdgeMode, keys?: string[]) => graphmlDirections(writeGraphml(FIXTURE, { edges: m, edgeKeys: keys })),
  ],
])('%s', (format, directions) => {
  const undirected = format === 'GEXF' ? 'undirected' : 'false';
  // GEXF 1.3 has no mixed graph: a directed one whose undirected edges say so.
  const directed = format === 'GEXF' ? undefined : 'true';

  it.each([
    ['auto', 'directed', undefined, undefined],
    ['directed', 'directed', undefined, undefined],
    ['undirected', 'undirected', undefined, undefined],
    ['mixed', 'directed', undirected, directed],
  ] as const)('--edges %s: the graph is %s', (mode, graph, rivalryMarkup, strikeMarkup) => {
    const out = directions(mode);
    expect(out.graph).toBe(graph);
    const byId = new Map(out.edges.map(([id, markup, attr]) => [id, [markup, attr]]));
    // The attribute always tells the truth; the markup only in a mixed graph.
    expect(byId.get(RIVALRY)).toEqual([rivalryMarkup, 'false']);
    expect(byId.get(STRIKE)).toEqual([strikeMarkup, 'true']);
  });

  it('auto makes a graph of undirected relations only undirected', () => {
    expect(directions('auto', [RIVALRY]).graph).toBe('undirected');
  });
});

it('every mode keeps the GEXF rules', () => {
  for (const edges of ['auto', 'directed', 'undirected', 'mixed'] as const)
    expect(checkGexf(writeGexf(FIXTURE, { edges }))).toEqual([]);
});

describe.each(['gexf', 'graphml'] as const)('%s read back', (format) => {
  // A declared undirected type takes its direction from the file: the one thing direction decides on import.
  const dataset = {
    ...FIXTURE,
    relationTypes: FIXTURE.relationTypes!.map((t) => ({ ...t, directed: false })),
  };
  it.each(EDGE_MODES)('--edges %s keeps every relation and each declared type’s direction', (edges) => {
    const file = writeAny(dataset, format, { edges });
    const back = readAnySync(file.bytes, file.fileName);
    if (!back.ok) throw new Error(back.problems[0]?.message);
    expect(back.dataset.relations.map((r) => r.id)).toEqual(dataset.relations.map((r) => r.id));
    expect(back.dataset.relationTypes?.map((t) => [t.id, t.directed])).toEqual([['border-closure', false]]);
  });
});
