// The GEXF 1.3 rules checker: a valid dynamic document passes, and each rule, broken alone, is reported.
import { describe, expect, it } from 'vitest';
import { checkGexf, parseGexfTime } from './gexf-rules';

const NODES = `
    <node id="a" start="2020-01-01" end="2020-12-31"/>
    <node id="b"/>`;

function doc(body: { graph?: string; attributes?: string; nodes?: string; edges?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph ${body.graph ?? 'mode="dynamic" timeformat="date"'}>
    <attributes class="edge">
      <attribute id="n" title="n" type="integer"/>
      <attribute id="s" title="s" type="string"/>
    </attributes>${body.attributes ?? ''}
    <nodes>${body.nodes ?? NODES}</nodes>
    <edges>${body.edges ?? '<edge id="e" source="a" target="b" start="2020-03-01" end="2020-03-02"/>'}</edges>
  </graph>
</gexf>`;
}

describe('checkGexf', () => {
  it('accepts a valid dynamic document', () => {
    expect(checkGexf(doc({}))).toEqual([]);
  });

  it.each([
    [
      'a timeformat outside the four values',
      { graph: 'mode="dynamic" timeformat="year"' },
      'timeformat="year"',
    ],
    ['a mode outside static, dynamic, slice', { graph: 'mode="moving" timeformat="date"' }, 'mode="moving"'],
    [
      'time in a static graph',
      { graph: 'mode="static" timeformat="date"' },
      'allowed only in a graph with mode="dynamic"',
    ],
    [
      'a time value invalid for the timeformat',
      { edges: '<edge id="e" source="a" target="b" start="2020-02-30"/>' },
      'is not a valid date',
    ],
    [
      'a dateTime where timeformat is date',
      { edges: '<edge id="e" source="a" target="b" start="2020-02-03T10:00:00"/>' },
      'is not a valid date',
    ],
    [
      'start after end',
      { edges: '<edge id="e" source="a" target="b" start="2020-05-01" end="2020-04-01"/>' },
      'start is after end',
    ],
    [
      'overlapping spells',
      {
        nodes: `<node id="a"><spells><spell start="2020-01-01" end="2020-01-15"/><spell start="2020-01-15" end="2020-02-01"/></spells></node><node id="b"/>`,
        edges: '',
      },
      'two spells of the element overlap',
    ],
    [
      'an edge outside its node\u2019s lifetime',
      { edges: '<edge id="e" source="a" target="b" start="2019-12-31" end="2020-01-02"/>' },
      'outside the lifetime of its source node "a"',
    ],
    [
      'an edge spanning the gap between two spells',
      {
        nodes: `<node id="a"><spells><spell start="2020-01-01" end="2020-01-10"/><spell start="2020-02-01" end="2020-02-10"/></spells></node><node id="b"/>`,
        edges: '<edge id="e" source="a" target="b" start="2020-01-05" end="2020-02-05"/>',
      },
      'outside the lifetime of its source node "a"',
    ],
    [
      'an edge outside the graph\u2019s start/end',
      {
        graph: 'mode="dynamic" timeformat="date" start="2020-01-01" end="2020-06-30"',
        nodes: '<node id="a"/><node id="b"/>',
        edges: '<edge source="a" target="b" start="2020-06-01" end="2020-07-01"/>',
      },
      "reaches outside the graph's start/end",
    ],
    [
      'duplicate node ids',
      { nodes: '<node id="a"/><node id="a"/><node id="b"/>', edges: '' },
      'used by two nodes',
    ],
    [
      'duplicate edge ids',
      {
        nodes: '<node id="a"/><node id="b"/>',
        edges: '<edge id="e" source="a" target="b"/><edge id="e" source="b" target="a"/>',
      },
      'used by two edges',
    ],
    [
      'an edge to an undeclared node',
      { edges: '<edge id="e" source="a" target="zz"/>' },
      'target "zz" is not a node',
    ],
    [
      'an attvalue for an undeclared attribute',
      {
        edges:
          '<edge id="e" source="a" target="b"><attvalues><attvalue for="x" value="1"/></attvalues></edge>',
      },
      'for="x" refers to no declared attribute',
    ],
    [
      'an attvalue of the wrong type',
      {
        edges:
          '<edge id="e" source="a" target="b"><attvalues><attvalue for="n" value="many"/></attvalues></edge>',
      },
      'not a valid integer',
    ],
    [
      'an attribute declared twice',
      { attributes: '<attributes class="edge"><attribute id="s" title="again" type="string"/></attributes>' },
      'declared twice',
    ],
    [
      'timestamps in an interval graph',
      { edges: '<edge id="e" source="a" target="b" timestamp="2020-03-01"/>' },
      'timestamp cannot be used with timerepresentation="interval"',
    ],
    [
      'a viz colour channel out of range',
      { edges: '<edge id="e" source="a" target="b"><viz:color r="300" g="0" b="0"/></edge>' },
      'r="300" is out of range',
    ],
    [
      'an edge shape that is not a GEXF shape',
      { edges: '<edge id="e" source="a" target="b"><viz:shape value="wavy"/></edge>' },
      'value="wavy"',
    ],
  ])('reports %s', (_, body, fragment) => {
    const problems = checkGexf(doc(body));
    expect(problems.map((p) => p.message).join('\n')).toContain(fragment);
    expect(problems.every((p) => p.severity === 'error' && p.line !== undefined)).toBe(true);
  });

  it('reports a document that is not well-formed, with its place', () => {
    const [problem, ...rest] = checkGexf('<gexf version="1.3"><graph></gexf>', 'broken.gexf');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'broken.gexf', line: 1 });
    expect(problem?.message).toMatch(/^the XML is not well-formed: /);
  });

  it('reports the wrong namespace and version', () => {
    const messages = checkGexf(
      '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph/></gexf>',
    ).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining(['version must be "1.3"', expect.stringContaining('the root must be')]),
    );
  });
});

describe('parseGexfTime', () => {
  it.each([
    ['2020-02-29', 'date', Date.UTC(2020, 1, 29)],
    ['2021-02-29', 'date', null],
    ['0050-01-01', 'date', -60589296000000],
    ['2020-01-01T12:00:00Z', 'dateTime', Date.UTC(2020, 0, 1, 12)],
    ['2020-01-01', 'dateTime', Date.UTC(2020, 0, 1)],
    ['12', 'integer', 12],
    ['1.5', 'integer', null],
    ['1.5e3', 'double', 1500],
    ['-INF', 'double', -Infinity],
  ] as const)('%s as %s', (value, format, expected) => {
    expect(parseGexfTime(value, format)).toBe(expected);
  });
});
