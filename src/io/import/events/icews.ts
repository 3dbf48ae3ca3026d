// ICEWS coded events (Harvard Dataverse's tab-separated files): one row per event with Source Name → Target Name,
// a CAMEO code kept as written (leading zeros), the event's day, the publisher, and comma-separated sectors.
// "NA" stands for a missing value; the key is (Event ID, Event Date).
import type { ActorKind } from '../../../model';
import { eventReader, type EventFormat, type RowOutcome } from './read-events';
import type { EventRow } from './table';
import { isMissing, readDay, readList } from './values';

export const ICEWS_COLUMNS = [
  'Event ID',
  'Event Date',
  'Source Name',
  'Source Sectors',
  'Source Country',
  'Event Text',
  'CAMEO Code',
  'Intensity',
  'Target Name',
  'Target Sectors',
  'Target Country',
  'Story ID',
  'Sentence Number',
  'Publisher',
  'City',
  'District',
  'Province',
  'Country',
  'Latitude',
  'Longitude',
] as const;

const ARMED = /rebel|insurgen|militia|terror|separatist/i;
const STATE_PART = /military|police|government|executive|ministry|legislative|judicial|intelligence/i;

/** A kind from ICEWS's sectors: a country's own name is the state, its organs agencies, armed sectors groups. */
function kindOf(name: string, sectors: string, country: string): ActorKind | undefined {
  if (name === country) return 'state';
  const list = readList(sectors, ',');
  if (list.some((s) => ARMED.test(s))) return 'armed-group';
  if (list.some((s) => STATE_PART.test(s))) return 'state-agency';
  return undefined;
}

function toEvent(row: EventRow): RowOutcome {
  const source = row.get('Source Name');
  const target = row.get('Target Name');
  if (isMissing(source) || isMissing(target)) return { kind: 'skip', reason: 'no source or no target actor' };
  const id = row.get('Event ID');
  if (isMissing(id)) return { kind: 'bad', column: 'Event ID', message: 'the event has no Event ID' };
  const raw = row.get('Event Date');
  const date = readDay(raw);
  if (!date) return { kind: 'bad', column: 'Event Date', message: `"${raw}" is not a day (YYYY-MM-DD)` };
  const code = row.get('CAMEO Code');
  if (!/^\d{2,4}$/.test(code))
    return {
      kind: 'bad',
      column: 'CAMEO Code',
      message: `"${code}" is not a CAMEO code (two to four digits)`,
    };
  const publisher = row.get('Publisher');
  const country = row.get('Country');
  const kinds: [string, ActorKind][] = [];
  const sk = kindOf(source, row.get('Source Sectors'), row.get('Source Country'));
  const tk = kindOf(target, row.get('Target Sectors'), row.get('Target Country'));
  if (sk) kinds.push([source, sk]);
  if (tk) kinds.push([target, tk]);
  return {
    kind: 'event',
    event: {
      // Event IDs repeat across days in ICEWS; the day makes the key.
      id: `${id}@${date}`,
      source,
      target,
      date,
      precision: 'day',
      scheme: 'cameo',
      code,
      directed: true,
      ...(isMissing(country) ? {} : { country }),
      evidence: isMissing(publisher) ? [] : [{ outlet: publisher }],
    },
    kinds,
  };
}

export const icewsFormat: EventFormat = {
  id: 'icews',
  label: 'ICEWS',
  extensions: ['tab', 'tsv', 'csv', 'txt'],
  mediaType: 'text/tab-separated-values',
  required: ['Event ID', 'Event Date', 'Source Name', 'CAMEO Code', 'Target Name'],
  claims: (head) =>
    /(^|\t)Event ID\t/.test(head) && head.includes('\tCAMEO Code\t') && head.includes('Target Name'),
  toEvent,
};

export const icewsReader = eventReader(icewsFormat);
