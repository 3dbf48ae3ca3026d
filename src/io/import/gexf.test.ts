// The GEXF reader on files written for this project (1.1 double, 1.2 dateTime with offsets and open bounds,
// 1.3 integer timestamps) and one broken variant per rule, each with its problem and place.
import { describe, expect, it } from 'vitest';
import { readGexf } from './gexf';
import { errorsOf, expectProblem, fixture, loaded, type ExpectedProblem } from './test-support';

describe('readGexf: valid files', () => {
  it('reads a file shaped as networkx writes it: type="<name>", timeformat="long", when, weight, ids from 0', () => {
    const result = readGexf(fixture('networkx-shaped.gexf'), { fileName: 'nx.gexf' });
    const d = loaded(result);
    expect(d.actors.map((a) => a.id)).toEqual(['0', '1', '2']);
    expect(d.relations.map((r) => [r.id, r.type, r.when, r.attributes])).toEqual([
      // A relation id never equals an actor id: the graph draws both by id.
      ['0-2', 'alliance', '2001~/2004', { weight: 4, originalId: '0' }],
      ['1-2', 'clash', '2003', { weight: 1, originalId: '1' }],
      // A `when` that disagrees with the edge's own days is kept as data, and the days are read.
      ['2-2', 'link', '2002/2005', { when: '1999/2000', weight: 2, originalId: '2' }],
    ]);
    expect(d.relationTypes?.map((t) => [t.id, t.directed])).toEqual([['link', false]]);
    expect(result.ok && result.warnings.map((w) => w.message)).toContain(
      '"1999/2000" does not cover the days of the edge\'s own start and end; those were read',
    );
  });

  it.each([
    [
      'with days of its own',
      ' start="2001-01-01" end="2002-01-01"',
      '2001-01-01/2002-01-01',
      'its start and end',
    ],
    ['without', '', '../..', 'nothing: it is undated'],
  ])('keeps a when that is no EDTF as an attribute, with a warning, on an edge %s', (_, days, when, from) => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed" timeformat="date">
    <attributes class="edge"><attribute id="w" title="when" type="string"/></attributes>
    <nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>
    <edges>
      <edge id="e" source="a" target="b"${days}><attvalues><attvalue for="w" value="not a date"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    const result = readGexf(text, { fileName: 'w.gexf' });
    const d = loaded(result);
    expect(d.relations.map((r) => [r.when, r.attributes])).toEqual([[when, { when: 'not a date' }]]);
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        line: 7,
        message: `"not a date" is not an EDTF date or interval; it is kept as an attribute and the edge's time is read from ${from}`,
      }),
    );
  });

  it('reads a 1.2 dynamic graph: spells with offsets to UTC, open bounds, defaults, dynamic values, viz', () => {
    const d = loaded(readGexf(fixture('dynamic.gexf'), { fileName: 'dynamic.gexf' }));
    expect(d.description).toBe('Alpha and Beta over two days');
    const [alpha, beta] = d.actors;
    expect(alpha).toMatchObject({
      id: 'alpha',
      label: 'Alpha',
      kind: 'state',
      when: '2020-03-01T07:00:00Z/..',
    });
    expect(alpha?.attributes).toEqual({
      'strength@2020-02-29T23:00:00Z/2020-03-01T23:00:00Z': 0.5,
      members: 10,
      'viz:color': '#ff8000',
      x: 10,
      y: -20,
      spells: '2020-03-01T07:00:00Z/2020-03-01T19:00:00Z; 2020-03-02T05:00:00Z/..',
    });
    expect(beta?.attributes).toEqual({ members: 42 });
    expect(d.relations.map((r) => [r.id, r.type, r.when, r.evidence.length])).toEqual([
      ['e-1', 'talks', '2020-03-01T08:00:00Z/2020-03-01T09:30:00Z', 1],
      ['e-1-2', 'talks', '2020-03-02T09:00:00Z/2020-03-02T11:00:00Z', 1],
      ['e-2', 'blockade', '2020-03-01T17:00:00Z/2020-03-03T17:00:00Z', 0],
      ['e-3', 'talks', '../..', 0],
    ]);
    expect(d.sources).toEqual([{ id: 'invented-bulletin', title: 'Invented Bulletin', published: 'XXXX' }]);
    expect(d.relationTypes).toEqual([
      { id: 'blockade', label: 'Blockade', polarity: 'cooperative', duration: 'event', directed: true },
    ]);
  });

  it('reads a 1.3 graph of integer years as timestamps, kinds as types, pid as partOf', () => {
    const result = readGexf(fixture('years.gexf'), { fileName: 'years.gexf' });
    const d = loaded(result);
    expect(d.title).toBe('Years');
    expect(d.actors.map((a) => [a.id, a.when ?? null, a.partOf ?? null])).toEqual([
      ['a', '2001/2004', null],
      ['b', null, null],
      ['c', null, 'b'],
    ]);
    expect(d.relations.map((r) => [r.id, r.type, r.when, r.status])).toEqual([
      ['1', 'clash', '2001', 'reported'],
      ['2', 'supply-route', '2003', 'alleged'],
      ['3', 'alliance', '2002-01/2002-12', 'reported'],
      ['3-2', 'alliance', '2005-01/2005-12', 'reported'],
    ]);
    if (result.ok)
      expect(result.report.foreignTypes.map((t) => t.name)).toEqual(['clash', 'Supply route', 'alliance']);
  });

  it('reads 1.1 double times as days from 1970, slices, and gives an edge without time its nodes’ span', () => {
    const d = loaded(readGexf(fixture('days.gexf'), { fileName: 'days.gexf' }));
    expect(d.actors.map((a) => a.when ?? null)).toEqual([null, '1970-01-02/1970-01-31']);
    expect(d.relations.map((r) => r.when)).toEqual([
      '1970-01-03/1970-01-04T12:00:00Z',
      '1970-01-02/1970-01-31',
    ]);
  });

  it('maps types through a mapping given by the user', () => {
    const typeMapping = new Map([['Supply route', { kind: 'builtin', type: 'support' } as const]]);
    const d = loaded(readGexf(fixture('years.gexf'), { fileName: 'years.gexf', typeMapping }));
    expect(d.relations[1]).toMatchObject({ type: 'support', when: '2003-01/2003-12' });
    expect(d.relationTypes).toBeUndefined();
  });
});

const graph = (body: string, attrs = 'mode="dynamic" timeformat="date"') =>
  `<gexf version="1.3"><graph ${attrs}><nodes><node id="a"/><node id="b"/></nodes><edges>${body}</edges></graph></gexf>`;

describe('readGexf: broken files', () => {
  const cases: [string, string, ExpectedProblem][] = [
    [
      'a DOCTYPE with an entity',
      '<?xml version="1.0"?>\n<!DOCTYPE gexf [<!ENTITY x "y">]>\n<gexf/>',
      { message: 'DOCTYPE', line: 2 },
    ],
    ['XML that is not well-formed', '<gexf>\n  <graph>\n</gexf>', { message: 'not well-formed', line: 3 }],
    ['another XML format', '<svg/>', { message: 'not a GEXF file', line: 1, column: 1 }],
    ['no graph', '<gexf/>', { message: 'has no <graph>' }],
    ['an unknown timeformat', graph('', 'timeformat="ticks"'), { message: 'timeformat="ticks"' }],
    [
      'an edge without target',
      graph('<edge id="e" source="a"/>'),
      { message: 'an <edge> has no target', line: 1 },
    ],
    [
      'an edge to a node that is not there',
      graph('<edge id="e" source="a" target="zz" start="2001-01-01"/>'),
      { message: 'no actor with the id "zz"', record: 'e' },
    ],
    [
      'a time that is not the declared format',
      graph('<edge id="e" source="a" target="b" start="01/02/2001"/>'),
      { message: 'ambiguous', line: 1 },
    ],
    [
      'a spell that ends before it starts',
      graph(
        '<edge id="e" source="a" target="b"><spells><spell start="2003-01-01" end="2001-01-01"/></spells></edge>',
      ),
      { message: 'ends before it starts' },
    ],
  ];
  it.each(cases)('%s', (_, xml, want) => {
    expectProblem(errorsOf(readGexf(xml, { fileName: 'bad.gexf' })), want);
  });

  it('never expands entities, even without a DOCTYPE', () => {
    expectProblem(errorsOf(readGexf('<gexf>&lol;</gexf>', { fileName: 'bad.gexf' })), {
      message: 'undefined entity',
    });
  });
});

describe('readGexf: an <attvalue> without <attvalues>', () => {
  it('is read, and INF is a double', () => {
    const result = readGexf(fixture('bare-attvalue.gexf'), { fileName: 'bare.gexf' });
    const d = loaded(result);
    expect(d.relations.map((r) => [r.type, r.attributes])).toEqual([['alliance', { strength: 'INF' }]]);
    expect(result.ok && result.warnings.some((w) => w.message.includes('INF'))).toBe(false);
  });
});
