// Calendar days as text and back, in UTC: `YYYY-MM-DD` for the day holding an instant, the instant of a written
// day, the last day of a month. The small conversions the formats, the command line and the address share.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

/** A year as xsd:date and EDTF write it: at least four digits, a leading minus before the common era. */
export function yearText(year: number): string {
  return `${year < 0 ? '-' : ''}${pad(year, 4)}`;
}

/** The `YYYY-MM-DD` day (UTC) holding `ms`; undefined for an open (infinite) end or an instant out of range. */
export function isoDay(ms: number): string | undefined {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return undefined;
  return `${yearText(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** A day `YYYY-MM-DD` as ms UTC at its midnight, or null when it is not a real calendar day. */
export function parseIsoDay(s: string | null): number | null {
  const m = s === null ? null : ISO_DAY.exec(s);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isoDay(ms) === s ? ms : null;
}

/** The number of days of `month` (1 to 12; 13 is January of the next year, as Date.UTC counts) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An instant as an ISO date when it falls on a day's first or last millisecond, else as an ISO date-time. */
export function isoInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return /T00:00:00\.000Z$|T23:59:59\.999Z$/.test(iso) ? iso.slice(0, 10) : iso.replace(/\.\d{3}Z$/, 'Z');
}
