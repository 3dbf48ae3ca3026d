// The CSV export, read back with a CSV parser: the columns Kumu and Gephi import, one row per target, exact
// text, kept attributes, all the evidence, and the zip of every table.
import { strToU8, unzipSync } from 'fflate';
import { readCsvZip } from '../import/csv';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from './csv-text';
import { csvTables, datasetTable, writeCsv, writeCsvZip } from './csv';
import { FIXTURE } from './fixture';

function rows(text: string): Record<string, string>[] {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('csvTables', () => {
  const tables = csvTables(FIXTURE);
  const relations = rows(tables['relations.csv']);
  const actors = rows(tables['actors.csv']);

  it('writes the relation columns Kumu and Gephi read, then the attributes', () => {
    expect(Object.keys(relations[0]!)).toEqual([
      'Id',
      'Source',
      'Target',
      'Type',
      'Label',
      'Polarity',
      'Status',
      'When',
      'Start',
      'End',
      'timeset',
      'Summary',
      'Quote',
      'Source title',
      'Relation id',
      'Directed',
      'Subtype',
      'Asserted by',
      'Disputed by',
      'Evidence',
      'Confidence',
      'Inference when',
      'Inference type',
      'Inference parties',
      'Claims',
      'Reliability',
      'Credibility',
      'weight_hint',
      'kind',
    ]);
  });

  it('writes who says so: confidence, inference notes, and per passage the claim and its grades', () => {
    expect(relations.find((r) => r.Id === 'gamma-mediates-2025-10~beta')).toMatchObject({
      Confidence: 'moderate',
      'Inference when': 'From the first day of the talks to the fourth, as Report A counts them.',
      'Inference type': '',
      Claims: 'author|report: Wire, 16 October [gamma]',
      Reliability: 'B|',
      Credibility: '2|',
    });
    expect(relations.find((r) => r.Id === 'alpha-closes-border')).toMatchObject({
      Confidence: '',
      Claims: '',
      Reliability: '',
    });
    const evidence = rows(tables['evidence.csv']);
    expect(evidence.filter((e) => e['Relation id'] === 'gamma-mediates-2025-10')).toEqual([
      expect.objectContaining({
        'Claim by': 'author',
        Claimant: '',
        'Claimant name': '',
        Reliability: 'B',
        Credibility: '2',
      }),
      expect.objectContaining({
        'Claim by': 'report',
        Claimant: 'gamma',
        'Claimant name': 'Wire, 16 October',
        Reliability: '',
        Credibility: '',
      }),
    ]);
    expect(evidence.find((e) => e['Relation id'] === 'alpha-army-strikes-beta')).toMatchObject({
      'Claim by': 'party',
      Claimant: 'beta',
      'Claimant name': 'Beta, "officials"',
      Reliability: 'F',
      Credibility: '6',
    });
  });

  it('writes one row per target, each naming its relation', () => {
    const mediation = relations.filter((r) => r['Relation id'] === 'gamma-mediates-2025-10');
    expect(mediation.map((r) => [r.Id, r.Source, r.Target])).toEqual([
      ['gamma-mediates-2025-10~alpha', 'gamma', 'alpha'],
      ['gamma-mediates-2025-10~beta', 'gamma', 'beta'],
    ]);
  });

  it.each([
    [
      'alpha-beta-rivalry',
      { When: '2021-08/..', Start: '2021-08-01', End: '', timeset: '<[2021-08-01,Infinity]>' },
    ],
    [
      'gamma-mediates-2025-10~beta',
      { Start: '2025-10-11', End: '2025-10-15', timeset: '<[2025-10-11,2025-10-15]>' },
    ],
    [
      'alpha-army-strikes-beta',
      { When: '2025-10-09T22:30:00Z', timeset: '<[2025-10-09,2025-10-09]>', Status: 'alleged' },
    ],
  ])('writes the time of %s as EDTF, days and a Gephi timeset', (id, expected) => {
    expect(relations.find((r) => r.Id === id)).toMatchObject(expected);
  });

  it('writes text exactly, apart from the apostrophe that keeps formulas inert', () => {
    const strike = relations.find((r) => r.Id === 'alpha-army-strikes-beta')!;
    expect(strike.Summary).toBe("'-Strike at night; <b>not</b> bold.");
    expect(strike.Quote).toBe('Beta said the army struck its positions at night.');
    expect(strike['Source title']).toBe('Report "B"');
    expect(relations.find((r) => r.Id === 'alpha-closes-border')!.Summary).toBe(
      "'@Alpha closed the crossing.",
    );
    const alpha = actors.find((a) => a.Id === 'alpha')!;
    expect(alpha).toMatchObject({
      Label: 'Alpha <State>',
      Aliases: 'A-land|Alphaland',
      note: `'=HYPERLINK("http://x")`,
    });
    expect(actors.find((a) => a.Id === 'gamma')!.Description).toBe("'+Mediator, line one\nline two");
  });

  it('writes actors with kind, parent, lifetime and their own EDTF, then the attributes', () => {
    expect(actors.find((a) => a.Id === 'beta')).toMatchObject({
      Kind: 'armed-group',
      When: '2007-12/..',
      timeset: '<[2007-12-01,Infinity]>',
      founded_by: 'council',
      active: 'true',
    });
    expect(actors.find((a) => a.Id === 'alpha-army')).toMatchObject({
      PartOf: 'alpha',
      timeset: '',
      When: '',
    });
    expect(actors.find((a) => a.Id === 'alpha')).toMatchObject({
      When: '2022/..',
      timeset: '<[2021-08-01,Infinity]>',
    });
    expect(actors.find((a) => a.Id === 'alpha')!['attributes.kind']).toBe('shadowed');
  });

  it('lists every quote in evidence.csv and every source in sources.csv', () => {
    expect(
      rows(tables['evidence.csv']).filter((e) => e['Relation id'] === 'gamma-mediates-2025-10'),
    ).toHaveLength(2);
    expect(rows(tables['sources.csv']).map((s) => [s.Id, s.Title, s.URL])).toEqual([
      ['src-a', 'Report A, with a comma', 'https://example.org/a'],
      ['src-b', 'Report "B"', ''],
    ]);
  });

  it('names the ends From and To for Kumu', () => {
    const kumu = rows(writeCsv(FIXTURE, 'relations', { headers: 'kumu' }));
    expect(Object.keys(kumu[0]!).slice(0, 4)).toEqual(['Id', 'From', 'To', 'Type']);
    expect(kumu[0]).toMatchObject({ From: 'alpha', To: 'beta' });
  });

  it('writes only the view when given edge keys', () => {
    const view = rows(writeCsv(FIXTURE, 'relations', { edgeKeys: ['alpha-closes-border'] }));
    expect(view.map((r) => r.Id)).toEqual(['alpha-closes-border']);
    expect(rows(writeCsv(FIXTURE, 'actors', { edgeKeys: ['alpha-closes-border'] })).map((a) => a.Id)).toEqual(
      ['alpha', 'gamma'],
    );
  });
});

describe('writeCsvZip', () => {
  it('zips the four tables and the dataset table, byte for byte, with the date it is given', () => {
    const mtime = new Date('2026-01-02T03:04:00Z');
    const zip = writeCsvZip(FIXTURE, { mtime });
    const files = unzipSync(zip);
    const tables = { ...csvTables(FIXTURE), 'dataset.csv': datasetTable(FIXTURE) };
    expect(Object.keys(files).sort()).toEqual(Object.keys(tables).sort());
    for (const [name, text] of Object.entries(tables)) expect(files[name]).toEqual(strToU8(text));
    expect(writeCsvZip(FIXTURE, { mtime })).toEqual(zip);
  });

  it('keeps the dataset’s id, title and description, and an import of the zip gets them back', () => {
    expect(datasetTable(FIXTURE).split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFId,Title,Description,Opening date,Opening from,Opening to,Opening note',
      `export-fixture,Export fixture,"${FIXTURE.description.replace(/"/g, '""')}",,,,`,
    ]);
    const back = readCsvZip(writeCsvZip(FIXTURE), { fileName: 'x-csv.zip' });
    if (!back.ok) throw new Error(back.problems[0]?.message);
    expect([back.dataset.id, back.dataset.title, back.dataset.description]).toEqual([
      FIXTURE.id,
      FIXTURE.title,
      FIXTURE.description,
    ]);
  });
});

describe('what the CSV zip gives back', () => {
  // Text that once came back changed: a label the formula guard had marked, aliases holding a list separator.
  const tricky = {
    ...FIXTURE,
    actors: FIXTURE.actors.map((a, i) =>
      i === 0
        ? {
            ...a,
            label: '-1 Brigade',
            aliases: ['A|B', 'C;D', 'back\\slash', "'=already quoted", '=SUM(A1)'],
          }
        : i === 1
          ? { ...a, description: "'-quoted by its author" }
          : a,
    ),
  };

  it('gives formula-like text and lists with separators back exactly', () => {
    const back = readCsvZip(writeCsvZip(tricky), { fileName: 'x-csv.zip' });
    if (!back.ok) throw new Error(back.problems[0]?.message);
    const [first, second] = back.dataset.actors;
    expect(first?.label).toBe('-1 Brigade');
    expect(first?.aliases).toEqual(['A|B', 'C;D', 'back\\slash', "'=already quoted", '=SUM(A1)']);
    expect(second?.description).toBe("'-quoted by its author");
  });

  it('still guards the cells for spreadsheets', () => {
    const actors = csvTables(tricky)['actors.csv'];
    expect(actors).toContain(",'-1 Brigade,");
    // The aliases are one cell, which starts with a letter: nothing in it can run.
    expect(actors).toContain("A\\|B|C\\;D|back\\\\slash|'=already quoted|=SUM(A1)");
  });
});
