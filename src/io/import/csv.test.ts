// The CSV reader on tables written for this project: delimiters, BOM, quoting, Gephi's edge table conventions,
// actors/sources/evidence tables; and one broken variant per rule with the problem and its place.
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv';
import { targetsOf } from '../../model/dataset/schema';
import { errorsOf, expectProblem, fixture, loaded, type ExpectedProblem } from './test-support';

const BASE = [
  ['Source', 'Target', 'Type', 'When', 'Summary'],
  ['Alpha', 'Beta', 'alliance', '2001/2003', 'Alpha and Beta ally'],
  ['Beta', 'Alpha Group', 'clash', '2004-05-01', 'Beta and the Alpha Group clash'],
];

function table(delimiter: string): string {
  return BASE.map((row) => row.map((c) => (c.includes(delimiter) ? `"${c}"` : c)).join(delimiter)).join('\n');
}

describe('readCsv: valid tables', () => {
  it.each([
    ['comma', ','],
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|'],
    ['space', ' '],
  ])('detects the %s delimiter', (_, delimiter) => {
    const d = loaded(readCsv(table(delimiter), { fileName: 'relations.csv' }));
    expect(d.relations.map((r) => [r.type, r.source, r.target, r.when])).toEqual([
      ['alliance', 'alpha', 'beta', '2001/2003'],
      ['clash', 'beta', 'alpha-group', '2004-05-01'],
    ]);
    expect(d.actors.map((a) => a.label)).toEqual(['Alpha', 'Beta', 'Alpha Group']);
  });

  it('reads the relations and actors fixtures: BOM, CRLF, quoted commas and line breaks, sources, multi-party targets', () => {
    const d = loaded(
      readCsv(fixture('relations.csv'), {
        fileName: 'relations.csv',
        actorsTable: { text: fixture('actors.csv'), fileName: 'actors.csv' },
      }),
    );
    expect(d.actors.map((a) => [a.id, a.kind, a.when ?? null, a.country ?? null])).toEqual([
      ['alpha', 'state', '1990/..', 'AA'],
      ['beta', 'armed-group', '1995/2010', null],
      ['gamma', 'organisation', null, null],
    ]);
    expect(d.actors[0]?.aliases).toEqual(['Alpha Republic', 'The Republic']);
    expect(d.actors[2]?.attributes).toEqual({ kind: 'guild' });
    const [ally, pact, talks] = d.relations;
    expect(ally?.summary).toBe('Alpha and Beta, allied');
    expect(ally?.evidence).toEqual([
      { source: 'invented-daily', quote: 'Alpha and Beta announced their alliance today.' },
    ]);
    expect(ally?.attributes).toEqual({ Weight: '3' });
    expect(pact?.evidence[0]?.quote).toBe('The two sides signed a trade pact.\nIt covers grain.');
    expect(d.sources).toEqual([
      { id: 'invented-daily', title: 'Invented Daily', published: 'XXXX', url: 'https://example.org/a' },
    ]);
    expect(talks && targetsOf(talks)).toEqual(['alpha', 'beta']);
    expect(d.relationTypes).toEqual([
      { id: 'trade-pact', label: 'Trade pact', polarity: 'cooperative', duration: 'event', directed: true },
    ]);
  });

  it("reads Gephi's edge table: Type as direction, Label as type, timesets with several spells and infinities", () => {
    const d = loaded(readCsv(fixture('gephi-edges.csv'), { fileName: 'edges.csv' }));
    expect(d.relations.map((r) => [r.id, r.type, r.when])).toEqual([
      ['0', 'rivalry', '2001/2003'],
      ['0-2', 'rivalry', '2005/..'],
      ['1', 'talks', '2004'],
      ['2', 'rivalry', '../2002'],
    ]);
    expect(d.relations[1]?.attributes).toEqual({ Weight: '1.0', originalId: '0' });
  });

  it('gives a table with no types one declared type, link, and reads Start/End columns', () => {
    const d = loaded(readCsv('From,To,Start,End\nA,B,2001,\nB,A,,2003-04\n', { fileName: 'x.csv' }));
    expect(d.relations.map((r) => [r.type, r.when])).toEqual([
      ['link', '2001/..'],
      ['link', '../2003-04'],
    ]);
    expect(d.relationTypes?.[0]).toMatchObject({ id: 'link', label: 'Link', duration: 'lasting' });
  });

  it('merges rows sharing an id: more targets, more quotes', () => {
    const csv = [
      'Id,Source,Target,Type,When,Quote,Source title',
      'r1,A,B,talks,2001-02-03,The parties met on Saturday morning.,Paper',
      'r1,A,C,talks,2001-02-03,The parties met on Saturday morning.,Paper',
      'r1,A,B,talks,2001-02-03,A second paper reported the same meeting.,Other paper',
    ].join('\n');
    const [r] = loaded(readCsv(csv, { fileName: 'x.csv' })).relations;
    expect(r && targetsOf(r)).toEqual(['b', 'c']);
    expect(r?.evidence.map((e) => e.source)).toEqual(['paper', 'other-paper']);
  });

  it('keeps an unsafe link as text, never as a source URL', () => {
    const csv =
      'Source,Target,Type,When,Quote,Source URL\nA,B,talks,2001,They talked for a long time.,javascript:alert(1)\n';
    const result = readCsv(csv, { fileName: 'x.csv' });
    const d = loaded(result);
    expect(d.sources[0]?.url).toBeUndefined();
    expect(d.relations[0]?.attributes?.['Source URL']).toBe('javascript:alert(1)');
  });
});

describe('readCsv: broken tables', () => {
  const cases: [string, string, ExpectedProblem][] = [
    ['no Source column', 'Actor,Target\nA,B\n', { message: 'needs a Source (or From) column', line: 1 }],
    ['an unclosed quote', 'Source,Target\nA,"B\n', { message: 'never closed', line: 2, column: 3 }],
    ['an empty file', '', { message: 'the table is empty' }],
    ['a row without target', 'Source,Target,When\nA,,2001\n', { message: 'names no target actor', line: 2 }],
    [
      'an unreadable date',
      'Source,Target,When\nA,B,yesterday\n',
      { message: 'write dates as YYYY-MM-DD', line: 2, column: 5, path: 'When' },
    ],
    [
      'an ambiguous date',
      'Source,Target,When\nA,B,05/06/2004\n',
      { message: 'ambiguous', line: 2, path: 'When' },
    ],
    [
      'a reversed span',
      'Source,Target,Start,End\nA,B,2005,2001\n',
      { message: 'ends before it starts', line: 2, path: 'Start' },
    ],
    [
      'a bad timeset',
      'Source,Target,timeset\nA,B,"[2001, 2003"\n',
      { message: 'not closed', line: 2, path: 'timeset' },
    ],
    [
      'a bad status',
      'Source,Target,When,Status\nA,B,2001,rumoured\n',
      { message: 'neither "reported" nor "alleged"', line: 2 },
    ],
    [
      'a too short quote',
      'Source,Target,Type,When,Quote\nA,B,talks,2001,Short.\n',
      { message: 'at least 12', line: 2, path: 'evidence[0].quote' },
    ],
    [
      'an event with an open end',
      'Source,Target,Type,When\nA,B,attack,2001/..\n',
      { message: 'attack is an event', line: 2, path: 'when' },
    ],
    [
      'an id used twice for different relations',
      'Id,Source,Target,Type,When\nr,A,B,talks,2001\nr,B,C,clash,2002\n',
      { message: 'already used at line 2', line: 3 },
    ],
  ];
  it.each(cases)('%s', (_, csv, want) => {
    expectProblem(errorsOf(readCsv(csv, { fileName: 'bad.csv' })), want);
  });

  it('offers the valid part and the rejected rows when some rows are bad', () => {
    const result = readCsv('Source,Target,When\nA,B,2001\nB,C,someday\nC,A,2003\n', { fileName: 'bad.csv' });
    expect(result.ok).toBe(false);
    if (result.ok || !result.partial) return expect.fail('expected a partial result');
    expect(result.partial.dataset.relations.map((r) => r.when)).toEqual(['2001', '2003']);
    expect(result.partial.rejected.map((r) => [r.line, r.values.get('When')])).toEqual([[3, 'someday']]);
  });

  it('names the actors table for a problem in it', () => {
    const result = readCsv('Source,Target\nA,B\n', {
      fileName: 'r.csv',
      actorsTable: { text: 'Id,Name,Start\nA,Alpha,never\n', fileName: 'a.csv' },
    });
    expectProblem(errorsOf(result), { message: 'write dates as YYYY-MM-DD', line: 2, path: 'Start' });
    expect(errorsOf(result)[0]?.file).toBe('a.csv');
  });
});

describe('a header that names a column twice', () => {
  it('keeps both columns, the second under a new name, and says where', () => {
    const result = readCsv('Source,Target,Type,Note,Note\nA,B,alliance,first,second\n', {
      fileName: 'twice.csv',
    });
    const d = loaded(result);
    expect(d.relations[0]?.attributes).toEqual({ Note: 'first', 'Note (2)': 'second' });
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'twice.csv',
        line: 1,
        column: 25,
        message:
          'the header names "Note" twice (columns 4 and 5); the second is read as "Note (2)", so neither is lost',
      }),
    );
  });
});

describe('rows that share a relation id', () => {
  it('merge their targets, and a row that says something else is a warning naming the field and the first line', () => {
    const text = [
      'Id,Source,Target,Type,Summary,Status',
      'r1,A,B,alliance,Pact,reported',
      'r1,A,C,alliance,Pact,reported',
      'r1,A,D,alliance,Another pact,alleged',
    ].join('\n');
    const result = readCsv(text, { fileName: 'shared.csv' });
    const d = loaded(result);
    expect(d.relations.map((r) => [r.id, targetsOf(r), r.summary, r.status])).toEqual([
      ['r1', ['b', 'c', 'd'], 'Pact', 'reported'],
    ]);
    expect(result.ok && result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'shared.csv',
        line: 4,
        message: 'the id "r1" repeats line 2 with another summary, status; line 2\'s is kept',
      }),
    );
  });
});

describe('readCsv: a name missing from the actors table', () => {
  it('is added with a warning placed at the row that names it', () => {
    const result = readCsv('Source,Target,Type,When\nA,B,clash,2001\nA,Zed,clash,2002\n', {
      fileName: 'r.csv',
      actorsTable: { text: 'Id,Name\nA,Alpha\nB,Beta\n', fileName: 'a.csv' },
    });
    const d = loaded(result);
    expect(d.actors.map((a) => a.label)).toContain('Zed');
    expectProblem(result.ok ? result.warnings : [], {
      message: '"Zed" is not in the actors table; it was added with that name as its label',
      line: 3,
    });
  });
});
