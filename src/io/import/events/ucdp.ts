// UCDP's Georeferenced Event Dataset (GED, comma-separated): side_a against side_b, the type of violence (1
// state-based, 2 non-state, 3 one-sided), the span date_start–date_end with date_prec 1–5, deaths as best (low,
// high) estimates, and the sources: article, office, headline (a headline is the outlet's summary, not a quote).
import type { EventPrecision } from '../../../model';
import { eventReader, type EventFormat, type RowOutcome } from './read-events';
import type { EventRow } from './table';
import { isMissing, readCount, readDay } from './values';

/** UCDP's date_prec: 1 the day, 2–3 within a few days or a week, 4 the month, 5 longer. */
const PRECISION: Readonly<Record<string, EventPrecision>> = {
  '1': 'day',
  '2': 'week',
  '3': 'week',
  '4': 'month',
  '5': 'year',
};

function toEvent(row: EventRow): RowOutcome {
  const sideA = row.get('side_a');
  const sideB = row.get('side_b');
  if (isMissing(sideA) || isMissing(sideB)) return { kind: 'skip', reason: 'side_a or side_b is empty' };
  const id = row.get('id');
  if (isMissing(id)) return { kind: 'bad', column: 'id', message: 'the event has no id' };
  const violence = row.get('type_of_violence');
  if (!['1', '2', '3'].includes(violence))
    return { kind: 'bad', column: 'type_of_violence', message: `"${violence}" is not 1, 2 or 3` };
  const raw = row.get('date_start');
  const date = readDay(raw);
  if (!date) return { kind: 'bad', column: 'date_start', message: `"${raw}" is not a day (YYYY-MM-DD)` };
  const prec = row.get('date_prec');
  const precision = row.has('date_prec') ? PRECISION[prec] : 'day';
  if (!precision)
    return { kind: 'bad', column: 'date_prec', message: `"${prec}" is not a date precision from 1 to 5` };
  const best = readCount(row.get('best'));
  if (Number.isNaN(best))
    return { kind: 'bad', column: 'best', message: `"${row.get('best')}" is not a whole number of deaths` };
  const outlet = row.get('source_office');
  const url = row.get('source_article');
  const headline = row.get('source_headline');
  const evidence = {
    ...(isMissing(outlet) ? {} : { outlet }),
    ...(/^https?:\/\//.test(url)
      ? { url }
      : isMissing(url)
        ? {}
        : { outlet: isMissing(outlet) ? url : `${outlet}; ${url}` }),
    ...(isMissing(headline) ? {} : { summary: headline }),
  };
  return {
    kind: 'event',
    event: {
      id,
      source: sideA,
      target: sideB,
      date,
      precision,
      scheme: 'ucdp',
      code: violence,
      directed: true,
      ...(best !== undefined ? { fatalities: best } : {}),
      ...(isMissing(row.get('country')) ? {} : { country: row.get('country') }),
      evidence: Object.keys(evidence).length === 0 ? [] : [evidence],
    },
  };
}

export const ucdpFormat: EventFormat = {
  id: 'ucdp',
  label: 'UCDP GED',
  extensions: ['csv', 'tsv', 'txt'],
  mediaType: 'text/csv',
  required: ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start'],
  claims: (head) => /(^|[,;\t])"?side_a"?([,;\t]|$)/.test(head) && head.includes('type_of_violence'),
  toEvent,
};

export const ucdpReader = eventReader(ucdpFormat);
