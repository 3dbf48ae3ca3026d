// The pair view: how two actors' stance moved over the whole period (the strip), who mediated between them, and
// every relation of the pair with its evidence. Opened by clicking a pair line, or by picking two actors.
import { useMemo } from 'react';
import { dyadHistory, mediationsOfPair, type EdgeRecord, type Model } from '../model';
import type { ViewStore } from '../state/store';
import { pairOfSelection, type Theme } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { edgeClassKey, edgeLook } from '../look/look';
import { EvidenceList } from './Evidence';
import { EdgeGlyph } from './glyphs';
import { actorLabel, partiesText, whenText } from './relationText';
import { StanceStrip } from './StanceStrip';
import { layoutStrip, stripDomain } from './stanceStrip';

const STRIP_WIDTH = 300;

function stanceWord(net: number): string {
  return net > 0 ? 'cooperative' : net < 0 ? 'hostile' : 'neither cooperative nor hostile';
}

function RelationItem(props: {
  model: Model;
  edge: EdgeRecord;
  live: boolean;
  theme: Theme;
  store: ViewStore;
}) {
  const { model, edge, live, theme, store } = props;
  const r = edge.relation;
  return (
    <li className={`pair-relation${live ? ' in-view' : ''}`} data-relation={r.id}>
      <button
        type="button"
        className="link"
        onClick={() => store.update((s) => ({ ...s, selection: { kind: 'relation', id: r.id } }), 'push')}
      >
        <EdgeGlyph look={edgeLook(edgeClassKey(edge.info, edge.status), theme)} /> {edge.info.label}
      </button>{' '}
      <span>{partiesText(model, edge, true)}</span>
      <span className="muted"> · {whenText(edge)}</span>
      {r.status === 'alleged' && (
        <span>
          {' '}
          · <strong>alleged</strong>
          {r.assertedBy && ` by ${r.assertedBy.map((id) => actorLabel(model, id)).join(', ')}`}
        </span>
      )}
      {live && <span className="badge">in view</span>}
      <p className="summary">{r.summary}</p>
      <EvidenceList model={model} relation={r} />
    </li>
  );
}

export function PairDetails(props: {
  model: Model;
  pair: string;
  live: LiveView;
  date: number;
  theme: Theme;
  store: ViewStore;
}) {
  const { model, pair, live, date, theme, store } = props;
  const [a, b] = pairOfSelection(pair);
  const history = useMemo(() => dyadHistory(model, a, b), [model, a, b]);
  const mediations = useMemo(() => mediationsOfPair(model, a, b), [model, a, b]);
  const layout = useMemo(() => {
    const all = [...history.relations, ...mediations];
    const extent = model.extent ?? { start: date, end: date };
    return layoutStrip(all, history.stance, stripDomain(all, extent, date), STRIP_WIDTH);
  }, [model, history, mediations, date]);
  const now = history.stance.find((s) => s.start <= date && date <= s.end);
  const counts = { cooperative: 0, hostile: 0, mediation: 0 };
  for (const e of history.relations) counts[e.info.tone]++;
  const labelOf = (key: string) => {
    const e = model.edgeByKey.get(key)!;
    return `${e.info.label}${e.status === 'alleged' ? ' (alleged)' : ''}: ${partiesText(model, e, true)} · ${whenText(e)}`;
  };
  const description = `${history.relations.length} relations between ${actorLabel(model, a)} and ${actorLabel(model, b)} over time, cooperative above the line, hostile below`;
  return (
    <article className="details pair-details" aria-labelledby="details-title" data-testid="pair-view">
      <h2 id="details-title">
        {actorLabel(model, a)} ↔ {actorLabel(model, b)}
      </h2>
      <p>
        {history.relations.length} relation{history.relations.length === 1 ? '' : 's'}: {counts.hostile}{' '}
        hostile, {counts.cooperative} cooperative, {counts.mediation} mediation
        {mediations.length > 0 &&
          `; ${mediations.length} mediation${mediations.length === 1 ? '' : 's'} by others`}
        .
      </p>
      <p data-testid="pair-stance">
        At this date: <strong>{stanceWord(now?.net ?? 0)}</strong>
        {now && now.net !== 0 && (
          <span className="muted"> (net {now.net > 0 ? `+${now.net}` : now.net})</span>
        )}
      </p>
      <StanceStrip
        layout={layout}
        date={date}
        theme={theme}
        label={labelOf}
        description={description}
        onDate={(day) => store.update((s) => ({ ...s, date: day }), 'push')}
      />
      <p className="legend-note">
        Above the line: cooperative; below: hostile; ◆ on it: mediation. Hatched: alleged. Pale band: an event
        dated only to a month, a year or a span. The line: net stance. Click the strip to move the date there.
      </p>
      {mediations.length > 0 && (
        <>
          <h3>Mediated by others ({mediations.length})</h3>
          <ul className="pair-relations">
            {mediations.map((e) => (
              <RelationItem
                key={e.key}
                model={model}
                edge={e}
                live={live.edges.has(e.key)}
                theme={theme}
                store={store}
              />
            ))}
          </ul>
        </>
      )}
      <h3>Every relation of the pair ({history.relations.length})</h3>
      <ul className="pair-relations">
        {history.relations.map((e) => (
          <RelationItem
            key={e.key}
            model={model}
            edge={e}
            live={live.edges.has(e.key)}
            theme={theme}
            store={store}
          />
        ))}
      </ul>
    </article>
  );
}
