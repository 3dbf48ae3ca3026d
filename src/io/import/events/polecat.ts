// POLECAT (the PLOVER-coded successor of ICEWS), tab-separated with a header: Actor Name → Recipient Name, the
// PLOVER Event Type, its Event Mode and Contexts. Events whose contexts say they did not happen as told
// (hypothetical, negation) are left out unless asked for, and counted.
import { eventReader, type EventFormat, type RowOutcome } from './read-events';
import type { EventRow } from './table';
import type { EventImportOptions } from '../result';
import { isMissing, readDay, readList } from './values';

/** Contexts that say the event did not (or not yet) happen: left out by default. */
export const EXCLUDED_CONTEXTS: readonly string[] = ['hypothetical', 'negation'];

function toEvent(row: EventRow, options: EventImportOptions): RowOutcome {
  const source = row.get('Actor Name');
  const target = row.get('Recipient Name');
  if (isMissing(source) || isMissing(target)) return { kind: 'skip', reason: 'no actor or no recipient' };
  const contexts = readList(row.get('Contexts').toLowerCase(), ',').flatMap((c) => readList(c, ';'));
  const keep = new Set((options.keepContexts ?? []).map((c) => c.toLowerCase()));
  // In the list's order, not the row's, so the SQL of `faultline ingest` counts a row under the same context.
  const excluded = EXCLUDED_CONTEXTS.find((c) => contexts.includes(c) && !keep.has(c));
  if (excluded) return { kind: 'skip', reason: `the context is "${excluded}" (keep it with keepContexts)` };
  const id = row.get('Event ID');
  if (isMissing(id)) return { kind: 'bad', column: 'Event ID', message: 'the event has no Event ID' };
  const raw = row.get('Event Date');
  const date = readDay(raw);
  if (!date) return { kind: 'bad', column: 'Event Date', message: `"${raw}" is not a day (YYYY-MM-DD)` };
  const type = row.get('Event Type').toUpperCase();
  if (!/^[A-Z]+$/.test(type))
    return {
      kind: 'bad',
      column: 'Event Type',
      message: `"${row.get('Event Type')}" is not a PLOVER event type`,
    };
  const outlet = row.get('Publisher');
  const country = row.get('Country');
  return {
    kind: 'event',
    event: {
      id,
      source,
      target,
      date,
      precision: 'day',
      scheme: 'plover',
      code: type,
      directed: true,
      ...(isMissing(country) ? {} : { country }),
      evidence: isMissing(outlet) ? [] : [{ outlet }],
    },
  };
}

export const polecatFormat: EventFormat = {
  id: 'polecat',
  label: 'POLECAT',
  extensions: ['tsv', 'tab', 'csv', 'txt'],
  mediaType: 'text/tab-separated-values',
  required: ['Event ID', 'Event Date', 'Event Type', 'Actor Name', 'Recipient Name'],
  claims: (head) =>
    head.includes('Event Type') && head.includes('Recipient Name') && head.includes('Actor Name'),
  toEvent,
};

export const polecatReader = eventReader(polecatFormat);
