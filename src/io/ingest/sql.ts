// The ingest query: a file of events (or a table of them) parsed, mapped and folded into relations in one SQL
// query, the same rules as src/model/events (mapping, pair, window or run, count, fatalities, first and last day,
// event ids, evidence), so an engine does the work where the data is: DuckDB on this machine, BigQuery or
// ClickHouse beyond it. Companion queries over the same stages count what was left out and list the bad rows.
import { RELATION_TYPES, RELATION_TYPE_INFO } from '../../model';
import { EVENT_MAPPING, type MappingOverride } from '../../model';
import type { EventWindow } from '../../model';
import { DIALECT, type Dialect, type DialectName } from './dialect';
import { stageOf, type IngestFormat, type Stage } from './stage';

export interface IngestFilters {
  /** Countries as the file writes them (ACLED `country`, GDELT's ActionGeo country code …). */
  readonly countries?: readonly string[];
  /** Events with one of these actors on either side. */
  readonly actors?: readonly string[];
  /** Days, `YYYY-MM-DD`, both included. */
  readonly from?: string;
  readonly to?: string;
  /** Relations of fewer events are left out. */
  readonly minEvents?: number;
}

export interface IngestSqlOptions {
  readonly format: IngestFormat;
  readonly dialect: DialectName;
  /** What the query reads: duckdbSource's numbered rows for DuckDB, or a table's name. */
  readonly from: string;
  readonly window: EventWindow;
  readonly noAggregate?: boolean;
  readonly maxEvidence?: number;
  readonly mapping?: MappingOverride;
  readonly keepContexts?: readonly string[];
  readonly filters?: IngestFilters;
  /** Lines before the first row (the header): a row's line is its number plus this. */
  readonly headerLines?: number;
}

export interface IngestSql {
  /** The relations: one row per relation (the query `--print-sql` prints). */
  readonly relations: string;
  /** Rows left out, by kind (`skip`, `unmapped`, `self`, `bad`) and what, with their counts. */
  readonly counts: string;
  /** The bad rows: line, column, problem, then the row as written (DuckDB only). */
  readonly rejected: string;
}

/**
 * `read_csv` of the files (`read_parquet` of the `.parquet` ones), every value as text: tab-separated without quoting, else CSV with RFC 4180 quoting.
 * Each row carries its file's name and its number in that file (`WITH ORDINALITY`, which follows the file's order
 * however many threads read it), for placing bad rows.
 */
export function duckdbSource(
  files: readonly string[],
  stage: Pick<Stage, 'tabSeparated'>,
  names?: readonly string[],
  headerLines = names ? 0 : 1,
): string {
  const d = DIALECT.duckdb;
  const opts = [
    stage.tabSeparated ? `delim = '\t', quote = '', escape = ''` : `delim = ','`,
    names
      ? `header = false, columns = {${names.map((n) => `${d.literal(n)}: 'VARCHAR'`).join(', ')}}`
      : 'header = true',
    'all_varchar = true',
    'store_rejects = true',
    'ignore_errors = true',
    'filename = true',
    `auto_detect = ${names ? 'false' : 'true'}`,
  ];
  const csv = (f: string) =>
    `SELECT * EXCLUDE (ordinality), ordinality AS row_no FROM read_csv(${d.literal(f)}, ${opts.join(', ')}) WITH ORDINALITY`;
  // Parquet has typed columns and no lines: every column as text, as from a CSV file, and the row's number in the
  // file less the header lines the query adds, so that a bad row is placed at its row.
  const parquet = (f: string) =>
    `SELECT COLUMNS(c -> c NOT IN ('filename', 'file_row_number'))::VARCHAR, filename, file_row_number + 1 - ${headerLines} AS row_no FROM read_parquet(${d.literal(f)}, filename = true, file_row_number = true)`;
  return `(${files.map((f) => (isParquet(f) ? parquet(f) : csv(f))).join('\n  UNION ALL BY NAME ')})`;
}

/** A Parquet file, by its name: read with `read_parquet` instead of `read_csv`. */
export function isParquet(file: string): boolean {
  return /\.parquet$/i.test(file);
}

/** The mapping table's rows (key, type), with a user's overrides over the built-in rows. */
function mappingRows(override?: MappingOverride): [string, string | null][] {
  const rows = new Map<string, string | null>(
    EVENT_MAPPING.map((r) => [`${r.scheme}:${r.code.toLowerCase()}`, r.type]),
  );
  for (const [key, type] of override ?? []) rows.set(key, type);
  return [...rows];
}

function keysOf(stage: Stage, d: Dialect, code: string): [string, string] {
  const prefix = d.literal(`${stage.scheme}:`);
  if (stage.scheme === 'cameo') {
    const root = `${prefix} || substr(${code}, 1, 2)`;
    return [root, root];
  }
  if (stage.scheme === 'acled')
    return [`${prefix} || lower(${code})`, `${prefix} || lower(${d.before(code, ': ')})`];
  return [`${prefix} || lower(${code})`, `${prefix} || lower(${code})`];
}

function windowKey(window: EventWindow, d: Dialect): string {
  if (window.kind === 'runs') return '';
  switch (window.unit) {
    case 'day':
      return d.formatDate('day', '%Y-%m-%d');
    case 'week':
      return d.formatDate(d.weekStart('day'), '%Y-%m-%d');
    case 'month':
      return d.formatDate('day', '%Y-%m');
    case 'quarter':
      return `${d.formatDate('day', '%Y')} || '-Q' || ${d.text(d.quarter('day'))}`;
    case 'year':
      return d.formatDate('day', '%Y');
  }
}

const ORDER = ['day', 'event_id'];

export function buildIngestSql(o: IngestSqlOptions): IngestSql {
  const d = DIALECT[o.dialect];
  const stage = stageOf(o.format, d, { keepContexts: o.keepContexts ?? [] });
  const f = o.filters ?? {};
  const cases = (list: readonly (readonly [string, string])[]) =>
    list.length === 0
      ? 'NULL'
      : `CASE ${list.map(([when, then]) => `WHEN ${when} THEN ${then}`).join(' ')} END`;
  const [key1, key2] = keysOf(stage, d, 'code');
  const filters = [
    ...(f.countries?.length ? [`country IN (${f.countries.map(d.literal).join(', ')})`] : []),
    ...(f.actors?.length
      ? [
          `(source IN (${f.actors.map(d.literal).join(', ')}) OR target IN (${f.actors.map(d.literal).join(', ')}))`,
        ]
      : []),
    ...(f.from ? [`day >= ${d.parseDate(d.literal(f.from), '%Y-%m-%d')}`] : []),
    ...(f.to ? [`day <= ${d.parseDate(d.literal(f.to), '%Y-%m-%d')}`] : []),
  ];
  const pairA = `CASE WHEN directed OR source <= target THEN source ELSE target END`;
  const pairB = `CASE WHEN directed OR source <= target THEN target ELSE source END`;
  const windowed =
    o.noAggregate === true
      ? `windowed AS (SELECT *, event_id AS wkey FROM mapped)`
      : o.window.kind === 'calendar'
        ? `windowed AS (SELECT *, ${windowKey(o.window, d)} AS wkey FROM mapped)`
        : `gaps AS (
  SELECT *, CASE WHEN ${d.daysBetween(`lag(day) OVER (PARTITION BY pa, pb, type ORDER BY ${ORDER.join(', ')})`, 'day')} > ${o.window.maxGapDays} THEN 1 ELSE 0 END AS new_run
  FROM mapped
),
windowed AS (
  SELECT *, sum(new_run) OVER (PARTITION BY pa, pb, type ORDER BY ${ORDER.join(', ')} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS wkey
  FROM gaps
)`;
  const windowName =
    o.noAggregate === true || o.window.kind === 'runs'
      ? o.noAggregate === true
        ? 'wkey'
        : d.formatDate('min(day)', '%Y-%m-%d')
      : 'wkey';
  const hasEvidence = '(outlet IS NOT NULL OR url IS NOT NULL OR summary IS NOT NULL)';
  // DuckDB's source numbers its rows itself (duckdbSource); elsewhere the query numbers them.
  const raw =
    o.dialect === 'duckdb'
      ? `SELECT * FROM ${o.from}`
      : `SELECT *, ${d.rowNumber()} AS row_no FROM ${o.from}`;
  const prefix = `WITH raw AS (
  ${raw}
),
staged AS (
  SELECT raw.*,
    ${stage.id} AS ev_id,
    ${stage.source} AS ev_source,
    ${stage.target} AS ev_target,
    ${stage.day} AS ev_day,
    ${stage.precision} AS ev_precision,
    ${stage.code} AS ev_code,
    ${stage.fatalities} AS ev_fatalities,
    ${stage.country} AS ev_country,
    ${stage.outlet} AS ev_outlet,
    ${stage.url} AS ev_url,
    ${stage.summary} AS ev_summary,
    ${cases(stage.skip.map(([when, why]) => [when, d.literal(why)] as const))} AS ev_skip,
    ${cases(stage.checks.map(([, when, message]) => [when, message] as const))} AS ev_problem,
    ${cases(stage.checks.map(([column, when]) => [when, d.literal(column)] as const))} AS ev_problem_column,
    row_no + ${o.headerLines ?? 0} AS ev_line
  FROM raw
),
events AS (
  SELECT ev_id AS event_id, ev_source AS source, ev_target AS target, ev_day AS day, ev_precision AS precision_rank,
    ev_code AS code, ${stage.directed ? 'TRUE' : 'FALSE'} AS given_directed, ev_fatalities AS fatalities,
    ev_country AS country, ev_outlet AS outlet, ev_url AS url, ev_summary AS summary
  FROM staged
  WHERE ev_skip IS NULL AND ev_problem IS NULL
),
mapping AS (
  SELECT * FROM ${d.values(mappingRows(o.mapping), ['key', 'type'])}
),
types AS (
  SELECT * FROM ${d.values(
    RELATION_TYPES.map((t) => [t, String(RELATION_TYPE_INFO[t].directed)]),
    ['type', 'directed'],
  )}
),
keyed AS (
  SELECT events.*, ${key1} AS key1, ${key2} AS key2 FROM events${filters.length ? `\n  WHERE ${filters.join('\n    AND ')}` : ''}
),
typed AS (
  SELECT keyed.*, CASE WHEN m1.key IS NOT NULL THEN m1.type ELSE m2.type END AS type
  FROM keyed
  LEFT JOIN mapping AS m1 ON m1.key = keyed.key1
  LEFT JOIN mapping AS m2 ON m2.key = keyed.key2
),
oriented AS (
  SELECT typed.*, (given_directed AND types.directed = 'true') AS directed
  FROM typed JOIN types ON types.type = typed.type
  WHERE typed.source <> typed.target
),
mapped AS (
  SELECT oriented.*, ${pairA} AS pa, ${pairB} AS pb FROM oriented
)`;
  const relations = `${prefix},
${windowed},
ranked AS (
  SELECT windowed.*,
    row_number() OVER (PARTITION BY pa, pb, type, wkey, code ORDER BY ${ORDER.join(', ')}) AS code_rn,
    row_number() OVER (PARTITION BY pa, pb, type, wkey, outlet, url, summary ORDER BY ${ORDER.join(', ')}) AS evidence_rn
  FROM windowed
)
SELECT pa AS source, pb AS target, type, directed, ${windowName} AS window_name,
  count(*) AS events,
  sum(fatalities) AS fatalities,
  ${d.formatDate('min(day)', '%Y-%m-%d')} AS first_day,
  ${d.formatDate('max(day)', '%Y-%m-%d')} AS last_day,
  max(precision_rank) AS precision_rank,
  ${d.list('event_id', ORDER)} AS event_ids,
  ${d.list('code', ORDER, 'code_rn = 1')} AS codes,
  ${d.list(
    d.struct([
      ['outlet', 'outlet'],
      ['url', 'url'],
      ['summary', 'summary'],
    ]),
    ORDER,
    `evidence_rn = 1 AND ${hasEvidence}`,
    o.maxEvidence ?? 3,
  )} AS evidence
FROM ranked
GROUP BY pa, pb, type, directed, wkey${f.minEvents !== undefined && f.minEvents > 1 ? `\nHAVING count(*) >= ${f.minEvents}` : ''}
ORDER BY type, source, target, first_day`;
  const counts = `${prefix}
SELECT 'skip' AS kind, ev_skip AS what, count(*) AS n FROM staged WHERE ev_skip IS NOT NULL GROUP BY ev_skip
UNION ALL SELECT 'bad', '', count(*) FROM staged WHERE ev_skip IS NULL AND ev_problem IS NOT NULL
UNION ALL SELECT 'unmapped', key2, count(*) FROM typed WHERE type IS NULL GROUP BY key2
UNION ALL SELECT 'self', '', count(*) FROM typed WHERE type IS NOT NULL AND source = target`;
  const rejected = `${prefix}
SELECT ev_line AS line, ev_problem_column AS "column", ev_problem AS problem, COLUMNS(c -> c NOT IN ('row_no') AND NOT starts_with(c, 'ev_'))
FROM staged WHERE ev_skip IS NULL AND ev_problem IS NOT NULL ORDER BY filename, ev_line`;
  return { relations, counts, rejected };
}
