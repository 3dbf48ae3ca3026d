// The five event readers on the project's own small files (the real formats' headers and quirks): what loads,
// how it maps, what is counted and left out, and every bad row placed by file, line, column and reason while the
// rest still loads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Relation } from '../../../model/dataset/schema';
import { parseWindow } from '../../../model/events/window';
import { detectFormat, readAnySync } from '../index';
import type { ImportOptions, ImportResult } from '../result';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '__fixtures__', name), 'utf8');

function read(name: string, options: ImportOptions = {}): ImportResult {
  return readAnySync(fixture(name), name, options);
}

/** The valid part of a result that has bad rows, or the dataset of one that has none. */
function datasetOf(result: ImportResult): Dataset {
  const dataset = result.ok ? result.dataset : result.partial?.dataset;
  if (!dataset) expect.fail(result.ok ? '' : result.problems.map((p) => p.message).join('\n'));
  return dataset;
}

const label = (d: Dataset, id: string) => d.actors.find((a) => a.id === id)?.label;

/** A relation as a line of a table: source label → target label, type, when, events, fatalities. */
function line(d: Dataset, r: Relation): string {
  const a = r.attributes ?? {};
  const dead = a.fatalities === undefined ? '' : ` †${String(a.fatalities)}`;
  return `${label(d, r.source)} → ${label(d, r.target as string)} ${r.type} ${r.when} ×${String(a.events)}${dead}`;
}

const messages = (result: ImportResult) =>
  (result.ok ? result.warnings : result.problems).map((p) => p.message);

describe.each([
  {
    file: 'icews.tab',
    format: 'icews',
    relations: [
      'Alpha → Beta talks 2021-03-02/2021-03-09 ×2',
      'Delta Front → Police (Alpha) clash 2021-03-15/2021-03-20 ×2',
      'Alpha → Beta threat 2021-04-05 ×1',
    ],
    bad: [{ line: 8, column: 6, path: 'Event Date', message: '"2021-04-31" is not a day (YYYY-MM-DD)' }],
    counted: ['1 row left out: no source or no target actor', '1 event with the code cameo:01 left out'],
  },
  {
    file: 'acled.csv',
    format: 'acled',
    relations: [
      'Military Forces of Xland (2019-) → Yfront clash 2022-05-02~/2022-05-20~ ×2 †8',
      'Civilians (Xland) → Yfront attack 2022-05 ×1 †2',
    ],
    bad: [
      { line: 7, column: 22, path: 'time_precision', message: '"4" is not 1, 2 or 3' },
      { line: 8, path: 'fatalities', message: '"many" is not a whole number of fatalities' },
    ],
    counted: [
      '1 row left out: actor1 or actor2 is empty (no pair)',
      '1 event with the code acled:strategic developments left out',
    ],
  },
  {
    file: 'ucdp-ged.csv',
    format: 'ucdp',
    relations: [
      'Government of Xland → Yfront clash 2020-02 ×2 †10',
      'Yfront → Civilians attack 2020-03-01 ×1 †2',
    ],
    bad: [{ line: 5, path: 'type_of_violence', message: '"7" is not 1, 2 or 3' }],
    counted: [],
  },
  {
    file: 'gdelt-2.export.csv',
    format: 'gdelt',
    relations: [
      'XLAND → YFRONT clash 2023-01-04 ×1',
      'XLAND → YFRONT pause 2023-01-05 ×1',
      'XLAND → ZEELAND talks 2023-01-06 ×1',
    ],
    bad: [{ line: 5, column: 8, path: 'SQLDATE', message: '"2023-01-07" is not a day written YYYYMMDD' }],
    counted: ['2 rows left out: Actor1 or Actor2 is missing'],
  },
  {
    file: 'gdelt-1.export.csv',
    format: 'gdelt',
    relations: [
      'XLAND → YFRONT clash 2023-01-04 ×1',
      'XLAND → YFRONT pause 2023-01-05 ×1',
      'XLAND → ZEELAND talks 2023-01-06 ×1',
    ],
    bad: [{ line: 5, path: 'SQLDATE', message: 'is not a day written YYYYMMDD' }],
    counted: ['2 rows left out: Actor1 or Actor2 is missing'],
  },
  {
    file: 'polecat.tsv',
    format: 'polecat',
    relations: ['Xland → Zeeland talks 2023-02-01/2023-02-03 ×2', 'Yfront → Xland attack 2023-02-04 ×1'],
    bad: [{ line: 7, column: 16, path: 'Event Type', message: '"" is not a PLOVER event type' }],
    counted: ['1 row left out: the context is "hypothetical"', '1 row left out: the context is "negation"'],
  },
])('$file', ({ file, format, relations, bad, counted }) => {
  const result = read(file);

  it(`is told as ${format} by its header (or its first row)`, () => {
    expect(detectFormat(file, fixture(file))).toBe(format);
    expect(result.ok ? result.report.format : result.partial?.report.format).toBe(format);
  });

  it('folds its events into relations per month, mapped to Faultline types', () => {
    const d = datasetOf(result);
    expect(d.relations.map((r) => line(d, r)).sort()).toEqual([...relations].sort());
  });

  it('places every bad row by file, line, column and reason, and loads the rest', () => {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(bad.length);
    expect(result.partial?.rejected).toHaveLength(bad.length);
    for (const want of bad) {
      const hit = errors.find((p) => p.message === want.message || p.message.includes(want.message));
      expect(hit, want.message).toMatchObject({
        file,
        line: want.line,
        path: want.path,
        ...(want.column ? { column: want.column } : {}),
      });
    }
  });

  it('counts what it leaves out on purpose', () => {
    for (const c of counted)
      expect(
        messages(result).some((m) => m.includes(c)),
        c,
      ).toBe(true);
  });
});

describe('event reader options', () => {
  it('keeps one relation per event with noAggregate, each named by its event id', () => {
    const d = datasetOf(read('icews.tab', { events: { noAggregate: true } }));
    expect(d.relations.map((r) => r.attributes?.eventIds).sort()).toEqual([
      '1001@2021-03-02',
      '1002@2021-03-09',
      '1003@2021-03-15',
      '1004@2021-03-20',
      '1008@2021-04-05',
    ]);
  });

  it('reports the codes its events use, counted by mapping key, on the valid part too', () => {
    const result = read('icews.tab');
    const report = result.ok ? result.report : result.partial?.report;
    expect(report?.eventCodes?.map((c) => `${c.label} ×${c.count} → ${c.type ?? 'left out'}`)).toEqual([
      'CAMEO 04 (Consult) ×2 → talks',
      'CAMEO 19 (Fight) ×2 → clash',
      'CAMEO 01 (Make public statement) ×1 → left out',
      'CAMEO 13 (Threaten) ×1 → threat',
    ]);
  });

  it('maps a code as an override under its listed key says', () => {
    const d = datasetOf(read('icews.tab', { events: { mapping: new Map([['cameo:19', 'attack']]) } }));
    expect(d.relations.map((r) => r.type).sort()).toEqual(['attack', 'attack', 'talks', 'threat']);
  });

  it('folds by week: the two ICEWS talks fall in two weeks', () => {
    const d = datasetOf(read('icews.tab', { events: { window: parseWindow('week') } }));
    expect(d.relations.filter((r) => r.type === 'talks').map((r) => r.when)).toEqual([
      '2021-03-02',
      '2021-03-09',
    ]);
  });

  it('makes a relation that outlasts an event a lasting series of the type, same tone', () => {
    const head = 'Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\tPublisher';
    const text = [head, '1\t2021-01-05\tAlpha\t190\tBeta\tW', '2\t2021-03-30\tAlpha\t190\tBeta\tW'].join(
      '\n',
    );
    const d = datasetOf(readAnySync(text, 'two.tab', { events: { window: parseWindow('year') } }));
    expect(d.relations.map((r) => [r.type, r.when, r.attributes?.events])).toEqual([
      ['clash-series', '2021-01-05/2021-03-30', 2],
    ]);
    expect(d.relationTypes).toEqual([
      {
        id: 'clash-series',
        label: 'Clash (series)',
        polarity: 'hostile',
        duration: 'lasting',
        directed: false,
      },
    ]);
    const monthly = datasetOf(readAnySync(text, 'two.tab'));
    expect(monthly.relations.map((r) => r.type)).toEqual(['clash', 'clash']);
  });

  it('keeps a POLECAT context that is left out by default when asked', () => {
    const d = datasetOf(read('polecat.tsv', { events: { keepContexts: ['hypothetical'] } }));
    expect(d.relations.find((r) => r.type === 'attack')?.attributes?.events).toBe(2);
  });

  it('keeps evidence as outlets, addresses and summaries marked as such, never as quotes', () => {
    const d = datasetOf(read('acled.csv'));
    const clash = d.relations.find((r) => r.type === 'clash')!;
    expect(clash.evidence).toEqual([]);
    expect(clash.attributes).toMatchObject({
      'evidence 1 outlet': 'Local Paper; Radio Xland',
      'evidence 1 summary (not a quote)':
        'On 2 May 2022, Xland forces clashed with Yfront near Town A. 3 fatalities.',
      associatedActors: 'Yfront Youth; Local Militia (Zee)',
      eventIds: 'XYZ1; XYZ2',
    });
    const kinds = Object.fromEntries(d.actors.map((a) => [a.label, a.kind]));
    expect(kinds).toMatchObject({
      'Military Forces of Xland (2019-)': 'state-agency',
      Yfront: 'armed-group',
    });
    const gdelt = datasetOf(read('gdelt-2.export.csv'));
    expect(gdelt.relations.find((r) => r.type === 'clash')?.attributes?.['evidence 1 url']).toBe(
      'https://example.org/a/1',
    );
  });

  it('rejects a row of another width than the header (or GDELT’s first row), placed by its line', () => {
    const [first = '', second = ''] = fixture('gdelt-2.export.csv').split('\n');
    const short = second.split('\t').slice(0, 60).join('\t');
    const result = readAnySync(`${first}\n${short}\n`, 'short.export.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.filter((p) => p.severity === 'error')).toMatchObject([
      { file: 'short.export.csv', line: 2, message: 'the row has 60 cells but the first row has 61' },
    ]);
    const icews = readAnySync(
      'Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\n1\t2021-01-01\tA\t190\n',
      'i.tab',
    );
    expect(icews.ok ? [] : icews.problems.map((p) => [p.line, p.message])).toEqual([
      [2, 'the row has 4 cells but the header names 5'],
    ]);
  });

  it('keeps GDELT event codes with their leading zeros', () => {
    const d = datasetOf(read('gdelt-2.export.csv'));
    expect(d.relations.map((r) => r.attributes?.eventCodes).sort()).toEqual(['043', '0874', '190']);
  });

  it('leaves a plain CSV relations table to the CSV reader', () => {
    expect(detectFormat('x.csv', 'Source,Target\nA,B')).toBe('csv');
    expect(detectFormat('x.gexf', 'event_id_cnty,event_date,actor1,event_type')).toBe('gexf');
  });

  it('refuses a table that lacks the columns it cannot read without, naming them', () => {
    const result = readAnySync(
      'event_id_cnty,event_date,actor1,event_type\nX,2020-01-01,A,Battles\n',
      'a.csv',
    );
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      'this is not a ACLED table: it lacks the columns "time_precision", "actor2"',
    ]);
  });
});
