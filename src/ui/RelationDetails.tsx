// Details of one relation: type and direction, dates in words with their stated precision, status and who
// alleges or disputes it, the summary, and every evidence quote with its source (title, author, publisher,
// date, and a link only for http(s) addresses). Text from the data is rendered as text, never as markup.
import type { EdgeRecord, Model } from '../model';
import type { ViewStore } from '../state/store';
import type { Theme } from '../state/viewState';
import { edgeClassKey, edgeLook } from '../view/look';
import { AttributeList } from './AttributeList';
import { EdgeGlyph } from './glyphs';
import { EvidenceList } from './Evidence';
import { actorLabel, partiesText, whenText } from './relationText';

function ActorList({ model, ids, store }: { model: Model; ids: readonly string[]; store: ViewStore }) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <button
            type="button"
            className="link"
            onClick={() => store.update((s) => ({ ...s, selection: { kind: 'actor', id } }), 'push')}
          >
            {actorLabel(model, id)}
          </button>
        </span>
      ))}
    </>
  );
}

export function RelationDetails(props: {
  model: Model;
  edges: readonly EdgeRecord[];
  live: boolean;
  theme: Theme;
  store: ViewStore;
}) {
  const { model, edges, live, theme, store } = props;
  const edge = edges[0]!;
  const r = edge.relation;
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title">
        <EdgeGlyph look={edgeLook(edgeClassKey(edge.info, edge.status), theme)} /> {edge.info.label}
        {r.subtype && <span className="muted"> ({r.subtype})</span>}
      </h2>
      <p className="parties">{partiesText(model, edge, true)}</p>
      <dl>
        <dt>When</dt>
        <dd>
          {whenText(edge)} <code className="edtf">{r.when}</code>
        </dd>
        <dt>Status</dt>
        <dd>
          {r.status === 'alleged' ? <strong>Alleged</strong> : 'Reported'}
          {!live && <span className="badge">not in the current view</span>}
        </dd>
        {r.assertedBy && (
          <>
            <dt>Alleged by</dt>
            <dd>
              <ActorList model={model} ids={r.assertedBy} store={store} />
            </dd>
          </>
        )}
        {r.disputedBy && (
          <>
            <dt>Disputed by</dt>
            <dd>
              <ActorList model={model} ids={r.disputedBy} store={store} />
            </dd>
          </>
        )}
      </dl>
      <p className="summary">{r.summary}</p>
      <AttributeList attributes={r.attributes} />
      <h3>Evidence</h3>
      <EvidenceList model={model} relation={r} />
    </article>
  );
}
