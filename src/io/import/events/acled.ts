// ACLED exports (31 columns, comma-separated with RFC 4180 quoting): actor1 and actor2 carry no direction,
// associated actors are semicolon-separated, time_precision 1–3 says how far the day is known, notes is the
// coder's summary (never a quote) and source names the outlets. An event with no actor2 (a protest without a
// counterpart) has no pair and is counted, not loaded.
import type { ActorKind } from '../../../model';
import type { EventPrecision } from '../../../model';
import { eventReader, type EventFormat, type RowOutcome } from './read-events';
import type { EventRow } from './table';
import { isMissing, readCount, readDay, readList } from './values';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ACLED's time_precision: 1 the day, 2 within a week or so, 3 the month only. */
const PRECISION: Readonly<Record<string, EventPrecision>> = { '1': 'day', '2': 'week', '3': 'month' };

/**
 * ACLED's inter codes (written as the number or, since 2024, the name): 1 state forces, 2 rebels, 3 political
 * militias, 4 identity militias; rioters, protesters, civilians and external forces stay organisations.
 */
function kindOf(inter: string): ActorKind | undefined {
  const t = inter.trim().toLowerCase();
  if (t === '1' || t.startsWith('state forces')) return 'state-agency';
  if (['2', '3', '4'].includes(t) || /rebel|militia/.test(t)) return 'armed-group';
  return undefined;
}

function toEvent(row: EventRow): RowOutcome {
  const actor1 = row.get('actor1');
  const actor2 = row.get('actor2');
  if (isMissing(actor1) || isMissing(actor2))
    return { kind: 'skip', reason: 'actor1 or actor2 is empty (no pair)' };
  const id = row.get('event_id_cnty');
  if (isMissing(id))
    return { kind: 'bad', column: 'event_id_cnty', message: 'the event has no event_id_cnty' };
  const raw = row.get('event_date');
  const date = readDay(raw);
  if (!date)
    return {
      kind: 'bad',
      column: 'event_date',
      message: `"${raw}" is not a day (YYYY-MM-DD or "1 June 2018")`,
    };
  const tp = row.get('time_precision');
  const precision = PRECISION[tp];
  if (!precision) return { kind: 'bad', column: 'time_precision', message: `"${tp}" is not 1, 2 or 3` };
  const eventType = row.get('event_type');
  if (isMissing(eventType))
    return { kind: 'bad', column: 'event_type', message: 'the event has no event_type' };
  const sub = row.get('sub_event_type');
  const fatalities = readCount(row.get('fatalities'));
  if (Number.isNaN(fatalities))
    return {
      kind: 'bad',
      column: 'fatalities',
      message: `"${row.get('fatalities')}" is not a whole number of fatalities`,
    };
  const outlets = readList(row.get('source'), ';');
  const notes = row.get('notes');
  const kinds: [string, ActorKind][] = [];
  for (const [name, inter] of [
    [actor1, row.get('inter1')],
    [actor2, row.get('inter2')],
  ] as const) {
    const k = kindOf(inter);
    if (k) kinds.push([name, k]);
  }
  const associated = [...readList(row.get('assoc_actor_1'), ';'), ...readList(row.get('assoc_actor_2'), ';')];
  return {
    kind: 'event',
    event: {
      id,
      source: actor1,
      target: actor2,
      date,
      precision,
      scheme: 'acled',
      code: isMissing(sub) ? eventType : `${eventType}: ${sub}`,
      directed: false,
      ...(fatalities !== undefined ? { fatalities } : {}),
      ...(isMissing(row.get('country')) ? {} : { country: row.get('country') }),
      ...(associated.length > 0 ? { associated } : {}),
      evidence:
        outlets.length === 0 && isMissing(notes)
          ? []
          : [
              {
                ...(outlets.length > 0 ? { outlet: outlets.join('; ') } : {}),
                ...(isMissing(notes) ? {} : { summary: notes }),
              },
            ],
    },
    kinds,
  };
}

export const acledFormat: EventFormat = {
  id: 'acled',
  label: 'ACLED',
  extensions: ['csv', 'tsv', 'txt'],
  mediaType: 'text/csv',
  required: ['event_id_cnty', 'event_date', 'time_precision', 'event_type', 'actor1', 'actor2'],
  claims: (head) =>
    /^"?event_id_cnty"?[,;\t]/.test(head) && head.includes('actor1') && head.includes('event_type'),
  toEvent,
};

export const acledReader = eventReader(acledFormat);
