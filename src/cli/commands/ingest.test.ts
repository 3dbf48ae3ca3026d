// `faultline ingest`: generated ACLED- and GDELT-shaped files folded by DuckDB give exactly the relations the
// in-app import (the TypeScript readers and src/model/events) gives, per window and with filters; bad rows are
// counted, placed and written aside; the command line's mistakes exit 2; run in-process, and once as a child.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset/schema';
import { parseWindow } from '../../model/events/window';
import { readAnySync, type ImportResult } from '../../io/import';
import { parseCsv } from '../../io/import/csv-parse';
import { acledCsv, gdeltTsv } from '../../io/ingest/generate';
import { DuckDBInstance } from '@duckdb/node-api';
import { main } from '../main';
import { faultline, runCli } from './cli-run.test-support';

const dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const acled = acledCsv({ rows: 3000, seed: 7, badEvery: 250 });
const gdelt = gdeltTsv({ rows: 3000, seed: 8, badEvery: 400 });
const acledFile = write('acled-gen.csv', acled);
const gdeltFile = write('gdelt-gen.export.csv', gdelt);

function datasetOf(result: ImportResult): Dataset {
  const d = result.ok ? result.dataset : result.partial?.dataset;
  if (!d) expect.fail('nothing loaded');
  return d;
}

/** Relations as comparable lines: by actor labels, type, when, and every attribute but the associated actors. */
function relations(d: Dataset): string[] {
  const label = new Map(d.actors.map((a) => [a.id, a.label]));
  return d.relations
    .map((r) => {
      const { associatedActors: _, ...attributes } = r.attributes ?? {};
      return JSON.stringify([
        label.get(r.source),
        label.get(r.target as string),
        r.type,
        r.when,
        r.summary,
        attributes,
      ]);
    })
    .sort();
}

async function ingest(
  file: string,
  ...args: string[]
): Promise<{ dataset: Dataset; stderr: string; out: string }> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  const run = await runCli('ingest', file, ...args, '-o', out);
  expect(run.status, run.stderr).toBe(0);
  return { dataset: JSON.parse(readFileSync(out, 'utf8')) as Dataset, stderr: run.stderr, out };
}

describe('faultline ingest against the in-app import', () => {
  it.each(['month', 'week', 'day', 'quarter', 'year', 'runs:3', 'runs:20'])(
    'gives the ACLED file’s relations per %s as the TypeScript aggregation does',
    async (window) => {
      const { dataset } = await ingest(acledFile, '--format', 'acled', '--window', window);
      const app = datasetOf(readAnySync(acled, 'acled-gen.csv', { events: { window: parseWindow(window) } }));
      expect(dataset.relations.length).toBeGreaterThan(50);
      expect(relations(dataset)).toEqual(relations(app));
      expect(dataset.relationTypes ?? []).toEqual(app.relationTypes ?? []);
    },
  );

  it.each(['month', 'runs:2'])(
    'gives the GDELT file’s relations per %s as the TypeScript aggregation does',
    async (window) => {
      const { dataset } = await ingest(gdeltFile, '--format', 'gdelt', '--window', window);
      const app = datasetOf(
        readAnySync(gdelt, 'gdelt-gen.export.csv', { events: { window: parseWindow(window) } }),
      );
      expect(dataset.relations.length).toBeGreaterThan(50);
      expect(relations(dataset)).toEqual(relations(app));
    },
  );

  it('keeps one relation per event with --no-aggregate, as the import does', async () => {
    const { dataset } = await ingest(gdeltFile, '--format', 'gdelt', '--no-aggregate');
    const app = datasetOf(readAnySync(gdelt, 'gdelt-gen.export.csv', { events: { noAggregate: true } }));
    expect(relations(dataset)).toEqual(relations(app));
  });

  it('counts the same rows left out, and places the same bad rows, writing them aside', async () => {
    const { stderr, out } = await ingest(acledFile, '--format', 'acled');
    const app = readAnySync(acled, 'acled-gen.csv');
    if (app.ok) expect.fail('the generated file has bad rows');
    const warnings = app.problems.filter((p) => p.severity === 'warning' && /left out/.test(p.message));
    for (const w of warnings) expect(stderr).toContain(w.message);
    const lines = app.partial!.rejected.map((r) => r.line);
    expect(lines).toHaveLength(12);
    const written = parseCsv(readFileSync(`${out}.rejected.csv`, 'utf8'), ',').rows.map((r) => r.cells);
    expect(written).toHaveLength(lines.length + 1);
    const at = written[0]!.indexOf('line');
    expect(written.slice(1).map((cells) => Number(cells[at]))).toEqual(lines);
    expect(stderr).toContain('error: acled-gen.csv:251: event_date: "2019-02-30" is not a day');
    expect(stderr).toContain(`${lines.length} bad rows written to ${out}.rejected.csv`);
  });

  /** The generated ACLED rows that pass `keep`, as a file, read by the in-app import. */
  function appWith(keep: (cells: readonly string[]) => boolean): Dataset {
    const [head, ...rows] = parseCsv(acled, ',').rows;
    const text = [head!, ...rows.filter((r) => keep(r.cells))]
      .map((r) => r.cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
      .join('\n');
    return datasetOf(readAnySync(`${text}\n`, 'acled-gen.csv'));
  }

  it('filters by country, days and the number of events as filtering the rows before the import does', async () => {
    const app = appWith(
      ([, day = '', ...rest]) => rest[15] === 'Xland' && day >= '2019-03-01' && day <= '2020-06-30',
    );
    const { dataset } = await ingest(
      acledFile,
      '--format',
      'acled',
      '--country',
      'Xland',
      '--from',
      '2019-03-01',
      '--to',
      '2020-06-30',
      '--min-events',
      '2',
    );
    const expected = relations({
      ...app,
      relations: app.relations.filter((r) => Number(r.attributes?.events) >= 2),
    });
    expect(dataset.relations.length).toBeGreaterThan(3);
    expect(relations(dataset)).toEqual(expected);
  });

  it('filters by actors on either side as filtering the rows before the import does', async () => {
    const actors = ['Group 3', 'Group 4'];
    const app = appWith((cells) => actors.includes(cells[7] ?? '') || actors.includes(cells[10] ?? ''));
    const { dataset } = await ingest(
      acledFile,
      '--format',
      'acled',
      '--actors',
      'Group 3',
      '--actors',
      'Group 4',
    );
    expect(dataset.relations.length).toBeGreaterThan(10);
    expect(relations(dataset)).toEqual(relations(app));
  });

  it('reads several files as one, placing each bad row in its own file', async () => {
    const [head, ...rows] = acled.trimEnd().split('\n');
    const first = write('part-1.csv', `${[head, ...rows.slice(0, 1000)].join('\n')}\n`);
    const second = write('part-2.csv', `${[head, ...rows.slice(1000)].join('\n')}\n`);
    const out = join(dir, 'parts.json');
    const run = await runCli('ingest', first, second, '--format', 'acled', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    const whole = await ingest(acledFile, '--format', 'acled');
    expect(relations(JSON.parse(readFileSync(out, 'utf8')) as Dataset)).toEqual(relations(whole.dataset));
    const written = parseCsv(readFileSync(`${out}.rejected.csv`, 'utf8'), ',').rows.map((r) => r.cells);
    const [file, line] = [written[0]!.indexOf('file'), written[0]!.indexOf('line')];
    expect(written.slice(1).map((c) => `${c[file]!}:${c[line]!}`)).toEqual([
      ...[251, 501, 751, 1001].map((n) => `part-1.csv:${n}`),
      ...[1251, 1501, 1751, 2001, 2251, 2501, 2751, 3001].map((n) => `part-2.csv:${n - 1000}`),
    ]);
  });

  it('writes aside a row DuckDB’s reader refuses (too few cells), with its line, and loads the rest', async () => {
    const file = write(
      'short.tab',
      'Event ID\tEvent Date\tSource Name\tCAMEO Code\tTarget Name\tPublisher\tCountry\n' +
        '1\t2021-01-05\tA\t190\tB\tW\tX\n2\t2021-01-06\tA\t190\n3\t2021-01-07\tA\t190\tB\tW\tX\n',
    );
    const { dataset, stderr, out } = await ingest(file, '--format', 'icews');
    expect(dataset.relations.map((r) => r.attributes?.events)).toEqual([2]);
    expect(stderr).toContain("error: short.tab:3: Target Name: the row does not have the header's columns");
    expect(readFileSync(`${out}.rejected.csv`, 'utf8')).toContain('short.tab,2\t2021-01-06\tA\t190,3,');
  });

  it('takes a mapping over the table with --map', async () => {
    const map = write(
      'map.json',
      JSON.stringify({ 'acled:battles': null, 'acled:strategic developments': 'coercion' }),
    );
    const { dataset } = await ingest(acledFile, '--format', 'acled', '--map', map);
    const app = datasetOf(
      readAnySync(acled, 'acled-gen.csv', {
        events: {
          mapping: new Map([
            ['acled:battles', null],
            ['acled:strategic developments', 'coercion'],
          ]),
        },
      }),
    );
    expect(relations(dataset)).toEqual(relations(app));
    expect(
      dataset.relations.some(
        (r) => r.type === 'clash' && String(r.attributes?.eventCodes).startsWith('Battles'),
      ),
    ).toBe(false);
  });
});

describe('faultline ingest, the command line', () => {
  it('prints the query for each dialect without running it', async () => {
    for (const [dialect, marker] of [
      ['duckdb', 'read_csv('],
      ['bigquery', '`gdelt-bq.gdeltv2.events`'],
      ['clickhouse', 'groupArray'],
    ] as const) {
      const run = await runCli('ingest', '--format', 'gdelt', '--print-sql', '--dialect', dialect);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(marker);
    }
  });

  it.each([
    [['x.csv', '-o', 'y.json'], 'give --format'],
    [
      ['x.csv', '--format', 'cameo', '-o', 'y.json'],
      '--format cameo: the formats are acled, ucdp, gdelt, icews, polecat',
    ],
    [
      ['x.csv', '--format', 'acled', '--window', 'fortnight', '-o', 'y.json'],
      '--window: "fortnight" is not a window',
    ],
    [
      ['x.csv', '--format', 'acled', '--from', '2019-02-30', '-o', 'y.json'],
      '--from wants a day, YYYY-MM-DD',
    ],
    [['x.csv', '--format', 'acled'], 'give the dataset to write with -o FILE'],
    [
      ['--format', 'acled', '--print-sql', '--dialect', 'oracle'],
      '--dialect oracle: the dialects are duckdb, bigquery, clickhouse',
    ],
  ])('exits 2 on %j', async (args, message) => {
    const run = await runCli('ingest', ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('exits 1 on a file that is not the format, naming what it lacks', async () => {
    const file = write('not-acled.csv', 'Source,Target\nA,B\n');
    const run = await runCli('ingest', file, '--format', 'acled', '-o', join(dir, 'x.json'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('not-acled.csv:1: not a acled file: its header lacks "event_id_cnty"');
  });

  it('runs as the installed command', () => {
    const out = join(dir, 'child.json');
    const run = faultline('ingest', gdeltFile, '--format', 'gdelt', '--window', 'month', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/read [\d,]+ events into [\d,]+ relations/);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Dataset).relations.length).toBeGreaterThan(50);
  });
});

describe('faultline ingest progress', () => {
  it('draws each phase on the progress line for a person watching, and clears it before the summary', async () => {
    const lines: string[] = [];
    let stderr = '';
    const out = join(dir, 'progress.json');
    const status = await main(['ingest', acledFile, '--format', 'acled', '-o', out], {
      out: () => undefined,
      err: (t) => (stderr += t),
      progress: (l) => lines.push(l),
    });
    expect(status).toBe(0);
    const phases = [...new Set(lines.filter((l) => l !== '').map((l) => l.replace(/ (…|▕.*)$/, '')))];
    expect(phases).toEqual([
      'reading the files',
      'folding events into relations',
      'counting what was left out',
      'collecting bad rows',
      'collecting unreadable rows',
    ]);
    for (const l of lines.filter((x) => x.includes('▕'))) expect(l).toMatch(/▏ \d{1,3}%$/);
    expect(lines.at(-1)).toBe('');
    // Nothing of the bar reaches the log a pipe would keep.
    expect(stderr).not.toContain('▕');
    expect(stderr).not.toContain('reading the files');
  });
});

describe('faultline ingest of Parquet files', () => {
  /** The file's rows as Parquet, typed as a user's Parquet would be: its days as DATE where they are days. */
  async function asParquet(csvFile: string, name: string, gdeltNames?: readonly string[]): Promise<string> {
    const file = join(dir, name);
    const instance = await DuckDBInstance.create(':memory:');
    const con = await instance.connect();
    const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const read = gdeltNames
      ? `read_csv(${quoted(csvFile)}, delim = '\t', quote = '', header = false, all_varchar = true, columns = {${gdeltNames.map((n) => `${quoted(n)}: 'VARCHAR'`).join(', ')}}, ignore_errors = true)`
      : `read_csv(${quoted(csvFile)}, all_varchar = true, ignore_errors = true)`;
    await con.run(`COPY (SELECT * FROM ${read}) TO ${quoted(file)} (FORMAT parquet)`);
    con.closeSync();
    instance.closeSync();
    return file;
  }

  it('gives the same relations from a Parquet copy of the ACLED file as from the file', async () => {
    const parquet = await asParquet(acledFile, 'acled-gen.parquet');
    const fromCsv = await ingest(acledFile, '--format', 'acled', '--window', 'quarter');
    const fromParquet = await ingest(parquet, '--format', 'acled', '--window', 'quarter');
    expect(fromParquet.dataset.relations.length).toBeGreaterThan(50);
    expect(relations(fromParquet.dataset)).toEqual(relations(fromCsv.dataset));
  });

  it('refuses a Parquet file without the columns of its format, naming them', async () => {
    const parquet = await asParquet(acledFile, 'not-gdelt.parquet');
    const out = join(dir, 'refused.json');
    const run = await runCli('ingest', parquet, '--format', 'gdelt', '-o', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not-gdelt\.parquet: not a gdelt file: its columns lack "/);
  });
});
