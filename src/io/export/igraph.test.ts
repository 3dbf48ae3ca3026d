// python-igraph, as a Python user runs it, on the bundled dataset's GraphML (each `--edges` choice) and GEXF:
// scripts/igraph-read.py reads the file with ig.Graph.Read_GraphML and prints what igraph got; every edge must
// come with its ends, its `directed` attribute, its days, its EDTF `when` and its passages. igraph has no GEXF
// reader, and no mixed graphs: these tests hold both, as docs/export.md says. `npm test` installs Debian's
// python3-igraph first (scripts/ensure-python-module.mjs); without igraph this test fails rather than passing unseen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../model/dataset/validate';
import { writeAny } from '.';
import type { EdgeMode } from './direction';
import { selectForExport } from './selection';
import { dayRange, intervalOf } from './time';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/igraph-read.py');
const loadedBundled = parseDatasetJson(readFileSync(join(ROOT, 'graph-data/af-pak.json'), 'utf8'), {
  file: 'af-pak.json',
});
if (!loadedBundled.ok) throw new Error('the bundled dataset does not load');
const dataset = loadedBundled.value;
const dir = mkdtempSync(join(tmpdir(), 'faultline-igraph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where igraph is: the python3 on PATH, else Debian's own (a pyenv or venv python does not see Debian's packages). */
const PYTHON =
  ['python3', '/usr/bin/python3'].find(
    (python) => spawnSync(python, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0,
  ) ?? 'python3';

interface IgEdge {
  id: string;
  source: string;
  target: string;
  relation_id: string;
  directed: boolean;
  directed_type: string;
  start: string;
  end: string;
  when: string;
  evidence_count: number;
  evidence: number;
  quotes: string[];
}
interface IgGraph {
  igraph: string;
  directed: boolean;
  nodes: number;
  vertex_attributes: string[];
  edge_attributes: string[];
  graph: Record<string, string>;
  edges: IgEdge[];
}

function runIgraph(file: string): unknown {
  const run = spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0)
    throw new Error(`igraph could not be run on ${file} (run npm test, or node scripts/ensure-python-module.mjs igraph python3-igraph igraph):
${run.stderr}`);
  return JSON.parse(run.stdout);
}

function readGraphml(edges: EdgeMode): IgGraph {
  const file = join(dir, `af-pak-${edges}.graphml`);
  writeFileSync(file, writeAny(dataset, 'graphml', { edges }).bytes);
  return runIgraph(file) as IgGraph;
}

/** What igraph must report per edge, from the model. igraph gives an absent text value as "". */
const expected = selectForExport(dataset).edges.map((e) => {
  const days = dayRange(intervalOf(e.span));
  return {
    source: e.source,
    target: e.target,
    relation_id: e.relationId,
    directed: e.directed,
    directed_type: 'bool',
    start: days.start ?? '',
    end: days.end ?? '',
    when: e.relation.when,
    evidence_count: e.relation.evidence.length,
    evidence: e.relation.evidence.length,
    quotes: e.relation.evidence.map((x) => x.quote),
  };
});
type Keyed = { relation_id: string; source: string; target: string };
/** An edge as igraph names it: the relation and its ends, in order where the graph is directed. */
const keyOf = (graphDirected: boolean) => (e: Keyed) =>
  `${e.relation_id} ${(graphDirected ? [e.source, e.target] : [e.source, e.target].sort()).join(' ')}`;

describe.each([
  { edges: 'auto', graphDirected: true },
  { edges: 'directed', graphDirected: true },
  // igraph has no mixed graphs: it reads the file's edgedefault and ignores each edge's own `directed="false"`.
  { edges: 'mixed', graphDirected: true },
  { edges: 'undirected', graphDirected: false },
] as const)('igraph reading the bundled dataset as GraphML, --edges $edges', ({ edges, graphDirected }) => {
  const got = readGraphml(edges);
  const key = keyOf(graphDirected);
  const sorted = <T extends Keyed>(list: T[]) => list.toSorted((a, b) => key(a).localeCompare(key(b)));

  it(`opens a ${graphDirected ? 'directed' : 'undirected'} graph with every actor and every edge`, () => {
    expect(got.directed).toBe(graphDirected);
    expect(got.nodes).toBe(dataset.actors.length);
    expect(got.edges).toHaveLength(expected.length);
  });

  it('gets each edge’s ends, `directed` (a bool), days, EDTF time and passages', () => {
    const fields = (e: IgEdge | (typeof expected)[number]) => {
      const { relation_id, directed, directed_type, start, end, when, evidence_count, evidence, quotes } = e;
      return {
        key: key(e),
        relation_id,
        directed,
        directed_type,
        start,
        end,
        when,
        evidence_count,
        evidence,
        quotes,
      };
    };
    expect(sorted(got.edges).map(fields)).toEqual(sorted(expected).map(fields));
  });

  it('tells the undirected relations apart only by the `directed` attribute', () => {
    const undirected = got.edges.filter((e) => !e.directed).length;
    expect(undirected).toBe(expected.filter((e) => !e.directed).length);
    expect(undirected).toBeGreaterThan(0);
    expect(got.edges.filter((e) => e.directed).length).toBeGreaterThan(0);
  });

  it('keeps every attribute as a column, and the sources table and opening on the graph', () => {
    expect(got.edge_attributes).toEqual(
      expect.arrayContaining([
        'id',
        'relation_id',
        'directed',
        'when',
        'start',
        'end',
        'evidence_json',
        'quotes',
      ]),
    );
    expect(got.vertex_attributes).toEqual(expect.arrayContaining(['id', 'label', 'kind', 'when']));
    expect(got.graph.dataset_id).toBe(dataset.id);
    expect(got.graph.title).toBe(dataset.title);
    expect(JSON.parse(got.graph.sources_json ?? '')).toEqual(dataset.sources);
    expect(JSON.parse(got.graph.opening_json ?? '')).toEqual(dataset.opening);
  });
});

describe('igraph and GEXF', () => {
  it('has no GEXF reader: ig.Graph.Read refuses the file', () => {
    const file = join(dir, 'af-pak.gexf');
    writeFileSync(file, writeAny(dataset, 'gexf').bytes);
    const got = runIgraph(file) as { error: string | null };
    expect(got.error).toMatch(/unknown file format/);
  });
});
