// graphology, as a JavaScript user runs it, on the bundled dataset's GEXF and GraphML (each `--edges` choice):
// graphology-gexf's and graphology-graphml's `parse(Graph, text)`. What they get is held here as they get it,
// shortcomings included, and docs/export.md says the same: graphology-graphml reads every edge of a directed
// file as directed (it ignores `directed="false"`), graphology-gexf drops the time (`start`/`end` spells) and keeps
// each edge's own `type="undirected"`. The `directed` attribute always tells, and the passages always travel.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Attributes } from 'graphology-types';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from '../../model/dataset/validate';
import { writeAny } from '.';
import type { EdgeMode } from './direction';
import { selectForExport } from './selection';
import { dayRange, intervalOf } from './time';

const ROOT = resolve(import.meta.dirname, '../../..');
const loadedBundled = parseDatasetJson(readFileSync(join(ROOT, 'graph-data/af-pak.json'), 'utf8'), {
  file: 'af-pak.json',
});
if (!loadedBundled.ok) throw new Error('the bundled dataset does not load');
const dataset = loadedBundled.value;

/** The model's edges, as a reader must find them. */
const expected = selectForExport(dataset).edges.map((e) => {
  const days = dayRange(intervalOf(e.span));
  return {
    source: e.source,
    target: e.target,
    relation_id: e.relationId,
    directed: e.directed,
    when: e.relation.when,
    start: days.start,
    end: days.end,
    evidence: e.relation.evidence.length,
    quotes: e.relation.evidence.map((x) => x.quote),
  };
});
const undirectedCount = expected.filter((e) => !e.directed).length;

interface Case {
  format: 'gexf' | 'graphml';
  edges: EdgeMode;
  /** graphology's graph type for that file. */
  type: 'directed' | 'undirected' | 'mixed';
  /** Whether graphology's own edge direction (`graph.isDirected(edge)`) is the relation's. */
  edgeDirectionRight: 'all' | 'directed only' | 'undirected only';
  /** Whether the edges keep `start`/`end` days. */
  days: boolean;
}

const cases: Case[] = [
  { format: 'gexf', edges: 'auto', type: 'directed', edgeDirectionRight: 'directed only', days: false },
  { format: 'gexf', edges: 'mixed', type: 'mixed', edgeDirectionRight: 'all', days: false },
  {
    format: 'gexf',
    edges: 'undirected',
    type: 'undirected',
    edgeDirectionRight: 'undirected only',
    days: false,
  },
  { format: 'graphml', edges: 'auto', type: 'directed', edgeDirectionRight: 'directed only', days: true },
  // graphology-graphml takes an edge's `directed="true"` but not `"false"`: the mixed file reads all directed.
  { format: 'graphml', edges: 'mixed', type: 'directed', edgeDirectionRight: 'directed only', days: true },
  {
    format: 'graphml',
    edges: 'undirected',
    type: 'undirected',
    edgeDirectionRight: 'undirected only',
    days: true,
  },
];

function read(format: Case['format'], edges: EdgeMode) {
  const text = writeAny(dataset, format, { edges }).bytes;
  if (typeof text !== 'string') throw new Error(`${format} is a text format`);
  return format === 'gexf' ? parseGexf(Graph, text) : parseGraphml(Graph, text);
}

describe.each(cases)(
  'graphology-$format reading the bundled dataset, --edges $edges',
  ({ format, edges, type, edgeDirectionRight, days }) => {
    const graph = read(format, edges);
    const got = graph.mapEdges((edge, a: Attributes) => ({
      edge,
      source: graph.source(edge),
      target: graph.target(edge),
      graphDirected: graph.isDirected(edge),
      relation_id: a.relation_id as unknown,
      directed: a.directed as unknown,
      when: a.when as unknown,
      start: a.start as unknown,
      end: a.end as unknown,
      evidence: a.evidence as unknown,
      evidenceJson: a.evidence_json as unknown,
    }));
    const key = (e: { relation_id: unknown; source: string; target: string; directed: unknown }) =>
      `${String(e.relation_id)} ${(e.directed === true ? [e.source, e.target] : [e.source, e.target].sort()).join(' ')}`;
    const sorted = <T extends Parameters<typeof key>[0]>(list: T[]) =>
      list.toSorted((a, b) => key(a).localeCompare(key(b)));

    it(`opens a ${type} multigraph with every actor and every edge`, () => {
      expect(graph.type).toBe(type);
      expect(graph.multi).toBe(true);
      expect(graph.order).toBe(dataset.actors.length);
      expect(graph.size).toBe(expected.length);
    });

    it('gets each edge’s ends, `directed` (a boolean), EDTF time and passages', () => {
      const fields = (e: (typeof got)[number] | (typeof expected)[number]) => ({
        key: key(e),
        directed: e.directed,
        when: e.when,
        evidence: e.evidence,
        quotes:
          'quotes' in e
            ? e.quotes
            : (JSON.parse(String(e.evidenceJson)) as { evidence: { quote: string }[] }).evidence.map(
                (x) => x.quote,
              ),
      });
      expect(sorted(got).map(fields)).toEqual(sorted(expected).map(fields));
    });

    it(`gives the edges ${edgeDirectionRight === 'all' ? 'their relations’ direction' : `one direction, right for the ${edgeDirectionRight.replace(' only', '')} relations only`}`, () => {
      const right = got.filter((e) => e.graphDirected === e.directed);
      const wantRight = {
        all: expected.length,
        'directed only': expected.length - undirectedCount,
        'undirected only': undirectedCount,
      }[edgeDirectionRight];
      expect(right).toHaveLength(wantRight);
      expect(undirectedCount).toBeGreaterThan(0);
      expect(undirectedCount).toBeLessThan(expected.length);
    });

    it(days ? 'keeps the start and end days' : 'drops the time: no start or end on any edge or node', () => {
      if (days) {
        const dayFields = (e: {
          start: unknown;
          end: unknown;
          relation_id: unknown;
          source: string;
          target: string;
          directed: unknown;
        }) => ({
          key: key(e),
          start: e.start,
          end: e.end,
        });
        expect(sorted(got).map(dayFields)).toEqual(sorted(expected).map(dayFields));
      } else {
        expect(got.filter((e) => e.start !== undefined || e.end !== undefined)).toEqual([]);
        expect(graph.filterNodes((_, a: Attributes) => 'start' in a || 'end' in a)).toEqual([]);
        expect(dataset.actors.some((a) => a.when !== undefined)).toBe(true);
      }
    });

    it('keeps the dataset’s description on the graph', () => {
      expect(graph.getAttribute('title')).toBe(dataset.title);
      if (format === 'graphml') {
        expect(graph.getAttribute('dataset_id')).toBe(dataset.id);
        expect(JSON.parse(String(graph.getAttribute('sources_json')))).toEqual(dataset.sources);
      } else {
        expect(graph.getAttribute('keywords')).toBe(dataset.id);
        expect(graph.getAttribute('creator')).toBe('Faultline');
      }
    });
  },
);
