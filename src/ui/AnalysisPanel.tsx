// The analysis of the current view: who is central (degree, weighted degree, relations by tone, betweenness), a
// shortest path between two actors through any ties or cooperative ones only, structural balance with the
// unbalanced triangles ("tensions"), and who mediates between parties in conflict, each with its reason. The same
// answers as `faultline analyse` (src/model/analysis/report.ts). Computed after the frame is painted and once the
// date holds still (useDeferred); with the panel closed nothing is computed.
import { memo, useCallback, useMemo, useState } from 'react';
import {
  analyseView,
  mediationReason,
  shortestPath,
  type Model,
  type Tension,
  type ViewAnalysis,
} from '../model';
import type { ViewStore } from '../state/store';
import { pairSelectionId, type ViewState } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { actorLabel } from './relationText';
import { useDeferred } from './useDeferred';

const SHOWN = 12;

const pct = (x: number) => `${Math.round(x * 100)}%`;

const Ranking = memo(function Ranking({
  model,
  analysis,
  store,
}: {
  model: Model;
  analysis: ViewAnalysis;
  store: ViewStore;
}) {
  const [all, setAll] = useState(false);
  const rows = all ? analysis.ranking : analysis.ranking.slice(0, SHOWN);
  return (
    <>
      <table data-testid="ranking">
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th
              scope="col"
              title="Degree: live relations (a relation with several parties counts once per party)"
            >
              Deg.
            </th>
            <th scope="col" title="Weighted degree: the sum of the intensity of its live relations">
              Wt.
            </th>
            <th scope="col" title="Cooperative relations">
              Coop.
            </th>
            <th scope="col" title="Hostile relations">
              Host.
            </th>
            <th
              scope="col"
              title="Betweenness: share of shortest paths between other actors that pass through it"
            >
              Betw.
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-actor={r.id}>
              <td>
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    store.update(
                      (s) => ({ ...s, selection: { kind: 'actor', id: r.id }, side: 'details' }),
                      'push',
                    )
                  }
                >
                  {actorLabel(model, r.id)}
                </button>
              </td>
              <td>{r.degree}</td>
              <td>{r.weightedDegree}</td>
              <td>{r.cooperative}</td>
              <td>{r.hostile}</td>
              <td>{r.betweenness.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {analysis.ranking.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll((v) => !v)}>
          {all ? 'Show the first ' + SHOWN : `Show all ${analysis.ranking.length}`}
        </button>
      )}
      {analysis.betweennessSample && (
        <p className="muted">
          Betweenness estimated from {analysis.betweennessSample.sources} of{' '}
          {analysis.betweennessSample.actors} actors (a large view).
        </p>
      )}
    </>
  );
});

function tensionText(model: Model, t: Tension): string {
  const [a, b, c] = t.actors.map((id) => actorLabel(model, id));
  if (t.kind === '---') return `${a}, ${b} and ${c} are all hostile to each other`;
  const negative = t.ties.find((tie) => tie.sign < 0)!;
  return `${actorLabel(model, t.pivot!)} is cooperative with both ${actorLabel(model, negative.a)} and ${actorLabel(model, negative.b)}, which are hostile to each other`;
}

/** The actors to choose from: memoised, so a time step does not re-render thousands of options. */
const ActorOptions = memo(function ActorOptions({
  model,
  actors,
}: {
  model: Model;
  actors: readonly string[];
}) {
  return (
    <>
      <option value="">choose…</option>
      {actors.map((id) => (
        <option key={id} value={id}>
          {actorLabel(model, id)}
        </option>
      ))}
    </>
  );
});

function PathFinder({ model, actors, live }: { model: Model; actors: readonly string[]; live: LiveView }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [via, setVia] = useState<'any' | 'cooperative'>('any');
  const path = useMemo(
    () => (from && to && from !== to ? shortestPath(model, live.edges, from, to, { via }) : null),
    [model, live.edges, from, to, via],
  );
  const pick = (value: string, set: (v: string) => void, label: string) => (
    <select aria-label={label} value={value} onChange={(e) => set(e.target.value)}>
      <ActorOptions model={model} actors={actors} />
    </select>
  );
  return (
    <div className="path-finder">
      <p>
        From {pick(from, setFrom, 'Path from')} to {pick(to, setTo, 'Path to')}{' '}
        <select
          aria-label="Through"
          value={via}
          onChange={(e) => setVia(e.target.value as 'any' | 'cooperative')}
        >
          <option value="any">through any ties</option>
          <option value="cooperative">through cooperative ties only</option>
        </select>
      </p>
      {from && to && from !== to && (
        <p data-testid="path">
          {path
            ? path.actors.map((id, i) => (
                <span key={id}>
                  {i > 0 && <span className="muted"> —{path.edges[i - 1]!.info.label}→ </span>}
                  {actorLabel(model, id)}
                </span>
              ))
            : `No chain of ${via === 'cooperative' ? 'cooperative ' : ''}ties links them in this view.`}
        </p>
      )}
    </div>
  );
}

/** Balance, tensions and mediators: memoised on the analysis, so a time step does not re-render their lists. */
const Findings = memo(function Findings({
  model,
  analysis,
  store,
  when,
}: {
  model: Model;
  analysis: ViewAnalysis;
  store: ViewStore;
  when: 'date' | 'window';
}) {
  const openPair = (a: string, b: string) =>
    store.update(
      (s) => ({ ...s, selection: { kind: 'pair', id: pairSelectionId(a, b) }, side: 'details' }),
      'push',
    );
  return (
    <>
      <h3>Structural balance</h3>
      <p data-testid="balance">
        {analysis.balance.ratio === null
          ? 'No triangle of ties in this view.'
          : `${pct(analysis.balance.ratio)} of ${analysis.balance.total} triangles balanced (${analysis.balance.balanced} balanced, ${analysis.balance.unbalanced} unbalanced).`}
      </p>
      <h3>Tensions ({analysis.tensions.length})</h3>
      {analysis.tensions.length === 0 ? (
        <p className="muted">No unbalanced triangle.</p>
      ) : (
        <ul className="change-list" data-testid="tensions">
          {analysis.tensions.map((t) => {
            const negative = t.ties.find((tie) => tie.sign < 0)!;
            return (
              <li key={t.actors.join('~')}>
                <button type="button" className="link" onClick={() => openPair(negative.a, negative.b)}>
                  {tensionText(model, t)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>Mediators ({analysis.mediators.length})</h3>
      {analysis.mediators.length === 0 ? (
        <p className="muted">No actor mediates between parties in conflict in this view.</p>
      ) : (
        <ul className="change-list" data-testid="mediators">
          {analysis.mediators.map((m) => (
            <li key={`${m.mediator}:${m.parties.join('~')}`} data-mediator={m.mediator}>
              <button
                type="button"
                className="link"
                onClick={() =>
                  store.update(
                    (s) => ({ ...s, selection: { kind: 'actor', id: m.mediator }, side: 'details' }),
                    'push',
                  )
                }
              >
                {actorLabel(model, m.mediator)}
              </button>{' '}
              {mediationReason(m, (id) => actorLabel(model, id), when)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
});

export function AnalysisPanel(props: {
  model: Model;
  live: LiveView;
  state: ViewState & { date: number };
  store: ViewStore;
}) {
  const { model, live, state, store } = props;
  const compute = useCallback(() => analyseView(model, live.edges), [model, live.edges]);
  const { value: analysis, pending } = useDeferred(compute, 'faultline:analysis');
  const choices = useMemo(
    () =>
      (analysis?.ranking ?? [])
        .map((r) => r.id)
        .sort((a, b) => actorLabel(model, a).localeCompare(actorLabel(model, b))),
    [analysis, model],
  );
  const when = state.mode === 'snapshot' ? 'date' : 'window';
  return (
    <section
      className="details analysis"
      aria-labelledby="analysis-title"
      data-testid="analysis-panel"
      aria-busy={pending}
      data-pending={pending}
    >
      <h2 id="analysis-title">Analysis of this view</h2>
      {!analysis ? (
        <p className="muted">Computing…</p>
      ) : (
        <>
          <h3>Who is central ({analysis.ranking.length} actors)</h3>
          <Ranking model={model} analysis={analysis} store={store} />
          <h3>Shortest path</h3>
          <PathFinder model={model} actors={choices} live={live} />
          <Findings model={model} analysis={analysis} store={store} when={when} />
        </>
      )}
    </section>
  );
}
