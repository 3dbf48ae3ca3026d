// Values as the event datasets write them: days in their several spellings, counts, and the markers of a missing
// value ("NA", "", "NULL"), read the one way every event reader reads them.
import { parseIsoDay } from '../../../model';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day as `YYYY-MM-DD`, or undefined. */
function day(y: number, m: number, d: number): string | undefined {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return parseIsoDay(iso) === null ? undefined : iso;
}

/**
 * A day from `2018-06-01`, `2018-06-01 00:00:00.000` (UCDP), `20180601` (GDELT's SQLDATE) or `01 June 2018`
 * (ACLED's older exports); undefined when the text is none of these or no real day.
 */
export function readDay(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return month === 0 ? undefined : day(Number(m[3]), month, Number(m[1]));
  }
  return undefined;
}

/** The datasets' ways of saying "no value". */
export function isMissing(text: string): boolean {
  const t = text.trim();
  return t === '' || t === 'NA' || t === 'NULL' || t === 'null' || t === 'N/A';
}

/** A count of zero or more, or undefined (missing); NaN when the text is not a whole number. */
export function readCount(text: string): number | undefined {
  if (isMissing(text)) return undefined;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
}

/** A list in one cell (`a; b`, `a,b`), each item trimmed, empties and "NA" dropped. */
export function readList(text: string, separator: string): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => !isMissing(s));
}
