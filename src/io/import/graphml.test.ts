// The GraphML reader on a file written for this project (keys with defaults, yEd labels, nested graphs, start /
// end / when) and broken variants with their problem and place.
import { describe, expect, it } from 'vitest';
import { readGraphml } from './graphml';
import { errorsOf, expectProblem, fixture, loaded, type ExpectedProblem } from './test-support';

describe('readGraphml', () => {
  it('reads keys, defaults, yEd labels, a nested graph as partOf, and start/end/when as time', () => {
    const d = loaded(readGraphml(fixture('static.graphml'), { fileName: 'static.graphml' }));
    expect(d.actors.map((a) => [a.id, a.label, a.kind, a.partOf ?? null, a.attributes ?? null])).toEqual([
      ['alpha', 'Alpha Republic', 'state', null, { population: 1200 }],
      ['beta', 'beta', 'armed-group', null, { population: 0 }],
      ['gamma', 'gamma', 'organisation', null, { population: 0, kind: 'guild' }],
      ['gamma-wing', 'gamma-wing', 'organisation', 'gamma', { population: 0 }],
    ]);
    expect(d.relations.map((r) => [r.id, r.type, r.when, r.attributes ?? null])).toEqual([
      ['e1', 'rivalry', '2001/2004', { confidence: 0.5 }],
      ['e2', 'trade-pact', '2003-05-01', null],
      ['e3', 'attack', '2005-02-11', null],
    ]);
  });

  const cases: [string, string, ExpectedProblem][] = [
    ['not GraphML', '<gexf/>', { message: 'not a GraphML file' }],
    [
      'an edge without source',
      '<graphml><graph><node id="a"/>\n<edge target="a"/></graph></graphml>',
      { message: 'no source actor', line: 2, column: 1 },
    ],
    [
      'a bad date',
      '<graphml><key id="w" for="edge" attr.name="when"/><graph><node id="a"/><node id="b"/>\n<edge source="a" target="b"><data key="w">soon</data></edge></graph></graphml>',
      { message: 'write dates as YYYY-MM-DD', line: 2, path: 'when' },
    ],
  ];
  it.each(cases)('refuses %s', (_, xml, want) => {
    expectProblem(errorsOf(readGraphml(xml, { fileName: 'bad.graphml' })), want);
  });

  const hyperedges = (n: number) =>
    readGraphml(
      '<graphml><graph><node id="a"/><node id="b"/><edge source="a" target="b"/>\n' +
        '<hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>\n'.repeat(n) +
        '</graph></graphml>',
      { fileName: 'h.graphml' },
    );
  const hyperWarnings = (result: ReturnType<typeof readGraphml>) =>
    result.ok ? result.warnings.filter((w) => w.message.includes('hyperedge')) : [];

  it('warns that a hyperedge is not read, at its place', () => {
    expect(hyperWarnings(hyperedges(1))).toEqual([
      {
        file: 'h.graphml',
        line: 2,
        column: 1,
        message: 'a hyperedge is not read: split it into edges',
        severity: 'warning',
      },
    ]);
  });

  it('says once how many hyperedges were not read, at the first, however many there are', () => {
    const result = hyperedges(5000);
    expect(result.ok).toBe(true);
    expect(hyperWarnings(result)).toEqual([
      {
        file: 'h.graphml',
        line: 2,
        column: 1,
        message: '5,000 hyperedges are not read: the first is here; split them into edges',
        severity: 'warning',
      },
    ]);
    expect(result.ok && result.warnings.length).toBeLessThan(5);
  });
});

describe('readGraphml: files in the shape Gephi writes', () => {
  it('reads the graph <desc>, keys declared inside <graph> and INF; counts what it leaves out', () => {
    const result = readGraphml(fixture('gephi-shaped.graphml'), { fileName: 'gephi.graphml' });
    const d = loaded(result);
    expect(d.description).toBe('Three invented parties');
    expect(d.relations.map((r) => r.attributes)).toEqual([{ strength: 'INF' }, { strength: 0.5 }]);
    if (!result.ok) return;
    expect([...result.report.dropped]).toEqual([
      ['graph-level <data>', 1],
      ['<desc> of a node or an edge', 1],
    ]);
    const messages = result.warnings.map((w) => w.message);
    expect(messages).toContain('1 graph-level <data> was not read: Faultline has no place for it');
    expect(messages.some((m) => m.includes('INF'))).toBe(false);
  });
});
