// readAny: the format from the name and the content, the size limit, zips of CSV tables, hostile keys, and the
// rejected rows as CSV.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ImportCancelled,
  MAX_IMPORT_BYTES,
  detectFormat,
  readAnySync,
  rejectedToCsv,
  type RejectedRow,
} from './index';
import { errorsOf, fixture, loaded } from './test-support';

describe('detectFormat', () => {
  it.each([
    ['a.csv', 'x', 'csv'],
    ['a.TSV', 'x', 'csv'],
    ['a.gexf', '', 'gexf'],
    ['a.graphml', '', 'graphml'],
    ['a.cyjs', '', 'cytoscape'],
    ['a.json', '{}', 'json?'],
    ['a.xml', '<?xml version="1.0"?>\n<!-- c -->\n<graphml>', 'graphml'],
    ['a.xml', '<svg/>', 'xml?'],
    ['noext', ' <gexf version="1.3">', 'gexf'],
    ['noext', '[1]', 'json?'],
    ['noext', 'Source,Target', undefined],
  ])('%s %j → %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });
});

describe('readAnySync', () => {
  it('refuses a file over the limit before reading it', () => {
    const result = readAnySync(new Uint8Array(MAX_IMPORT_BYTES + 1), 'huge.csv');
    expect(errorsOf(result)[0]?.message).toBe('the file is 200 MB; Faultline reads files up to 200 MB');
  });

  it('says which formats it reads when it cannot tell', () => {
    expect(errorsOf(readAnySync('hello', 'notes.doc'))[0]?.message).toContain(
      '.json, .csv, .gexf, .graphml and .cyjs',
    );
  });

  it('tells a Cytoscape JSON from a Faultline dataset by its content', () => {
    const d = loaded(readAnySync(fixture('network.cyjs'), 'network.json'));
    expect(d.actors).toHaveLength(3);
    expect(errorsOf(readAnySync('{"nodes": []}', 'x.json'))[0]?.message).toContain(
      'neither a Faultline dataset',
    );
  });

  it('reads bytes: UTF-8 with a BOM, UTF-16 from spreadsheets, and Windows-1252 with a warning', () => {
    const csv = 'Source,Target,When\nZoë,Ærø,2001\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...csv].map((c) => c.charCodeAt(0))).buffer),
    ]);
    for (const bytes of [new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(csv)]), utf16]) {
      expect(loaded(readAnySync(bytes, 'x.csv')).actors.map((a) => a.label)).toEqual(['Zoë', 'Ærø']);
    }
    const latin = new Uint8Array([...strToU8('Source,Target,When\nZo'), 0xeb, ...strToU8(',B,2001\n')]);
    const result = readAnySync(latin, 'x.csv');
    expect(loaded(result).actors[0]?.label).toBe('Zoë');
    expect(result.ok && result.warnings[0]?.message).toContain('Windows-1252');
  });

  it('reads a zip of CSV tables with its actors, sources and evidence', () => {
    const zip = zipSync({
      'set-relations.csv': strToU8(
        'Relation id,Source,Target,Type,When,Polarity,Evidence\nr,a,b,talks,2001,cooperative,2\n',
      ),
      'set-actors.csv': strToU8('Id,Label,Kind\na,Alpha,state\nb,Beta,state\n'),
      'set-sources.csv': strToU8('Id,Title,Published\ns1,Paper one,2001-05-01\ns2,Paper two,2001-05-02\n'),
      'set-evidence.csv': strToU8(
        'Relation id,Source id,Quote\nr,s1,The two states held talks in May.\nr,s2,Alpha and Beta talked again in May.\n',
      ),
    });
    const d = loaded(readAnySync(zip, 'set.zip'));
    expect(d.actors.map((a) => a.label)).toEqual(['Alpha', 'Beta']);
    expect(d.sources.map((s) => [s.id, s.published])).toEqual([
      ['s1', '2001-05-01'],
      ['s2', '2001-05-02'],
    ]);
    expect(d.relations[0]?.evidence.map((e) => e.source)).toEqual(['s1', 's2']);
  });

  it('reads whose claim each quote carries and its grades, and warns of values it cannot use', () => {
    const zip = zipSync({
      'set-relations.csv': strToU8(
        'Relation id,Source,Target,Type,When,Polarity,Evidence,Confidence,Inference when\n' +
          'r,a,b,talks,2001-05,cooperative,3,moderate,May from the papers\n',
      ),
      'set-actors.csv': strToU8('Id,Label,Kind\na,Alpha,state\nb,Beta,state\nc,Gamma,organisation\n'),
      'set-sources.csv': strToU8('Id,Title,Published\ns1,Paper one,2001-06-01\ns2,Paper two,2001-06-02\n'),
      'set-evidence.csv': strToU8(
        'Relation id,Source id,Quote,Claim by,Claimant,Claimant name,Reliability,Credibility\n' +
          'r,s1,The two states held talks in May.,author,,,b,2\n' +
          'r,s2,Alpha and Beta talked again in May.,party,c,Gamma officials,F,6\n' +
          'r,s2,The talks went on into the night.,rumour,,,G,9\n',
      ),
    });
    const result = readAnySync(zip, 'set.zip');
    const r = loaded(result).relations[0]!;
    expect(r.confidence).toBe('moderate');
    expect(r.inference).toEqual({ when: 'May from the papers' });
    expect(r.evidence.map((e) => [e.claim, e.reliability, e.credibility])).toEqual([
      [{ by: 'author' }, 'B', 2],
      [{ by: 'party', actor: 'c', name: 'Gamma officials' }, 'F', 6],
      [undefined, undefined, undefined],
    ]);
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual([
      '"rumour" is not one of author, party, report; it was left out',
      '"G" is not one of A, B, C, D, E, F; it was left out',
      '"9" is not one of 1, 2, 3, 4, 5, 6; it was left out',
    ]);
  });

  it('refuses a zip without a relations table, and bytes that are not a zip', () => {
    expect(errorsOf(readAnySync(zipSync({ 'notes.txt': strToU8('x') }), 'x.zip'))[0]?.message).toContain(
      'no relations table',
    );
    expect(errorsOf(readAnySync(strToU8('PK not really'), 'x.zip'))[0]?.message).toContain(
      'not a zip archive',
    );
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'keeps a "%s" key as data without polluting objects',
    (key) => {
      const json = `{"elements":{"nodes":[{"data":{"id":"a","${key}":{"polluted":true}}},{"data":{"id":"b"}}],"edges":[{"data":{"source":"a","target":"b","${key}":"x"}}]}}`;
      const d = loaded(readAnySync(json, 'x.cyjs'));
      expect(Object.keys(d.actors[0]?.attributes ?? {})).toEqual([key]);
      expect(d.actors[0]?.attributes?.[key]).toBe('{"polluted":true}');
      expect(d.relations[0]?.attributes?.[key]).toBe('x');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const csv = loaded(readAnySync(`Source,Target,${key}\na,b,x\n`, 'x.csv'));
      expect(Object.keys(csv.relations[0]?.attributes ?? {})).toEqual([key]);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    },
  );
});

describe('progress and cancellation', () => {
  const rows = Array.from({ length: 12_000 }, (_, i) => `a${i % 50},b${i % 70},${2000 + (i % 20)}`);
  const csv = `Source,Target,When\n${rows.join('\n')}\n`;

  it('reports its progress up to the end', () => {
    const seen: number[] = [];
    loaded(readAnySync(csv, 'big.csv', { onProgress: (done) => seen.push(done) }));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((d, i) => d >= 0 && d <= 1 && (i === 0 || d >= seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('stops with ImportCancelled when the signal is aborted during the import', () => {
    const controller = new AbortController();
    const read = () =>
      readAnySync(csv, 'big.csv', {
        signal: controller.signal,
        onProgress: (d) => d > 0 && controller.abort(),
      });
    expect(read).toThrow(ImportCancelled);
  });
});

describe('rejectedToCsv', () => {
  it('writes the input columns, the line and the problem, quoting and defusing formulas', () => {
    const rows: RejectedRow[] = [
      {
        line: 3,
        values: new Map([
          ['Source', 'A, the first'],
          ['When', '=HYPERLINK("x")'],
        ]),
        problems: [{ file: 'x.csv', line: 3, path: 'When', message: 'bad date', severity: 'error' }],
      },
      { line: 5, values: new Map([['Target', 'B']]), problems: [] },
    ];
    expect(rejectedToCsv(rows)).toBe(
      'Source,When,Target,line,problem\r\n"A, the first","\'=HYPERLINK(""x"")",,3,When: bad date\r\n,,B,5,\r\n',
    );
  });
});
