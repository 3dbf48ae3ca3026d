// Records sharing an id in GEXF, GraphML and Cytoscape JSON: never merged or renamed without a word. Another
// source, type or time under a used id is an error at the later edge (left out, with its place); the same
// relation saying something else is a warning there (the first kept); an exact repeat is read once, with a
// warning; a repeated node id is an error naming where the first is.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../model/dataset/problems';
import { readAnySync } from './index';
import type { ImportResult } from './result';

interface Edge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly summary?: string;
}

const gexf = (edges: readonly Edge[], nodes = ['a', 'b', 'c']) =>
  [
    '<gexf version="1.3"><graph defaultedgetype="directed">',
    '<attributes class="edge"><attribute id="s" title="summary" type="string"/></attributes>',
    `<nodes>${nodes.map((n) => `<node id="${n}" label="${n.toUpperCase()}"/>`).join('')}</nodes>`,
    '<edges>',
    ...edges.map(
      (e) =>
        `<edge id="${e.id}" source="${e.source}" target="${e.target}" kind="${e.type}">` +
        (e.summary ? `<attvalues><attvalue for="s" value="${e.summary}"/></attvalues>` : '') +
        '</edge>',
    ),
    '</edges></graph></gexf>',
  ].join('\n');

const graphml = (edges: readonly Edge[], nodes = ['a', 'b', 'c']) =>
  [
    '<graphml><key id="t" for="edge" attr.name="relation"/><key id="s" for="edge" attr.name="summary"/>',
    `<graph edgedefault="directed">${nodes.map((n) => `<node id="${n}"/>`).join('')}`,
    ...edges.map(
      (e) =>
        `<edge id="${e.id}" source="${e.source}" target="${e.target}"><data key="t">${e.type}</data>` +
        (e.summary ? `<data key="s">${e.summary}</data>` : '') +
        '</edge>',
    ),
    '</graph></graphml>',
  ].join('\n');

const cyjs = (edges: readonly Edge[], nodes = ['a', 'b', 'c']) =>
  JSON.stringify({
    elements: {
      nodes: nodes.map((id) => ({ data: { id } })),
      edges: edges.map((e) => ({
        data: { id: e.id, source: e.source, target: e.target, interaction: e.type, summary: e.summary },
      })),
    },
  });

/** Per format: the file, and where the n-th (0-based) edge or node is as a problem gives it. */
const FORMATS = [
  ['GEXF', 'a.gexf', gexf, (n: number) => ({ line: 5 + n }), (n: number) => ({ line: 3, n })],
  ['GraphML', 'a.graphml', graphml, (n: number) => ({ line: 3 + n }), (n: number) => ({ line: 2, n })],
  [
    'Cytoscape JSON',
    'a.cyjs',
    cyjs,
    (n: number) => ({ path: `elements.edges[${n}]` }),
    (n: number) => ({ path: `elements.nodes[${n}]` }),
  ],
] as const;

const all = (r: ImportResult): readonly Problem[] => (r.ok ? r.warnings : r.problems);
const find = (r: ImportResult, text: string) => all(r).find((p) => p.message.includes(text));
const placeOf = (p: Problem | undefined) =>
  p?.path !== undefined && p.line === undefined ? { path: p.path } : { line: p?.line };

describe.each(FORMATS)('%s: records sharing an id', (_, name, write, edgeAt) => {
  it('rejects a later edge with a used id and another type, at its own place; the first stays', () => {
    const r = readAnySync(
      write([
        { id: 'e1', source: 'a', target: 'b', type: 'clash' },
        { id: 'e1', source: 'a', target: 'b', type: 'alliance' },
      ]),
      name,
    );
    if (r.ok) expect.fail('the conflicting edge was merged or renamed');
    const p = find(r, 'is already used');
    expect(p?.message).toContain('for another type; this one is left out');
    expect(p?.severity).toBe('error');
    expect(p?.record).toEqual({ kind: 'relation', id: 'e1' });
    expect(placeOf(p)).toEqual(edgeAt(1));
    expect(r.partial?.dataset.relations.map((x) => [x.id, x.type])).toEqual([['e1', 'clash']]);
    expect(r.partial?.rejected.map((x) => x.record?.id)).toEqual(['e1']);
  });

  it('joins the targets of one relation, and warns at the later edge when it says something else', () => {
    const r = readAnySync(
      write([
        { id: 'e1', source: 'a', target: 'b', type: 'talks', summary: 'First' },
        { id: 'e1', source: 'a', target: 'c', type: 'talks', summary: 'Second' },
      ]),
      name,
    );
    if (!r.ok) expect.fail(r.problems.map((p) => p.message).join('\n'));
    expect(r.dataset.relations.map((x) => [x.id, x.target, x.summary])).toEqual([
      ['e1', ['b', 'c'], 'First'],
    ]);
    const p = find(r, 'repeats the edge');
    expect(p?.message).toMatch(/with another summary.*is kept$/);
    expect(placeOf(p)).toEqual(edgeAt(1));
  });

  it('reads an exact repeat once, and says so at the repeat', () => {
    const e = { id: 'e1', source: 'a', target: 'b', type: 'talks' };
    const r = readAnySync(write([e, e]), name);
    if (!r.ok) expect.fail(r.problems.map((p) => p.message).join('\n'));
    expect(r.dataset.relations).toHaveLength(1);
    expect(placeOf(find(r, 'exactly; it is read once'))).toEqual(edgeAt(1));
  });
});

describe.each(FORMATS)('%s: a repeated node id', (_, name, write, __, nodeAt) => {
  it('is an error at the later node, naming where the first is', () => {
    const r = readAnySync(
      write([{ id: 'e1', source: 'a', target: 'b', type: 'talks' }], ['a', 'b', 'a']),
      name,
    );
    const p = find(r, 'the actor id "a" is used twice');
    expect(p?.severity).toBe('error');
    const first = nodeAt(0);
    expect(p?.message).toContain('path' in first ? `first at ${first.path}` : `first at line ${first.line}`);
  });
});
