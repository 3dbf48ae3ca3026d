// Details of one actor: kind, description, aliases and existence, the relations it has in the current view (a
// list of buttons: the keyboard way to each), and all its relations over time as a small timeline.
import { useMemo } from 'react';
import { mediationReason, mediatorsOf, type Model } from '../model';
import { ACTOR_KIND_INFO } from '../model';
import { formatSpan } from '../model';
import type { ViewStore } from '../state/store';
import { pairSelectionId, type Theme } from '../state/viewState';
import type { LiveView } from '../view/liveView';
import { nodeLook } from '../look/look';
import { ActorTimeline } from './ActorTimeline';
import { AttributeList } from './AttributeList';
import { NodeGlyph } from './glyphs';
import { actorLabel, whenText } from './relationText';
import { LongText } from './LongText';
import { drawnLabel } from '../view/elements';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ActorDetails(props: {
  model: Model;
  id: string;
  live: LiveView;
  date: number;
  theme: Theme;
  store: ViewStore;
}) {
  const { model, id, live, date, theme, store } = props;
  const record = model.actors.get(id)!;
  const a = record.actor;
  const all = useMemo(() => model.edges.filter((e) => e.source === id || e.target === id), [model, id]);
  const inView = all.filter((e) => live.edges.has(e.key));
  // The actors this one has relations with, most relations first: the choices of the pair view.
  const partners = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of all) {
      const o = e.source === id ? e.target : e.source;
      if (o !== id) count.set(o, (count.get(o) ?? 0) + 1);
    }
    return [...count].sort(
      (x, y) => y[1] - x[1] || actorLabel(model, x[0]).localeCompare(actorLabel(model, y[0])),
    );
  }, [model, all, id]);
  const pick = (relationId: string) =>
    store.update((s) => ({ ...s, selection: { kind: 'relation', id: relationId } }), 'push');
  const other = (e: (typeof all)[number]) => (e.source === id ? e.target : e.source);
  const line = (e: (typeof all)[number]) =>
    `${e.info.label} ${e.source === id ? (e.directed ? '→' : '–') : e.directed ? '←' : '–'} ${actorLabel(model, other(e))} · ${whenText(e)}`;
  const look = nodeLook(a.kind, theme);
  // Why this actor is marked a mediator: the parties in conflict it stands between in this view.
  const mediating = live.mediators.has(id);
  const mediations = useMemo(
    () => (mediating ? mediatorsOf(model, live.edges).filter((m) => m.mediator === id) : []),
    [mediating, model, live.edges, id],
  );
  const when = live.spec.mode === 'snapshot' ? 'date' : 'window';
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">
        <NodeGlyph shape={look.shape} fill={look.fill} border={look.border} /> <LongText text={a.label} />
      </h2>
      <p className="muted">
        {ACTOR_KIND_INFO[a.kind].label}
        {a.country && ` · ${a.country}`}
        {record.span && ` · ${formatSpan(record.span)}`}
        {a.partOf && ` · part of ${actorLabel(model, a.partOf)}`}
      </p>
      <p>{a.description && <LongText text={a.description} />}</p>
      {a.aliases && a.aliases.length > 0 && (
        <p>
          <span className="muted">Also known as: </span>
          {a.aliases.join('; ')}
        </p>
      )}
      <AttributeList attributes={a.attributes} />
      <button
        type="button"
        onClick={() => store.update((s) => ({ ...s, focus: { id, hops: s.focus?.hops ?? 1 } }), 'push')}
      >
        Focus on {drawnLabel(a.label)}
      </button>
      {partners.length > 0 && (
        <label className="pair-pick">
          Pair view with{' '}
          <select
            value=""
            onChange={(e) =>
              e.target.value &&
              store.update(
                (s) => ({ ...s, selection: { kind: 'pair', id: pairSelectionId(id, e.target.value) } }),
                'push',
              )
            }
          >
            <option value="">choose an actor…</option>
            {partners.map(([other, n]) => (
              <option key={other} value={other}>
                {actorLabel(model, other)} ({n})
              </option>
            ))}
          </select>
        </label>
      )}
      {mediations.length > 0 && (
        <ul className="mediator-reasons" data-testid="mediator-reasons">
          {mediations.map((m) => (
            <li key={m.parties.join('~')}>
              {capitalised(mediationReason(m, (x) => actorLabel(model, x), when))}
            </li>
          ))}
        </ul>
      )}
      <h3>In the current view ({inView.length})</h3>
      {inView.length === 0 ? (
        <p className="muted">No relation in the current view.</p>
      ) : (
        <ul className="relation-list">
          {inView.map((e) => (
            <li key={e.key}>
              <button type="button" className="link" onClick={() => pick(e.relationId)}>
                {line(e)}
              </button>
              {e.status === 'alleged' && <em> (alleged)</em>}
            </li>
          ))}
        </ul>
      )}
      <h3>Over time ({all.length})</h3>
      {model.extent && (
        <ActorTimeline
          edges={all}
          extent={model.extent}
          date={date}
          theme={theme}
          label={line}
          onPick={pick}
        />
      )}
    </article>
  );
}
