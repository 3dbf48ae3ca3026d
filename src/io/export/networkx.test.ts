// networkx, as a Python user runs it, on the bundled dataset's GEXF and GraphML: scripts/networkx-read.py reads
// each file with nx.read_gexf / nx.read_graphml and prints what it got; every edge must come with its ends, its
// direction, its days, its EDTF `when` and its passages. `npm test` installs Debian's python3-networkx first
// (scripts/ensure-python-module.mjs); without networkx this test fails rather than passing unseen.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../model/dataset/validate';
import type { Dataset } from '../../model/dataset/schema';
import { readAnySync } from '../import';
import { writeAny } from '.';
import { writeJson } from './json';
import { selectForExport } from './selection';
import { dayRange, intervalOf } from './time';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = join(ROOT, 'scripts/networkx-read.py');
/** Where networkx is: the python3 on PATH, else Debian's own (a pyenv or venv python does not see Debian's packages). */
const PYTHON =
  ['python3', '/usr/bin/python3'].find(
    (python) => spawnSync(python, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0,
  ) ?? 'python3';
const loadedBundled = parseDatasetJson(readFileSync(join(ROOT, 'graph-data/af-pak.json'), 'utf8'), {
  file: 'af-pak.json',
});
if (!loadedBundled.ok) throw new Error('the bundled dataset does not load');
const dataset = loadedBundled.value;
const dir = mkdtempSync(join(tmpdir(), 'faultline-networkx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface NxEdge {
  source: string;
  target: string;
  relation_id: string;
  directed: boolean;
  start: string | null;
  end: string | null;
  when: string;
  evidence: number;
  quotes: string[];
  weight?: number | null;
}
interface NxGraph {
  networkx: string;
  directed: boolean;
  nodes: number;
  edges: NxEdge[];
  graph: Record<string, unknown>;
}

/** The export as networkx reads it; networkx also saves it again, as `resaved-af-pak.<format>`. */
function readWithNetworkx(format: 'gexf' | 'graphml'): NxGraph {
  const file = join(dir, `af-pak.${format}`);
  writeFileSync(file, writeAny(dataset, format).bytes);
  const resaved = join(dir, `resaved-af-pak.${format}`);
  const run = spawnSync(PYTHON, [SCRIPT, file, '--resave', resaved], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0)
    throw new Error(`networkx could not read the ${format} (run npm test, or node scripts/ensure-python-module.mjs networkx python3-networkx networkx):
${run.stderr}`);
  return JSON.parse(run.stdout) as NxGraph;
}

/** What networkx must report per edge, from the model, keyed as networkx's edges are. */
const expected = selectForExport(dataset).edges.map((e) => {
  const days = dayRange(intervalOf(e.span));
  return {
    source: e.source,
    target: e.target,
    relation_id: e.relationId,
    directed: e.directed,
    start: days.start ?? null,
    end: days.end ?? null,
    when: e.relation.when,
    evidence: e.relation.evidence.length,
    quotes: e.relation.evidence.map((x) => x.quote),
  };
});
const key = (e: { relation_id: string; source: string; target: string }) =>
  `${e.relation_id} ${[e.source, e.target].sort().join(' ')}`;
const sorted = <T extends { relation_id: string; source: string; target: string }>(list: T[]) =>
  list.toSorted((a, b) => key(a).localeCompare(key(b)));

describe.each(['gexf', 'graphml'] as const)('networkx reading the bundled dataset as %s', (format) => {
  const got = readWithNetworkx(format);

  it('opens a directed graph with every actor and every edge', () => {
    expect(got.directed).toBe(true);
    expect(got.nodes).toBe(dataset.actors.length);
    expect(got.edges).toHaveLength(expected.length);
  });

  it('gets each edge’s ends, direction, days, EDTF time and passages', () => {
    // An undirected edge's ends may come in either order; the relation id and the pair name it.
    const ends = (e: NxEdge) => {
      const { relation_id, directed, start, end, when, evidence, quotes } = e;
      return { relation_id, directed, start, end, when, evidence, quotes };
    };
    expect(sorted(got.edges).map(ends)).toEqual(sorted(expected).map(ends));
    expect(sorted(got.edges).map(key)).toEqual(sorted(expected).map(key));
  });

  it('tells the undirected relations apart, and carries every quote', () => {
    const undirected = got.edges.filter((e) => !e.directed).length;
    expect(undirected).toBe(expected.filter((e) => !e.directed).length);
    expect(undirected).toBeGreaterThan(0);
    expect(got.edges.filter((e) => e.directed).length).toBeGreaterThan(0);
    expect(got.edges.reduce((n, e) => n + e.evidence, 0)).toBe(expected.reduce((n, e) => n + e.evidence, 0));
  });

  it('saved again by networkx, reads back into the same dataset, passages and exact EDTF times included', () => {
    const file = join(dir, `resaved-af-pak.${format}`);
    const text = readFileSync(file, 'utf8');
    const back = readAnySync(text, `af-pak.${format}`);
    if (!back.ok) throw new Error(back.problems.map((p) => p.message).join('\n'));
    expect(back.warnings).toEqual([]);
    // networkx's GEXF keeps neither the dataset's id, title, description nor opening, and its edges carry the sources they
    // cite; networkx gives the edges in its own order, so a relation's several targets come in that order. Stories
    // travel in Faultline's JSON alone (docs/export.md).
    const byId = <T extends { id: string }>(list: readonly T[]) =>
      list.toSorted((a, b) => a.id.localeCompare(b.id));
    const same = (d: Dataset) =>
      writeJson({
        ...d,
        ...(format === 'gexf' && { id: 'x', title: 'x', description: 'x', opening: undefined }),
        stories: undefined,
        sources: byId(d.sources),
        actors: byId(d.actors),
        relations: byId(d.relations).map((r) => ({
          ...r,
          target: typeof r.target === 'string' ? r.target : r.target.toSorted(),
        })),
      });
    expect(same(back.dataset)).toBe(same(dataset));
  });

  if (format === 'graphml') {
    it('keeps the sources table on the graph', () => {
      expect(JSON.parse(got.graph.sources_json as string)).toEqual(dataset.sources);
    });
  }
});
