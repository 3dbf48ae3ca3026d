// Generated event files, ACLED- and GDELT-shaped, for the ingest tests and benchmarks: invented actors and
// events from a seeded generator (the same seed, the same file), with the formats' quirks (quoted notes with
// commas, semicolon-separated outlets, missing actors, leading-zero codes) and a bad row now and then.
import { ACLED_COLUMNS } from '../import';
import { gdeltColumns } from '../import';
import { seededRandom } from '../../model';

export interface GenerateOptions {
  readonly rows: number;
  readonly seed?: number;
  /** One row in this many is bad (a day that is none, a precision out of range); 0 for none. */
  readonly badEvery?: number;
  readonly actors?: number;
  /** The number of rows before this chunk (ids and bad rows continue from it); a chunk after the first has no header. */
  readonly offset?: number;
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2019, 0, 1);

function dayOf(rand: () => number, spanDays: number): string {
  return new Date(START + Math.floor(rand() * spanDays) * DAY_MS).toISOString().slice(0, 10);
}

const csvCell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

const ACLED_TYPES: readonly (readonly [string, string])[] = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'],
  ['Protests', 'Excessive force against protesters'],
  ['Riots', 'Mob violence'],
  ['Strategic developments', 'Arrests'],
  ['Strategic developments', 'Headquarters or base established'],
];

/** An ACLED-shaped CSV (its 31 columns) of `rows` invented events. */
export function acledCsv(o: GenerateOptions): string {
  const rand = seededRandom(o.seed ?? 1);
  const n = o.actors ?? 40;
  const actor = () => `Group ${Math.floor(rand() * n)}`;
  const out = o.offset ? [] : [ACLED_COLUMNS.join(',')];
  for (let i = o.offset ?? 0; i < (o.offset ?? 0) + o.rows; i++) {
    const bad = o.badEvery !== undefined && o.badEvery > 0 && i % o.badEvery === o.badEvery - 1;
    const [type, sub] = ACLED_TYPES[Math.floor(rand() * ACLED_TYPES.length)]!;
    const precision = bad && i % 2 === 0 ? '5' : String(1 + Math.floor(rand() * 3));
    const day = bad && i % 2 === 1 ? '2019-02-30' : dayOf(rand, 730);
    const a2 = rand() < 0.1 ? '' : actor();
    const dead = rand() < 0.3 ? '' : String(Math.floor(rand() * 5));
    const country = ['Xland', 'Yland', 'Zland'][Math.floor(rand() * 3)]!;
    const outlets = rand() < 0.5 ? 'Local Paper; Radio One' : 'Wire Service';
    const notes = `On ${day}, ${type.toLowerCase()} near "Town ${Math.floor(rand() * 9)}", sources said.`;
    const row: Record<string, string> = {
      event_id_cnty: `GEN${i + 1}`,
      event_date: day,
      year: day.slice(0, 4),
      time_precision: precision,
      disorder_type: 'Political violence',
      event_type: type,
      sub_event_type: sub,
      actor1: actor(),
      assoc_actor_1: rand() < 0.2 ? 'Helpers A; Helpers B' : '',
      inter1: String(1 + Math.floor(rand() * 8)),
      actor2: a2,
      inter2: a2 ? String(1 + Math.floor(rand() * 8)) : '',
      country,
      source: outlets,
      source_scale: 'National',
      notes,
      fatalities: dead,
      timestamp: '1600000000',
    };
    out.push(ACLED_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
  }
  return `${out.join('\n')}\n`;
}

/** A GDELT 2.0-shaped events file (61 tab-separated columns, no header) of `rows` invented events. */
export function gdeltTsv(o: GenerateOptions): string {
  const rand = seededRandom(o.seed ?? 2);
  const columns = gdeltColumns(true, true);
  const n = o.actors ?? 60;
  const codes = ['010', '036', '042', '043', '0874', '112', '130', '173', '190', '193', '20'];
  const out: string[] = [];
  for (let i = o.offset ?? 0; i < (o.offset ?? 0) + o.rows; i++) {
    const bad = o.badEvery !== undefined && o.badEvery > 0 && i % o.badEvery === o.badEvery - 1;
    const day = dayOf(rand, 365).replace(/-/g, '');
    const row: Record<string, string> = {
      GLOBALEVENTID: String(100000 + i),
      SQLDATE: bad ? '2019-13-01' : day,
      MonthYear: day.slice(0, 6),
      Year: day.slice(0, 4),
      Actor1Code: 'XLD',
      Actor1Name: rand() < 0.2 ? '' : `ACTOR ${Math.floor(rand() * n)}`,
      Actor2Name: rand() < 0.3 ? '' : `ACTOR ${Math.floor(rand() * n)}`,
      EventCode: codes[Math.floor(rand() * codes.length)]!,
      ActionGeo_CountryCode: ['XL', 'YL'][Math.floor(rand() * 2)]!,
      DATEADDED: `${day}120000`,
      SOURCEURL: rand() < 0.9 ? `https://example.org/news/${i % 500}` : '',
    };
    out.push(columns.map((c) => row[c] ?? '').join('\t'));
  }
  return `${out.join('\n')}\n`;
}
