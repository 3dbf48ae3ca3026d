// Details of one relation: type and direction, dates in words with their stated precision, status and who
// alleges or disputes it, the editor's confidence and what is inferred (date, type, parties), the summary, and
// every evidence quote with whose claim it carries, its grades and its source (title, author, publisher, date,
// and a link only for http(s) addresses). Text from the data is rendered as text, never as markup.
import type { EdgeRecord, Model } from '../model';
import type { ViewStore } from '../state/store';
import type { Theme } from '../state/viewState';
import { edgeClassKey, edgeLook } from '../look/look';
import { AttributeList } from './AttributeList';
import { EdgeGlyph } from './glyphs';
import { EvidenceList } from './Evidence';
import { confidenceText } from './evidenceText';
import { actorLabel, partiesText, whenText } from './relationText';

/** A note saying that part of the relation is the editor's inference, and from what. */
function Inferred({ what, note }: { what: string; note: string | undefined }) {
  if (note === undefined) return null;
  return (
    <p className="inference" data-testid={`inference-${what}`}>
      <span className="badge">inferred {what}</span> {note}
    </p>
  );
}

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
      <Inferred what="type" note={r.inference?.type} />
      <Inferred what="parties" note={r.inference?.parties} />
      <dl>
        <dt>When</dt>
        <dd>
          {whenText(edge)} <code className="edtf">{r.when}</code>
          <Inferred what="date" note={r.inference?.when} />
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
        {r.confidence && (
          <>
            <dt>Confidence</dt>
            <dd title={confidenceText(r.confidence)} data-testid="confidence">
              {r.confidence}
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
