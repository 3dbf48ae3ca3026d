// The ingest query's rows as the model's and the importer's values: a relation row as an EventRelation (the same
// `when` rule as the in-app aggregation), a bad row (from the query's checks or DuckDB's CSV reader) as a
// RejectedRow for the rejected-rows file.
import { basename } from 'node:path';
import type { Problem } from '../../model';
import type { RelationType } from '../../model';
import type { EventRelation } from '../../model';
import { EVENT_PRECISIONS, whenOf, type EventEvidence } from '../../model';
import type { RejectedRow } from '../../io';
import type { Row } from './ingest-duckdb';

/** A value DuckDB gave as text: strings as they are, numbers and booleans written out, anything else as JSON. */
function str(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** A row of the relations query as the model's EventRelation. */
export function relationOfRow(row: Row): EventRelation {
  const precision = EVENT_PRECISIONS[Number(row.precision_rank)] ?? 'day';
  const first = String(row.first_day);
  const last = String(row.last_day);
  const evidence = ((row.evidence as Row[] | null) ?? []).map((e): EventEvidence => {
    const outlet = str(e.outlet);
    const url = str(e.url);
    const summary = str(e.summary);
    return { ...(outlet ? { outlet } : {}), ...(url ? { url } : {}), ...(summary ? { summary } : {}) };
  });
  return {
    key: `${String(row.source)}\u0000${String(row.type)}\u0000${String(row.window_name)}`,
    source: String(row.source),
    target: String(row.target),
    type: row.type as RelationType,
    directed: row.directed === true,
    window: String(row.window_name),
    count: Number(row.events),
    fatalities: row.fatalities === null || row.fatalities === undefined ? undefined : Number(row.fatalities),
    first,
    last,
    precision,
    when: whenOf(first, last, precision),
    evidence,
    eventIds: ((row.event_ids as unknown[] | null) ?? []).map(String),
    codes: ((row.codes as unknown[] | null) ?? []).map(String),
    associated: [],
  };
}

export function rejectedOf(rows: readonly Row[], unreadable: readonly Row[]): RejectedRow[] {
  const fixed = new Set(['line', 'column', 'problem', 'filename']);
  const out: RejectedRow[] = rows.map((r) => {
    const file = basename(str(r.filename) ?? '');
    const problem: Problem = {
      file,
      line: Number(r.line),
      path: String(r.column),
      message: String(r.problem),
      severity: 'error',
    };
    const values = new Map(
      Object.entries(r)
        .filter(([k]) => !fixed.has(k))
        .map(([k, v]) => [k, str(v) ?? '']),
    );
    return { line: Number(r.line), values: new Map([['file', file], ...values]), problems: [problem] };
  });
  for (const u of unreadable) {
    const file = basename(str(u.file) ?? '');
    out.push({
      line: Number(u.line),
      values: new Map([
        ['file', file],
        ['row', str(u.csv_line) ?? ''],
      ]),
      problems: [
        {
          file,
          line: Number(u.line),
          path: String(u.column_name),
          message: `the row does not have the header's columns: ${String(u.message)}`,
          severity: 'error',
        },
      ],
    });
  }
  return out;
}
