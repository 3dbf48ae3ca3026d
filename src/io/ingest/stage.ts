// Each event format's rows as the ingest query's common columns, in SQL: the same readings as the TypeScript
// readers in src/io/import/events (the same missing markers, days, precisions, codes and evidence), the same rows
// left out on purpose (`skip`) and the same bad rows with the same sentences (`checks`, the first failing one
// wins), so `faultline ingest` and the in-app import give the same relations (src/cli/commands/ingest.test.ts).
import type { EventScheme } from '../../model';
import { EXCLUDED_CONTEXTS } from '../import';
import type { Dialect } from './dialect';

export const INGEST_FORMATS = ['acled', 'ucdp', 'gdelt', 'icews', 'polecat'] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

/** A format's rows as SQL expressions over its columns. Text expressions are trimmed; NULL where missing. */
export interface Stage {
  readonly scheme: EventScheme;
  readonly tabSeparated: boolean;
  /** Columns the query reads; a file without one of them is refused before it runs. */
  readonly columns: readonly string[];
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The day as a DATE; NULL when the text is not one (a check says so). */
  readonly day: string;
  /** 0 day, 1 approximate day, 2 month, 3 year. */
  readonly precision: string;
  readonly code: string;
  readonly directed: boolean;
  readonly fatalities: string;
  readonly country: string;
  readonly outlet: string;
  readonly url: string;
  readonly summary: string;
  /** Conditions that leave a row out on purpose, with the sentence that counts them. */
  readonly skip: readonly (readonly [string, string])[];
  /** Conditions that make a row bad: its column, the condition, the message (an SQL text expression). */
  readonly checks: readonly (readonly [string, string, string])[];
}

export const MISSING = ['', 'NA', 'NULL', 'null', 'N/A'] as const;

export interface StageOptions {
  readonly keepContexts?: readonly string[];
}

export function stageOf(format: IngestFormat, d: Dialect, options: StageOptions = {}): Stage {
  const c = (name: string) => `trim(coalesce(${d.text(d.ident(name))}, ''))`;
  const missing = (e: string) => `(${e} IN (${MISSING.map(d.literal).join(', ')}))`;
  const orNull = (e: string) => `CASE WHEN ${missing(e)} THEN NULL ELSE ${e} END`;
  const said = (e: string, rest: string) => `'"' || ${e} || ${d.literal(`" ${rest}`)}`;
  const isUrl = (e: string) => d.fullMatch(e, 'https?://.*');
  /** readDay of values.ts: YYYY-MM-DD (with a time), YYYYMMDD, or "1 June 2018". */
  const anyDay = (e: string) =>
    `CASE WHEN ${d.fullMatch(e, '\\d{4}-\\d{2}-\\d{2}(?:[ T][\\d:.]+Z?)?')} THEN ${d.parseDate(`substr(${e}, 1, 10)`, '%Y-%m-%d')} ` +
    `WHEN ${d.fullMatch(e, '\\d{8}')} THEN ${d.parseDate(e, '%Y%m%d')} ` +
    `WHEN ${d.fullMatch(e, '\\d{1,2} [A-Za-z]+ \\d{4}')} THEN ${d.parseDate(e, '%d %B %Y')} END`;
  const cameoCode = (col: string): [string, string, string] => [
    col,
    `NOT ${d.fullMatch(c(col), '\\d{2,4}')}`,
    said(c(col), 'is not a CAMEO code (two to four digits)'),
  ];
  switch (format) {
    case 'icews':
      return {
        scheme: 'cameo',
        tabSeparated: true,
        columns: [
          'Event ID',
          'Event Date',
          'Source Name',
          'CAMEO Code',
          'Target Name',
          'Publisher',
          'Country',
        ],
        id: `${c('Event ID')} || '@' || ${d.formatDate(anyDay(c('Event Date')), '%Y-%m-%d')}`,
        source: c('Source Name'),
        target: c('Target Name'),
        day: anyDay(c('Event Date')),
        precision: '0',
        code: c('CAMEO Code'),
        directed: true,
        fatalities: 'NULL',
        country: orNull(c('Country')),
        outlet: orNull(c('Publisher')),
        url: 'NULL',
        summary: 'NULL',
        skip: [
          [`${missing(c('Source Name'))} OR ${missing(c('Target Name'))}`, 'no source or no target actor'],
        ],
        checks: [
          ['Event ID', missing(c('Event ID')), d.literal('the event has no Event ID')],
          [
            'Event Date',
            `${anyDay(c('Event Date'))} IS NULL`,
            said(c('Event Date'), 'is not a day (YYYY-MM-DD)'),
          ],
          cameoCode('CAMEO Code'),
        ],
      };
    case 'acled': {
      const outlets = d.cleanList(c('source'), ';', '; ', MISSING);
      const sub = c('sub_event_type');
      const type = c('event_type');
      return {
        scheme: 'acled',
        tabSeparated: false,
        columns: [
          'event_id_cnty',
          'event_date',
          'time_precision',
          'event_type',
          'sub_event_type',
          'actor1',
          'actor2',
          'country',
          'source',
          'notes',
          'fatalities',
        ],
        id: c('event_id_cnty'),
        source: c('actor1'),
        target: c('actor2'),
        day: anyDay(c('event_date')),
        precision: `CASE ${c('time_precision')} WHEN '1' THEN 0 WHEN '2' THEN 1 WHEN '3' THEN 2 END`,
        code: `CASE WHEN ${missing(sub)} THEN ${type} ELSE ${type} || ': ' || ${sub} END`,
        directed: false,
        fatalities: `CASE WHEN ${missing(c('fatalities'))} THEN NULL ELSE ${d.int(c('fatalities'))} END`,
        country: orNull(c('country')),
        outlet: `CASE WHEN ${outlets} = '' THEN NULL ELSE ${outlets} END`,
        url: 'NULL',
        summary: orNull(c('notes')),
        skip: [[`${missing(c('actor1'))} OR ${missing(c('actor2'))}`, 'actor1 or actor2 is empty (no pair)']],
        checks: [
          ['event_id_cnty', missing(c('event_id_cnty')), d.literal('the event has no event_id_cnty')],
          [
            'event_date',
            `${anyDay(c('event_date'))} IS NULL`,
            said(c('event_date'), 'is not a day (YYYY-MM-DD or "1 June 2018")'),
          ],
          [
            'time_precision',
            `${c('time_precision')} NOT IN ('1', '2', '3')`,
            said(c('time_precision'), 'is not 1, 2 or 3'),
          ],
          ['event_type', missing(type), d.literal('the event has no event_type')],
          [
            'fatalities',
            `NOT ${missing(c('fatalities'))} AND NOT ${d.fullMatch(c('fatalities'), '\\d+')}`,
            said(c('fatalities'), 'is not a whole number of fatalities'),
          ],
        ],
      };
    }
    case 'ucdp': {
      const office = c('source_office');
      const article = c('source_article');
      return {
        scheme: 'ucdp',
        tabSeparated: false,
        columns: [
          'id',
          'type_of_violence',
          'side_a',
          'side_b',
          'date_start',
          'date_prec',
          'best',
          'country',
          'source_office',
          'source_article',
          'source_headline',
        ],
        id: c('id'),
        source: c('side_a'),
        target: c('side_b'),
        day: anyDay(c('date_start')),
        precision: `CASE ${c('date_prec')} WHEN '1' THEN 0 WHEN '2' THEN 1 WHEN '3' THEN 1 WHEN '4' THEN 2 WHEN '5' THEN 3 END`,
        code: c('type_of_violence'),
        directed: true,
        fatalities: `CASE WHEN ${missing(c('best'))} THEN NULL ELSE ${d.int(c('best'))} END`,
        country: orNull(c('country')),
        outlet:
          `CASE WHEN NOT ${isUrl(article)} AND NOT ${missing(article)} THEN ` +
          `(CASE WHEN ${missing(office)} THEN ${article} ELSE ${office} || '; ' || ${article} END) ` +
          `WHEN ${missing(office)} THEN NULL ELSE ${office} END`,
        url: `CASE WHEN ${isUrl(article)} THEN ${article} END`,
        summary: orNull(c('source_headline')),
        skip: [[`${missing(c('side_a'))} OR ${missing(c('side_b'))}`, 'side_a or side_b is empty']],
        checks: [
          ['id', missing(c('id')), d.literal('the event has no id')],
          [
            'type_of_violence',
            `${c('type_of_violence')} NOT IN ('1', '2', '3')`,
            said(c('type_of_violence'), 'is not 1, 2 or 3'),
          ],
          [
            'date_start',
            `${anyDay(c('date_start'))} IS NULL`,
            said(c('date_start'), 'is not a day (YYYY-MM-DD)'),
          ],
          [
            'date_prec',
            `${c('date_prec')} NOT IN ('1', '2', '3', '4', '5')`,
            said(c('date_prec'), 'is not a date precision from 1 to 5'),
          ],
          [
            'best',
            `NOT ${missing(c('best'))} AND NOT ${d.fullMatch(c('best'), '\\d+')}`,
            said(c('best'), 'is not a whole number of deaths'),
          ],
        ],
      };
    }
    case 'gdelt': {
      const url = c('SOURCEURL');
      return {
        scheme: 'cameo',
        tabSeparated: true,
        columns: [
          'GLOBALEVENTID',
          'SQLDATE',
          'Actor1Name',
          'Actor2Name',
          'EventCode',
          'ActionGeo_CountryCode',
          'SOURCEURL',
        ],
        id: c('GLOBALEVENTID'),
        source: c('Actor1Name'),
        target: c('Actor2Name'),
        day: `CASE WHEN ${d.fullMatch(c('SQLDATE'), '\\d{8}')} THEN ${d.parseDate(c('SQLDATE'), '%Y%m%d')} END`,
        precision: '0',
        code: c('EventCode'),
        directed: true,
        fatalities: 'NULL',
        country: orNull(c('ActionGeo_CountryCode')),
        outlet: `CASE WHEN NOT ${isUrl(url)} AND NOT ${missing(url)} THEN ${url} END`,
        url: `CASE WHEN ${isUrl(url)} THEN ${url} END`,
        summary: 'NULL',
        skip: [[`${missing(c('Actor1Name'))} OR ${missing(c('Actor2Name'))}`, 'Actor1 or Actor2 is missing']],
        checks: [
          [
            'GLOBALEVENTID',
            `NOT ${d.fullMatch(c('GLOBALEVENTID'), '\\d+')}`,
            said(c('GLOBALEVENTID'), 'is not an event id (digits)'),
          ],
          [
            'SQLDATE',
            `NOT ${d.fullMatch(c('SQLDATE'), '\\d{8}')} OR ${d.parseDate(c('SQLDATE'), '%Y%m%d')} IS NULL`,
            said(c('SQLDATE'), 'is not a day written YYYYMMDD'),
          ],
          cameoCode('EventCode'),
        ],
      };
    }
    case 'polecat': {
      const keep = new Set((options.keepContexts ?? []).map((x) => x.toLowerCase()));
      const excluded = EXCLUDED_CONTEXTS.filter((x) => !keep.has(x));
      const type = `upper(${c('Event Type')})`;
      return {
        scheme: 'plover',
        tabSeparated: true,
        columns: [
          'Event ID',
          'Event Date',
          'Event Type',
          'Contexts',
          'Actor Name',
          'Recipient Name',
          'Publisher',
          'Country',
        ],
        id: c('Event ID'),
        source: c('Actor Name'),
        target: c('Recipient Name'),
        day: anyDay(c('Event Date')),
        precision: '0',
        code: type,
        directed: true,
        fatalities: 'NULL',
        country: orNull(c('Country')),
        outlet: orNull(c('Publisher')),
        url: 'NULL',
        summary: 'NULL',
        skip: [
          [`${missing(c('Actor Name'))} OR ${missing(c('Recipient Name'))}`, 'no actor or no recipient'],
          ...excluded.map(
            (x) =>
              [d.hasItem(c('Contexts'), x), `the context is "${x}" (keep it with keepContexts)`] as const,
          ),
        ],
        checks: [
          ['Event ID', missing(c('Event ID')), d.literal('the event has no Event ID')],
          [
            'Event Date',
            `${anyDay(c('Event Date'))} IS NULL`,
            said(c('Event Date'), 'is not a day (YYYY-MM-DD)'),
          ],
          [
            'Event Type',
            `NOT ${d.fullMatch(type, '[A-Z]+')}`,
            said(c('Event Type'), 'is not a PLOVER event type'),
          ],
        ],
      };
    }
  }
}
