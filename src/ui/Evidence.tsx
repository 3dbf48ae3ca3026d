// The verbatim passages a relation rests on, each with whose claim it carries, its grades and its source (title,
// author, publisher, date; a link only for http(s) addresses): the "says who?" of every line, shared by the
// relation details, the pair view and the comparison.
import type { Model, Relation } from '../model';
import type { Evidence, Source } from '../model';
import { parseWhen } from '../model';
import { formatSpan } from '../model';
import { claimKindText, claimantText, credibilityText, reliabilityText } from './evidenceText';
import { safeHref } from './relationText';

function sourceDate(source: Source): string {
  try {
    return formatSpan(parseWhen(source.published));
  } catch {
    return source.published;
  }
}

export function SourceLine({ source }: { source: Source }) {
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

export function EvidenceList({ model, relation }: { model: Model; relation: Relation }) {
  if (relation.evidence.length === 0)
    return <p className="muted">Unsourced: the file this came from carries no quotes.</p>;
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  return (
    <>
      {relation.evidence.map((ev, i) => {
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
    </>
  );
}
