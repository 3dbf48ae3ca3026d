// The mapping step of an event import: one select per code the file's events use (CAMEO root, PLOVER category,
// ACLED event type, UCDP type of violence), set to the documented mapping (docs/event-data.md) or the user's
// choice: a built-in relation type, or leave its events out. A change reads the file again with the override.
import type { EventImportOptions } from '../io/import';
import { RELATION_TYPES, RELATION_TYPE_INFO } from '../model';
import { chosenType, type EventCodeCount } from '../model';
import { withCodeMapping } from './eventOptions';

const LEAVE_OUT = '';

function plural(n: number, one: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : `${one}s`}`;
}

export function EventCodeStep({
  codes,
  options,
  onChange,
}: {
  codes: readonly EventCodeCount[];
  options: EventImportOptions;
  onChange: (options: EventImportOptions) => void;
}) {
  const left = codes.filter((c) => chosenType(c, options.mapping) === null);
  const leftEvents = left.reduce((n, c) => n + c.count, 0);
  return (
    <fieldset className="type-mapping event-codes">
      <legend>Event codes in the file</legend>
      <p className="muted" aria-label="Codes left out">
        {left.length === 0
          ? 'Every code maps to a relation type.'
          : `${plural(left.length, 'code')} left out (${plural(leftEvents, 'event')}): they map to no relation type.`}
      </p>
      {codes.map((c) => {
        const type = chosenType(c, options.mapping);
        return (
          <label key={c.key}>
            <span>
              {c.label} <span className="muted">({c.count})</span>
            </span>
            <select
              aria-label={`Type for ${c.label}`}
              value={type ?? LEAVE_OUT}
              onChange={(e) => {
                const chosen = RELATION_TYPES.find((t) => t === e.target.value) ?? null;
                onChange(withCodeMapping(options, c.key, chosen));
              }}
            >
              <option value={LEAVE_OUT}>Leave out</option>
              {RELATION_TYPES.map((t) => (
                <option key={t} value={t}>
                  {RELATION_TYPE_INFO[t].label}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
