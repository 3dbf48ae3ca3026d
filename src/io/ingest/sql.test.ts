// The ingest query's text in each dialect. DuckDB's is run by src/cli/commands/ingest.test.ts against the in-app
// aggregation; BigQuery's and ClickHouse's cannot be run here, so their text is checked for its dialect's
// functions (and for none of DuckDB's), for every format and window: what the docs promise, stated honestly.
import { describe, expect, it } from 'vitest';
import { parseWindow } from '../../model/events/window';
import { DIALECTS } from './dialect';
import { buildIngestSql } from './sql';
import { INGEST_FORMATS } from './stage';

const WINDOWS = ['day', 'week', 'month', 'quarter', 'year', 'runs:5'];

/** Functions only one dialect writes. */
const OWN: Record<string, readonly string[]> = {
  duckdb: ['strftime(', 'try_strptime(', 'struct_pack(', 'regexp_full_match(', 'list_slice('],
  bigquery: ['FORMAT_DATE(', 'SAFE.PARSE_DATE(', 'ARRAY_AGG(', 'REGEXP_CONTAINS(', 'UNNEST(['],
  clickhouse: ['formatDateTime(', 'parseDateTimeOrNull(', 'groupArray', 'arraySort(', 'FROM VALUES('],
};

describe('the ingest query', () => {
  it.each(DIALECTS.flatMap((dialect) => INGEST_FORMATS.map((format) => [dialect, format] as const)))(
    'in %s for %s uses its dialect’s functions and no other’s',
    (dialect, format) => {
      for (const window of WINDOWS) {
        const sql = buildIngestSql({
          format,
          dialect,
          from: 'events',
          window: parseWindow(window),
        }).relations;
        for (const own of OWN[dialect]!) expect(sql, own).toContain(own);
        for (const other of DIALECTS.filter((d) => d !== dialect).flatMap((d) => OWN[d]!))
          expect(sql, other).not.toContain(other);
      }
    },
  );

  it.each([
    ['week', { duckdb: "date_trunc('week'", bigquery: 'ISOWEEK', clickhouse: 'toMonday(' }],
    [
      'quarter',
      { duckdb: 'quarter(day)', bigquery: 'EXTRACT(QUARTER FROM day)', clickhouse: 'toQuarter(day)' },
    ],
    ['runs:5', { duckdb: "date_diff('day'", bigquery: 'DATE_DIFF(day', clickhouse: "dateDiff('day'" }],
  ] as const)('writes the %s window in each dialect', (window, want) => {
    for (const dialect of DIALECTS) {
      const sql = buildIngestSql({
        format: 'gdelt',
        dialect,
        from: 'events',
        window: parseWindow(window),
      }).relations;
      expect(sql).toContain(want[dialect]);
    }
  });

  it('puts the filters, the minimum count and a user’s mapping in the query', () => {
    const sql = buildIngestSql({
      format: 'acled',
      dialect: 'duckdb',
      from: 'events',
      window: parseWindow('month'),
      mapping: new Map([['acled:battles', null]]),
      filters: {
        countries: ["Côte d'Ivoire"],
        actors: ['A'],
        from: '2020-01-01',
        to: '2020-12-31',
        minEvents: 3,
      },
    }).relations;
    expect(sql).toContain("country IN ('Côte d''Ivoire')");
    expect(sql).toContain("(source IN ('A') OR target IN ('A'))");
    expect(sql).toContain("day >= CAST(try_strptime('2020-01-01', '%Y-%m-%d') AS DATE)");
    expect(sql).toContain('HAVING count(*) >= 3');
    expect(sql).toContain("('acled:battles', NULL)");
  });
});
