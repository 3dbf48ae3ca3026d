// The attributes a file carried that Faultline does not use (kept on actors and relations), listed in the
// details panel as text; only values that are http(s) addresses become links.
import type { Attributes } from '../model';
import { safeHref } from './relationText';

function Value({ value }: { value: Attributes[string] }) {
  const text = value === null ? '—' : String(value);
  // Written out in full (`https://…`): a bare word that a URL parser would accept stays text.
  const href = typeof value === 'string' && /^https?:\/\//i.test(value) ? safeHref(value) : null;
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {text}
    </a>
  ) : (
    <>{text}</>
  );
}

export function AttributeList({ attributes }: { attributes: Attributes | undefined }) {
  const keys = attributes ? Object.keys(attributes) : [];
  if (!attributes || keys.length === 0) return null;
  return (
    <>
      <h3>Attributes ({keys.length})</h3>
      <dl className="attributes" aria-label="Attributes">
        {keys.map((k) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <Value value={attributes[k] ?? null} />
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
