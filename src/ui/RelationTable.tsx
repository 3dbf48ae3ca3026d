// The live relations as a real table: the keyboard and screen-reader way through what the graph shows. Same
// live view, same filters; one row per relation (its drawn parties joined); sortable by column and narrowed by
// a text filter and by who says so (the voices its passages carry, confidence, reliability, inference). Choosing
// a row selects the relation, as a click on its line in the graph would.
import { useMemo, useState } from 'react';
import type { EdgeRecord, Model } from '../model';
import type { ViewStore } from '../state/store';
import type { Selection } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { CONFIDENCE_LEVELS, RELIABILITY_GRADES, type Confidence, type Reliability } from '../model';
import { foldText } from '../view/names';
import {
  NO_SOURCING_FILTER,
  passesSourcing,
  sourcingOf,
  type Sourcing,
  type SourcingFilter,
  type VoiceFilter,
} from './evidenceText';
import { actorLabel, whenText } from './relationText';

type Column = 'type' | 'source' | 'target' | 'when' | 'status' | 'confidence';
const COLUMNS: readonly { id: Column; title: string }[] = [
  { id: 'when', title: 'When' },
  { id: 'type', title: 'Type' },
  { id: 'source', title: 'From' },
  { id: 'target', title: 'To' },
  { id: 'status', title: 'Status' },
  { id: 'confidence', title: 'Confidence' },
];

const VOICE_CHOICES: readonly [VoiceFilter, string][] = [
  ['any', 'anyone'],
  ['author', 'the author'],
  ['party', 'a named party'],
  ['report', 'a cited report'],
  ['alone', 'parties or reports alone'],
];

/** Sorting by confidence puts high first when ascending; a relation without one sorts last. */
const CONFIDENCE_RANK: Readonly<Record<string, number>> = { high: 0, moderate: 1, low: 2, '': 3 };

export interface TableRow {
  readonly relationId: string;
  readonly edges: readonly EdgeRecord[];
  readonly type: string;
  readonly source: string;
  readonly target: string;
  readonly when: string;
  readonly start: number;
  readonly status: string;
  readonly confidence: string;
  readonly sourcing: Sourcing;
  readonly summary: string;
}

export function tableRows(model: Model, live: LiveView): TableRow[] {
  const byRelation = new Map<string, EdgeRecord[]>();
  for (const key of live.edges) {
    const e = model.edgeByKey.get(key)!;
    const list = byRelation.get(e.relationId);
    if (list) list.push(e);
    else byRelation.set(e.relationId, [e]);
  }
  return [...byRelation].map(([relationId, edges]) => {
    const e = edges[0]!;
    return {
      relationId,
      edges,
      type: e.info.label,
      source: actorLabel(model, e.source),
      target: edges.map((x) => actorLabel(model, x.target)).join(', '),
      when: whenText(e),
      start: e.span.start,
      status: e.status,
      confidence: e.relation.confidence ?? '',
      sourcing: sourcingOf(e.relation),
      summary: e.relation.summary,
    };
  });
}

function compare(a: TableRow, b: TableRow, by: Column): number {
  if (by === 'when') return a.start - b.start;
  if (by === 'confidence') return (CONFIDENCE_RANK[a.confidence] ?? 3) - (CONFIDENCE_RANK[b.confidence] ?? 3);
  return a[by].localeCompare(b[by]);
}

export function RelationTable(props: {
  model: Model;
  live: LiveView;
  selection: Selection;
  store: ViewStore;
}) {
  const { model, live, selection, store } = props;
  const [sort, setSort] = useState<{ by: Column; dir: 1 | -1 }>({ by: 'when', dir: -1 });
  const [text, setText] = useState('');
  const [sourcing, setSourcing] = useState<SourcingFilter>(NO_SOURCING_FILTER);
  const narrow = (patch: Partial<SourcingFilter>) => setSourcing((f) => ({ ...f, ...patch }));
  const allRows = useMemo(() => tableRows(model, live), [model, live]);
  const rows = useMemo(() => {
    const q = foldText(text);
    const all = allRows.filter(
      (r) =>
        passesSourcing(r.sourcing, sourcing) &&
        (!q || foldText(`${r.type} ${r.source} ${r.target} ${r.when} ${r.status} ${r.summary}`).includes(q)),
    );
    return all.sort((a, b) => sort.dir * compare(a, b, sort.by) || a.relationId.localeCompare(b.relationId));
  }, [allRows, text, sort, sourcing]);
  const select = (relationId: string) =>
    store.update((s) => ({ ...s, selection: { kind: 'relation', id: relationId } }), 'push');
  return (
    <section className="relation-table" aria-label="Relations in view">
      <div className="table-tools">
        <label>
          Filter rows <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <label>
          Resting on{' '}
          <select value={sourcing.voice} onChange={(e) => narrow({ voice: e.target.value as VoiceFilter })}>
            {VOICE_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Confidence{' '}
          <select
            value={sourcing.confidence}
            onChange={(e) => narrow({ confidence: e.target.value as Confidence | 'any' })}
          >
            <option value="any">any</option>
            {CONFIDENCE_LEVELS.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
        <label>
          Reliability{' '}
          <select
            value={sourcing.reliability}
            onChange={(e) => narrow({ reliability: e.target.value as Reliability | 'any' })}
          >
            <option value="any">any</option>
            {RELIABILITY_GRADES.map((g) => (
              <option key={g} value={g}>
                {g === 'A' ? 'A' : `${g} or better`}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={sourcing.inferredOnly}
            onChange={(e) => narrow({ inferredOnly: e.target.checked })}
          />
          Inferred only
        </label>
        <span className="muted" aria-live="polite">
          {rows.length < allRows.length && `${rows.length} of `}
          {allRows.length} relation{allRows.length === 1 ? '' : 's'}
        </span>
      </div>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Relations in the current view, sortable by column</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={sort.by === c.id ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort((s) => ({ by: c.id, dir: s.by === c.id ? (-s.dir as 1 | -1) : 1 }))
                    }
                  >
                    {c.title}
                    <span aria-hidden="true">{sort.by === c.id ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.relationId}
                data-relation={r.relationId}
                aria-selected={selection?.kind === 'relation' && selection.id === r.relationId}
                onClick={() => select(r.relationId)}
              >
                <td>{r.when}</td>
                <td>
                  <button type="button" className="link" onClick={() => select(r.relationId)}>
                    {r.type}
                  </button>
                </td>
                <td>{r.source}</td>
                <td>{r.target}</td>
                <td>{r.status === 'alleged' ? <em>alleged</em> : 'reported'}</td>
                <td>{r.confidence}</td>
                <td>{r.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
