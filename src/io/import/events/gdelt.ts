// GDELT 1.0 and 2.0 event files: tab-separated, no header; 57 columns (1.0's backfiles), 58 (1.0's daily files, with
// SOURCEURL) or 61 (2.0, with ADM2 codes). Actor1 → Actor2 by name, the EventCode kept as a string with its leading
// zeros, SQLDATE as the day, the article's address as evidence. Rows missing an actor (common: one in three) are
// counted and left out.
import type { ActorKind } from '../../../model';
import { eventReader, type EventFormat, type RowOutcome } from './read-events';
import type { EventRow } from './table';
import { isMissing, readDay } from './values';

const ACTOR = (n: 1 | 2) => [
  `Actor${n}Code`,
  `Actor${n}Name`,
  `Actor${n}CountryCode`,
  `Actor${n}KnownGroupCode`,
  `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`,
  `Actor${n}Religion2Code`,
  `Actor${n}Type1Code`,
  `Actor${n}Type2Code`,
  `Actor${n}Type3Code`,
];
const GEO = (p: string, adm2: boolean) => [
  `${p}Geo_Type`,
  `${p}Geo_FullName`,
  `${p}Geo_CountryCode`,
  `${p}Geo_ADM1Code`,
  ...(adm2 ? [`${p}Geo_ADM2Code`] : []),
  `${p}Geo_Lat`,
  `${p}Geo_Long`,
  `${p}Geo_FeatureID`,
];

/** The columns of a GDELT events file, by version: 2.0 adds ADM2 codes; 1.0's backfiles lack SOURCEURL. */
export function gdeltColumns(adm2: boolean, sourceUrl: boolean): string[] {
  return [
    'GLOBALEVENTID',
    'SQLDATE',
    'MonthYear',
    'Year',
    'FractionDate',
    ...ACTOR(1),
    ...ACTOR(2),
    'IsRootEvent',
    'EventCode',
    'EventBaseCode',
    'EventRootCode',
    'QuadClass',
    'GoldsteinScale',
    'NumMentions',
    'NumSources',
    'NumArticles',
    'AvgTone',
    ...GEO('Actor1', adm2),
    ...GEO('Actor2', adm2),
    ...GEO('Action', adm2),
    'DATEADDED',
    ...(sourceUrl ? ['SOURCEURL'] : []),
  ];
}

const BY_WIDTH = new Map<number, string[]>([
  [57, gdeltColumns(false, false)],
  [58, gdeltColumns(false, true)],
  [61, gdeltColumns(true, true)],
]);

/** CAMEO actor types: government and its organs, armed non-state groups. */
function kindOf(row: EventRow, n: 1 | 2): ActorKind | undefined {
  const type = row.get(`Actor${n}Type1Code`);
  if (['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'SPY'].includes(type)) return 'state-agency';
  if (['REB', 'INS', 'SEP', 'UAF'].includes(type)) return 'armed-group';
  const code = row.get(`Actor${n}Code`);
  if (isMissing(type) && /^[A-Z]{3}$/.test(code) && code === row.get(`Actor${n}CountryCode`)) return 'state';
  return undefined;
}

function toEvent(row: EventRow): RowOutcome {
  const source = row.get('Actor1Name');
  const target = row.get('Actor2Name');
  if (isMissing(source) || isMissing(target)) return { kind: 'skip', reason: 'Actor1 or Actor2 is missing' };
  const id = row.get('GLOBALEVENTID');
  if (!/^\d+$/.test(id))
    return { kind: 'bad', column: 'GLOBALEVENTID', message: `"${id}" is not an event id (digits)` };
  const raw = row.get('SQLDATE');
  const date = readDay(raw);
  if (!date || !/^\d{8}$/.test(raw))
    return { kind: 'bad', column: 'SQLDATE', message: `"${raw}" is not a day written YYYYMMDD` };
  const code = row.get('EventCode');
  if (!/^\d{2,4}$/.test(code))
    return {
      kind: 'bad',
      column: 'EventCode',
      message: `"${code}" is not a CAMEO code (two to four digits)`,
    };
  const url = row.get('SOURCEURL');
  const kinds: [string, ActorKind][] = [];
  const k1 = kindOf(row, 1);
  const k2 = kindOf(row, 2);
  if (k1) kinds.push([source, k1]);
  if (k2) kinds.push([target, k2]);
  const country = row.get('ActionGeo_CountryCode');
  return {
    kind: 'event',
    event: {
      id,
      source,
      target,
      date,
      precision: 'day',
      scheme: 'cameo',
      code,
      directed: true,
      ...(isMissing(country) ? {} : { country }),
      evidence: /^https?:\/\//.test(url) ? [{ url }] : isMissing(url) ? [] : [{ outlet: url }],
    },
    kinds,
  };
}

export const gdeltFormat: EventFormat = {
  id: 'gdelt',
  label: 'GDELT',
  extensions: ['csv', 'tsv', 'txt'],
  mediaType: 'text/tab-separated-values',
  headerless: (width) => BY_WIDTH.get(width),
  required: ['GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor2Name', 'EventCode'],
  // A headerless row: an id, an 8-digit day, and one of the three widths.
  claims: (head) => {
    const cells = head.split('\t');
    return BY_WIDTH.has(cells.length) && /^\d+$/.test(cells[0] ?? '') && /^\d{8}$/.test(cells[1] ?? '');
  },
  toEvent,
};

export const gdeltReader = eventReader(gdeltFormat);
