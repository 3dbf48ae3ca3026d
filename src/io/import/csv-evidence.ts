// The sources and evidence tables a CSV relations table may come with (the CSV export's sources.csv and
// evidence.csv): every quote of every relation, citing sources by id, where the relations table carries only the
// first quote and its source's title, with whose claim each quote carries and its grades. When given, they replace
// the relations table's Quote column.
import {
  CLAIM_KINDS,
  CREDIBILITY_GRADES,
  RELIABILITY_GRADES,
  type ClaimKind,
  type Credibility,
  type Reliability,
} from '../../model';
import type { Draft, DraftEvidence, DraftRelation, DraftSource, Place } from './draft';
import { warnAt } from './draft';
import { normalizeName, text, type Field } from './fields';
import type { Table } from './csv-table';
import { TimeValueError, foreignWhen, type TimeContext } from './time';

function byName(fields: readonly Field[]): Map<string, Field> {
  const m = new Map<string, Field>();
  for (const f of fields) if (!m.has(normalizeName(f.name))) m.set(normalizeName(f.name), f);
  return m;
}

/** Sources by their id in the table. */
export function readSources(draft: Draft, table: Table, ctx: TimeContext): Map<string, DraftSource> {
  const out = new Map<string, DraftSource>();
  for (const r of table.records) {
    const f = byName(r.fields);
    const id = text(f.get('id'));
    const title = text(f.get('title'));
    if (id === undefined || title === undefined) {
      warnAt(draft, { file: table.file, line: r.line }, 'a source without an id or a title was left out');
      continue;
    }
    let published: string | undefined;
    const when = text(f.get('published'));
    try {
      published = when === undefined ? undefined : foreignWhen(when, ctx);
    } catch (e) {
      if (!(e instanceof TimeValueError)) throw e;
      warnAt(draft, { file: table.file, line: r.line, path: 'Published' }, e.message);
    }
    const optional = (name: string) => text(f.get(name));
    out.set(id, {
      foreignId: id,
      title,
      ...(published !== undefined ? { published } : {}),
      ...(optional('author') !== undefined ? { author: optional('author') } : {}),
      ...(optional('publisher') !== undefined ? { publisher: optional('publisher') } : {}),
      ...(optional('url') !== undefined ? { url: optional('url') } : {}),
      ...(optional('note') !== undefined ? { note: optional('note') } : {}),
    });
  }
  return out;
}

/** The Claim by / Claimant / Claimant name / Reliability / Credibility columns; what is not valid is a warning. */
function whoSaysSo(
  draft: Draft,
  f: ReadonlyMap<string, Field>,
  place: Place,
): Pick<DraftEvidence, 'claim' | 'reliability' | 'credibility'> {
  const out: Pick<DraftEvidence, 'claim' | 'reliability' | 'credibility'> = {};
  const warn = (column: string, value: string, allowed: readonly (string | number)[]) =>
    warnAt(
      draft,
      { ...place, path: column },
      `"${value}" is not one of ${allowed.join(', ')}; it was left out`,
    );
  const by = text(f.get('claimby'))?.toLowerCase();
  const actor = text(f.get('claimant'));
  const name = text(f.get('claimantname'));
  if (by !== undefined) {
    if ((CLAIM_KINDS as readonly string[]).includes(by)) {
      out.claim = {
        by: by as ClaimKind,
        ...(actor !== undefined && { actor }),
        ...(name !== undefined && { name }),
      };
    } else warn('Claim by', by, CLAIM_KINDS);
  }
  const reliability = text(f.get('reliability'))?.toUpperCase();
  if (reliability !== undefined) {
    if ((RELIABILITY_GRADES as readonly string[]).includes(reliability))
      out.reliability = reliability as Reliability;
    else warn('Reliability', reliability, RELIABILITY_GRADES);
  }
  const credibility = text(f.get('credibility'));
  if (credibility !== undefined) {
    const grade = Number(credibility);
    if ((CREDIBILITY_GRADES as readonly number[]).includes(grade)) out.credibility = grade as Credibility;
    else warn('Credibility', credibility, CREDIBILITY_GRADES);
  }
  return out;
}

/** Replaces the relations' evidence with the evidence table's rows, by relation id. */
export function applyEvidence(
  draft: Draft,
  table: Table,
  sources: ReadonlyMap<string, DraftSource>,
  relations: readonly DraftRelation[],
): void {
  const byRelation = new Map<string, DraftRelation['evidence']>();
  // The row each relation id's evidence starts on: where evidence for a relation the table lacks is reported.
  const firstRow = new Map<string, number>();
  for (const r of table.records) {
    const f = byName(r.fields);
    const relation = text(f.get('relationid'));
    const sourceId = text(f.get('sourceid'));
    const quote = text(f.get('quote'));
    const place = { file: table.file, line: r.line };
    const source = sourceId === undefined ? undefined : sources.get(sourceId);
    let problem: string | undefined;
    if (relation === undefined || quote === undefined)
      problem = 'an evidence row needs a Relation id and a Quote';
    else if (!source)
      problem = `the evidence cites the source "${sourceId ?? ''}", which is not in the sources table`;
    if (problem !== undefined) {
      warnAt(draft, place, `${problem}; the row was left out`);
      continue;
    }
    const list = byRelation.get(relation!) ?? [];
    list.push({ quote: quote!, source: source!, ...whoSaysSo(draft, f, place) });
    byRelation.set(relation!, list);
    if (!firstRow.has(relation!)) firstRow.set(relation!, r.line);
  }
  const seen = new Set<string>();
  for (const d of relations) {
    d.evidence.length = 0;
    if (d.foreignId === undefined) continue;
    seen.add(d.foreignId);
    d.evidence.push(...(byRelation.get(d.foreignId) ?? []).map((e) => ({ ...e })));
  }
  for (const id of byRelation.keys()) {
    if (!seen.has(id))
      warnAt(
        draft,
        { file: table.file, line: firstRow.get(id)!, path: 'Relation id' },
        `evidence for "${id}", a relation not in the relations table, was left out`,
      );
  }
}
