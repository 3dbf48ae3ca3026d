// The few places the ingest query's SQL differs between engines: DuckDB (run here, tested on every change),
// BigQuery and ClickHouse (printed by `faultline ingest --print-sql`, for the route beyond one machine; their text
// is checked for its dialect's functions, not run). Everything else in the query is SQL the three share.

export const DIALECTS = ['duckdb', 'bigquery', 'clickhouse'] as const;
export type DialectName = (typeof DIALECTS)[number];

export interface Dialect {
  readonly name: DialectName;
  /** A column by its name as the file writes it ("Event ID"). */
  readonly ident: (name: string) => string;
  /** A value as text. */
  readonly text: (expr: string) => string;
  /** Whether the whole text matches a regular expression (RE2 syntax, shared by the three). */
  readonly fullMatch: (expr: string, re: string) => string;
  /** The date a text spells in a strftime format (`%Y-%m-%d`, `%Y%m%d`, `%d %B %Y`); NULL when it is none. */
  readonly parseDate: (expr: string, format: string) => string;
  /** A date written in a strftime format. */
  readonly formatDate: (expr: string, format: string) => string;
  /** The Monday of a date's ISO week. */
  readonly weekStart: (expr: string) => string;
  readonly quarter: (expr: string) => string;
  /** Whole days from `a` to `b`. */
  readonly daysBetween: (a: string, b: string) => string;
  /** The values of `expr` in a group, ordered, those where `filter` holds; the first `limit` when given. */
  readonly list: (expr: string, orderBy: readonly string[], filter?: string, limit?: number) => string;
  /** A struct of named text values. */
  readonly struct: (fields: readonly (readonly [string, string])[]) => string;
  /** A table of rows of text values, with its column names. */
  readonly values: (rows: readonly (readonly (string | null)[])[], columns: readonly string[]) => string;
  /** A quoted text literal. */
  readonly literal: (text: string) => string;
  /** A whole number from its digits. */
  readonly int: (expr: string) => string;
  /** The text before the first `sep` (all of it when there is none). */
  readonly before: (expr: string, sep: string) => string;
  /** The items of a `sep`-separated text, trimmed, the missing ones (`missing`) dropped, joined with `join`. */
  readonly cleanList: (expr: string, sep: string, join: string, missing: readonly string[]) => string;
  /** Whether a text of items separated by `,` or `;` holds `item` (trimmed, lower case). */
  readonly hasItem: (expr: string, item: string) => string;
  /** A row's number, 1 first (DuckDB's source numbers its rows itself, in the file's order). */
  readonly rowNumber: () => string;
}

/** BigQuery's and ClickHouse's string literals read backslash escapes; DuckDB's, as standard SQL, do not. */
const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const lit = (v: string | null) => (v === null ? 'NULL' : quote(v));
const plain = (text: string) => `'${text.replace(/'/g, "''")}'`;
const plainLit = (v: string | null) => (v === null ? 'NULL' : plain(v));

export const DUCKDB: Dialect = {
  name: 'duckdb',
  ident: (name) => `"${name.replace(/"/g, '""')}"`,
  text: (expr) => `CAST(${expr} AS VARCHAR)`,
  fullMatch: (expr, re) => `regexp_full_match(${expr}, ${plain(re)})`,
  parseDate: (expr, format) => `CAST(try_strptime(${expr}, ${plain(format)}) AS DATE)`,
  formatDate: (expr, format) => `strftime(${expr}, ${plain(format)})`,
  weekStart: (expr) => `CAST(date_trunc('week', ${expr}) AS DATE)`,
  quarter: (expr) => `quarter(${expr})`,
  daysBetween: (a, b) => `date_diff('day', ${a}, ${b})`,
  list: (expr, orderBy, filter, limit) => {
    const agg = `list(${expr} ORDER BY ${orderBy.join(', ')})${filter ? ` FILTER (WHERE ${filter})` : ''}`;
    return limit === undefined ? agg : `list_slice(${agg}, 1, ${limit})`;
  },
  struct: (fields) => `struct_pack(${fields.map(([k, v]) => `${k} := ${v}`).join(', ')})`,
  values: (rows, columns) =>
    `(VALUES ${rows.map((r) => `(${r.map(plainLit).join(', ')})`).join(', ')}) AS t(${columns.join(', ')})`,
  literal: plain,
  int: (expr) => `CAST(${expr} AS BIGINT)`,
  before: (expr, sep) => `split_part(${expr}, ${plain(sep)}, 1)`,
  cleanList: (expr, sep, join, missing) =>
    `array_to_string(list_filter(list_transform(string_split(${expr}, ${plain(sep)}), s -> trim(s)), s -> s NOT IN (${missing.map(plain).join(', ')})), ${plain(join)})`,
  hasItem: (expr, item) =>
    `list_contains(list_transform(regexp_split_to_array(lower(${expr}), '[,;]'), s -> trim(s)), ${plain(item)})`,
  rowNumber: () => 'row_number() OVER ()',
};

export const BIGQUERY: Dialect = {
  name: 'bigquery',
  ident: (name) => `\`${name.replace(/[^A-Za-z0-9_]/g, '_')}\``,
  text: (expr) => `CAST(${expr} AS STRING)`,
  fullMatch: (expr, re) => `REGEXP_CONTAINS(${expr}, r'^(?:${re})$')`,
  parseDate: (expr, format) => `SAFE.PARSE_DATE(${quote(format)}, ${expr})`,
  formatDate: (expr, format) => `FORMAT_DATE(${quote(format)}, ${expr})`,
  weekStart: (expr) => `DATE_TRUNC(${expr}, ISOWEEK)`,
  quarter: (expr) => `EXTRACT(QUARTER FROM ${expr})`,
  daysBetween: (a, b) => `DATE_DIFF(${b}, ${a}, DAY)`,
  list: (expr, orderBy, filter, limit) =>
    `ARRAY_AGG(${filter ? `IF(${filter}, ${expr}, NULL)` : expr} IGNORE NULLS ORDER BY ${orderBy.join(', ')}${limit === undefined ? '' : ` LIMIT ${limit}`})`,
  struct: (fields) => `STRUCT(${fields.map(([k, v]) => `${v} AS ${k}`).join(', ')})`,
  values: (rows, columns) =>
    `UNNEST([${rows.map((r) => `STRUCT(${r.map((v, i) => `${v === null ? 'CAST(NULL AS STRING)' : quote(v)} AS ${columns[i]!}`).join(', ')})`).join(', ')}]) AS t`,
  literal: quote,
  int: (expr) => `CAST(${expr} AS INT64)`,
  before: (expr, sep) => `SPLIT(${expr}, ${quote(sep)})[OFFSET(0)]`,
  cleanList: (expr, sep, join, missing) =>
    `ARRAY_TO_STRING(ARRAY(SELECT TRIM(s) FROM UNNEST(SPLIT(${expr}, ${quote(sep)})) AS s WHERE TRIM(s) NOT IN (${missing.map(quote).join(', ')})), ${quote(join)})`,
  hasItem: (expr, item) =>
    `${quote(item)} IN UNNEST(ARRAY(SELECT TRIM(s) FROM UNNEST(REGEXP_EXTRACT_ALL(LOWER(${expr}), r'[^,;]+')) AS s))`,
  rowNumber: () => 'ROW_NUMBER() OVER ()',
};

export const CLICKHOUSE: Dialect = {
  name: 'clickhouse',
  ident: (name) => `\`${name.replace(/`/g, '\\`')}\``,
  text: (expr) => `toString(${expr})`,
  fullMatch: (expr, re) => `match(${expr}, ${quote(`^(?:${re})$`)})`,
  parseDate: (expr, format) => `toDate(parseDateTimeOrNull(${expr}, ${quote(format)}))`,
  formatDate: (expr, format) => `formatDateTime(${expr}, ${quote(format)})`,
  weekStart: (expr) => `toMonday(${expr})`,
  quarter: (expr) => `toQuarter(${expr})`,
  daysBetween: (a, b) => `dateDiff('day', ${a}, ${b})`,
  list: (expr, orderBy, filter, limit) => {
    const sorted = `arrayMap(x -> x.2, arraySort(x -> x.1, groupArray${filter ? 'If' : ''}((tuple(${orderBy.join(', ')}), ${expr})${filter ? `, ${filter}` : ''})))`;
    return limit === undefined ? sorted : `arraySlice(${sorted}, 1, ${limit})`;
  },
  struct: (fields) => `tuple(${fields.map(([, v]) => v).join(', ')})`,
  values: (rows, columns) =>
    `(SELECT * FROM VALUES(${quote(columns.map((c) => `${c} Nullable(String)`).join(', '))}, ${rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ')})) AS t`,
  literal: quote,
  int: (expr) => `toInt64(${expr})`,
  before: (expr, sep) => `splitByString(${quote(sep)}, ${expr})[1]`,
  cleanList: (expr, sep, join, missing) =>
    `arrayStringConcat(arrayFilter(s -> s NOT IN (${missing.map(quote).join(', ')}), arrayMap(s -> trim(s), splitByString(${quote(sep)}, ${expr}))), ${quote(join)})`,
  hasItem: (expr, item) =>
    `has(arrayMap(s -> trim(s), splitByRegexp('[,;]', lower(${expr}))), ${quote(item)})`,
  rowNumber: () => 'rowNumberInAllBlocks() + 1',
};

export const DIALECT: Readonly<Record<DialectName, Dialect>> = {
  duckdb: DUCKDB,
  bigquery: BIGQUERY,
  clickhouse: CLICKHOUSE,
};
