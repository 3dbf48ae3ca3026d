// Compare two dates: pick the earlier date (or take the window's two ends), and read what changed up to the
// current date — relations that appeared, relations that ended, pairs whose stance flipped or began or ceased —
// each with its evidence a click away. The graph marks the same changes (new, ended, flipped: never by colour
// alone); the view state keeps the earlier date, so a link reopens the comparison.
import { useMemo } from 'react';
import { DAY_MS, type EdgeRecord, type Model, type SignChange } from '../model';
import { formatDateLong, formatInstant } from '../model';
import type { ViewStore } from '../state/store';
import { parseIsoDay } from '../state/url';
import { pairSelectionId, type ViewState } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { edgeClassKey, edgeLook } from '../look/look';
import { EvidenceList } from './Evidence';
import { EdgeGlyph } from './glyphs';
import { actorLabel, partiesText, whenText } from './relationText';

const SIGN_WORD = { [-1]: 'hostile', 0: 'no tie', 1: 'cooperative' } as const;

/** One edge per relation, in time order: a relation with several parties is listed once. */
function relationsOf(model: Model, keys: Iterable<string>): EdgeRecord[] {
  const seen = new Set<string>();
  const out: EdgeRecord[] = [];
  for (const k of keys) {
    const e = model.edgeByKey.get(k);
    if (!e || seen.has(e.relationId)) continue;
    seen.add(e.relationId);
    out.push(e);
  }
  return out.sort((x, y) => x.span.start - y.span.start || x.relationId.localeCompare(y.relationId));
}

function ChangeList(props: {
  model: Model;
  edges: readonly EdgeRecord[];
  kind: string;
  state: ViewState;
  store: ViewStore;
}) {
  const { model, edges, kind, state, store } = props;
  if (edges.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="change-list" data-testid={`changes-${kind}`}>
      {edges.map((e) => (
        <li key={e.relationId} data-relation={e.relationId}>
          <details>
            <summary>
              <EdgeGlyph look={edgeLook(edgeClassKey(e.info, e.status), state.theme)} /> {e.info.label}
              {e.status === 'alleged' && <em> (alleged)</em>}: {partiesText(model, e, true)}
              <span className="muted"> · {whenText(e)}</span>
            </summary>
            <p className="summary">{e.relation.summary}</p>
            <EvidenceList model={model} relation={e.relation} />
            <button
              type="button"
              className="link"
              onClick={() =>
                store.update(
                  (s) => ({ ...s, selection: { kind: 'relation', id: e.relationId }, side: 'details' }),
                  'push',
                )
              }
            >
              Open its details
            </button>
          </details>
        </li>
      ))}
    </ul>
  );
}

function StanceChanges(props: { model: Model; changes: readonly SignChange[]; store: ViewStore }) {
  const { model, changes, store } = props;
  if (changes.length === 0) return <p className="muted">None.</p>;
  return (
    <ul className="change-list" data-testid="changes-stance">
      {changes.map((c) => (
        <li key={`${c.a}~${c.b}`} data-pair={`${c.a}~${c.b}`}>
          <button
            type="button"
            className="link"
            onClick={() =>
              store.update(
                (s) => ({
                  ...s,
                  selection: { kind: 'pair', id: pairSelectionId(c.a, c.b) },
                  side: 'details',
                }),
                'push',
              )
            }
          >
            {actorLabel(model, c.a)} – {actorLabel(model, c.b)}
          </button>
          : {SIGN_WORD[c.before]} → <strong>{SIGN_WORD[c.after]}</strong>
          {c.flipped && <span className="badge">flipped</span>}
        </li>
      ))}
    </ul>
  );
}

export function ComparePanel(props: {
  model: Model;
  state: ViewState & { date: number };
  live: LiveView;
  store: ViewStore;
}) {
  const { model, state, live, store } = props;
  const changes = live.changes;
  const setCompare = (compare: number | null) => store.update((s) => ({ ...s, compare }), 'push');
  const added = useMemo(
    () =>
      relationsOf(model, changes ? [...changes.marks].filter(([, m]) => m === 'added').map(([k]) => k) : []),
    [model, changes],
  );
  const ended = useMemo(() => relationsOf(model, changes?.ended ?? []), [model, changes]);
  const stance = changes?.diff.signChanges ?? [];
  const flipped = stance.filter((c) => c.flipped);
  const window = state.mode === 'window' ? state.window : null;
  const earlier = (days: number) => setCompare(state.date - days * DAY_MS);
  return (
    <section className="details compare-panel" aria-labelledby="compare-title" data-testid="compare-panel">
      <h2 id="compare-title">Compare two dates</h2>
      <p className="compare-dates">
        <label>
          From{' '}
          <input
            type="date"
            aria-label="Compare from"
            value={state.compare === null ? '' : formatInstant(state.compare)}
            onChange={(e) => setCompare(parseIsoDay(e.target.value))}
          />
        </label>{' '}
        to <strong>{formatDateLong(state.date)}</strong> (the time bar&rsquo;s date)
      </p>
      <p className="buttons">
        <button type="button" onClick={() => earlier(30)}>
          A month earlier
        </button>
        <button type="button" onClick={() => earlier(365)}>
          A year earlier
        </button>
        {window && (
          <button
            type="button"
            onClick={() =>
              store.update((s) => ({ ...s, mode: 'snapshot', date: window.to, compare: window.from }), 'push')
            }
          >
            The window&rsquo;s two ends
          </button>
        )}
        {state.compare !== null && (
          <button type="button" onClick={() => setCompare(null)}>
            Stop comparing
          </button>
        )}
      </p>
      {!changes ? (
        <p className="muted">
          Choose an earlier date: the graph then marks what changed since (new, ended, flipped) and this panel
          lists it with the evidence.
        </p>
      ) : (
        <>
          <p data-testid="compare-summary">
            From {formatDateLong(changes.from.mode === 'snapshot' ? changes.from.at : state.date)} to{' '}
            {formatDateLong(state.date)}: {added.length} new, {ended.length} ended, {flipped.length} flipped.
          </p>
          <h3>Pairs whose stance changed ({stance.length})</h3>
          <StanceChanges model={model} changes={stance} store={store} />
          <h3>New relations ({added.length})</h3>
          <ChangeList model={model} edges={added} kind="added" state={state} store={store} />
          <h3>Ended relations ({ended.length})</h3>
          <ChangeList model={model} edges={ended} kind="ended" state={state} store={store} />
        </>
      )}
    </section>
  );
}
