// Details of one relation: type and direction, dates in words with their stated precision, status and who
// alleges or disputes it, the editor's confidence and what is inferred (date, type, parties), the summary, and
// every evidence quote with whose claim it carries, its grades and its source (title, author, publisher, date,
// and a link only for http(s) addresses). Text from the data is rendered as text, never as markup.
import type { EdgeRecord, Model } from '../model';
import type { Evidence, Source } from '../model/dataset/schema';
import { parseWhen } from '../model/time/edtf';
import { formatSpan } from '../model/time/format';
import type { ViewStore } from '../state/store';
import type { Theme } from '../state/viewState';
import { edgeClassKey, edgeLook } from '../view/look';
import { AttributeList } from './AttributeList';
import { EdgeGlyph } from './glyphs';
import {
  claimKindText,
  claimantText,
  confidenceText,
  credibilityText,
  reliabilityText,
} from './evidenceText';
import { actorLabel, partiesText, safeHref, whenText } from './relationText';

function sourceDate(source: Source): string {
  try {
    return formatSpan(parseWhen(source.published));
  } catch {
    return source.published;
  }
}

function SourceLine({ source }: { source: Source }) {
  const href = safeHref(source.url);
  return (
    <cite className="source">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        source.title
      )}
      {[source.author, source.publisher, sourceDate(source)].filter(Boolean).map((part) => (
        <span key={part}> · {part}</span>
      ))}
    </cite>
  );
}

/** Whose claim a passage carries and its grades, above its source. */
function ClaimLine({ model, evidence }: { model: Model; evidence: Evidence }) {
  const parts = [
    evidence.reliability && reliabilityText(evidence.reliability),
    evidence.credibility && credibilityText(evidence.credibility),
  ].filter(Boolean);
  return (
    <p className="claim" data-testid="claim">
      <span className="claimant">{claimantText(model, evidence.claim)}</span>
      <span className="muted"> · {claimKindText(evidence.claim)}</span>
      {parts.map((part) => (
        <span key={part} className="grade">
          {' '}
          · {part}
        </span>
      ))}
    </p>
  );
}

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
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
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
      {r.evidence.length === 0 && (
        <p className="muted">Unsourced: the file this came from carries no quotes.</p>
      )}
      {r.evidence.map((ev, i) => {
        const source = sources.get(ev.source);
        return (
          <figure key={i} className="evidence">
            <blockquote>{ev.quote}</blockquote>
            <figcaption>
              <ClaimLine model={model} evidence={ev} />
              {source ? <SourceLine source={source} /> : ev.source}
            </figcaption>
          </figure>
        );
      })}
    </article>
  );
}
