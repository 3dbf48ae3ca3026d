// Foreign time values (GEXF integer / double / date / dateTime, GraphML and CSV dates, numbers) turned into the
// EDTF strings the dataset stores. The mapping (documented in docs/import.md):
//   - numbers: when every number in the file is a whole number from 1000 to 2999 they are years ("2001");
//     otherwise they are days counted from 1970-01-01 (Gephi's ordinal time), a fraction being the time of day;
//   - dates stay dates (YYYY, YYYY-MM, YYYY-MM-DD, any EDTF date);
//   - date-times become UTC, `YYYY-MM-DDTHH:MM:SSZ`: an offset in the value wins, else the file's time zone,
//     else the value is read as UTC;
//   - a missing or infinite bound is an open end (`..`); a span with no bound at all is `../..` (undated).
import { isoDay, yearText as isoYear } from '../../model';
import { EdtfError, parseWhen } from '../../model';
import { DAY_MS } from '../../model';

/** A time value that cannot be read; the reader turns it into a problem at the value's place. */
export class TimeValueError extends Error {
  override readonly name = 'TimeValueError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`"${input}" is not a time Faultline can read: ${reason}`);
  }
}

export type NumberScale = 'year' | 'day';

export interface TimeContext {
  /** How the file says its numbers are to be read; `auto` looks at the value itself. */
  readonly format: 'auto' | 'number' | 'date' | 'dateTime';
  readonly scale: NumberScale;
  /** IANA time zone for date-times written without an offset (GEXF 1.3 `timezone`). */
  readonly timezone?: string;
}

export const AUTO_TIME: TimeContext = { format: 'auto', scale: 'year' };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE_TIME =
  /^(-?\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
/** 05/06/2004: day and month order unknown. */
const DAY_MONTH = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
/** EDTF's `[a..b]`, "some time between a and b" (no comma, unlike a Gephi interval list). */
export const EDTF_RANGE = /^\[[^,\]]*\.\.[^,\]]*\]$/;

/**
 * Years when every number is a whole number from 1000 to 2999, days from 1970 otherwise. Values may be single
 * times or Gephi timesets (`<[2001.0, 2003.0]>`), whose numbers count too; dates and date-times are not numbers.
 */
export function numberScaleOf(values: Iterable<string>): NumberScale {
  for (const v of values) {
    for (const token of /^\s*[<[(]/.test(v) ? v.split(/[\s<>[\]();,]+/) : [v.trim()]) {
      if (!NUMBER.test(token)) continue;
      const n = Number(token);
      if (!Number.isInteger(n) || n < 1000 || n > 2999) return 'day';
    }
  }
  return 'year';
}

export function isInfinite(raw: string): boolean {
  return /^[+-]?infinity$/i.test(raw.trim());
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function yearText(year: number, raw: string): string {
  if (year < -9999 || year > 9999) throw new TimeValueError(raw, 'the year is outside -9999 to 9999');
  return isoYear(year);
}

/** An instant (ms UTC) as an EDTF date-time in UTC; milliseconds only when there are some. */
export function instantToEdtf(ms: number, raw: string): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw new TimeValueError(raw, 'the date is out of range');
  yearText(d.getUTCFullYear(), raw);
  const date = isoDay(ms)!;
  const millis = d.getUTCMilliseconds();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${date}T${time}${millis ? `.${pad(millis, 3)}` : ''}Z`;
}

function numberToEdtf(raw: string, scale: NumberScale): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new TimeValueError(raw, 'the number is not finite');
  if (scale === 'year') return yearText(n, raw);
  const ms = Math.round(n * DAY_MS);
  if (Math.abs(ms) > 8.64e15) throw new TimeValueError(raw, 'the date is out of range');
  if (ms % DAY_MS === 0) return instantToEdtf(ms, raw).slice(0, -10);
  return instantToEdtf(Math.round(ms / 1000) * 1000, raw);
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(timezone: string, raw: string): Intl.DateTimeFormat {
  let f = zoneFormats.get(timezone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new TimeValueError(raw, `"${timezone}" is not a known time zone`);
    }
    zoneFormats.set(timezone, f);
  }
  return f;
}

/** How far `timezone`'s wall clock is ahead of UTC at the instant `utcMs`. */
function zoneOffset(utcMs: number, timezone: string, raw: string): number {
  const parts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const p of zoneFormat(timezone, raw).formatToParts(new Date(utcMs))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
  );
  return wall + (parts.second ?? 0) * 1000 - Math.floor(utcMs / 1000) * 1000;
}

function offsetMinutes(offset: string): number {
  if (/^z$/i.test(offset)) return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function dateTimeToEdtf(m: RegExpExecArray, raw: string, timezone: string | undefined): string {
  const [, y, mo, d, h, mi, s, frac, offset] = m;
  const month = Number(mo);
  const day = Number(d);
  const wall = Date.UTC(
    Number(y),
    month - 1,
    day,
    Number(h),
    Number(mi),
    Number(s ?? '0'),
    Math.round(Number(`0.${frac ?? '0'}`) * 1000),
  );
  const check = new Date(Date.UTC(Number(y), month - 1, day));
  if (month < 1 || month > 12 || check.getUTCDate() !== day || Number(h) > 23 || Number(mi) > 59) {
    throw new TimeValueError(raw, 'the date or time does not exist');
  }
  let utc = wall;
  if (offset !== undefined) utc = wall - offsetMinutes(offset) * 60_000;
  else if (timezone) {
    const first = wall - zoneOffset(wall, timezone, raw);
    utc = wall - zoneOffset(first, timezone, raw);
  }
  return instantToEdtf(utc, raw);
}

function dateToEdtf(s: string, raw: string): string {
  const slashed = SLASHED_YMD.exec(s);
  const candidate = slashed ? `${slashed[1]}-${pad(Number(slashed[2]))}-${pad(Number(slashed[3]))}` : s;
  try {
    const span = parseWhen(candidate);
    if (span.kind === 'date') return candidate;
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
  }
  if (DAY_MONTH.test(s)) {
    throw new TimeValueError(raw, 'day and month order is ambiguous; write dates as YYYY-MM-DD');
  }
  throw new TimeValueError(
    raw,
    'write dates as YYYY-MM-DD, YYYY-MM or YYYY, or a date-time such as 2020-05-01T12:00:00Z',
  );
}

/**
 * One foreign time value as an EDTF date (not an interval), or null for an open bound (empty, `..`, ±Infinity).
 * Throws TimeValueError when the value cannot be read.
 */
export function foreignInstant(raw: string, ctx: TimeContext): string | null {
  const s = raw.trim();
  if (s === '' || s === '..' || isInfinite(s)) return null;
  if (NUMBER.test(s) && ctx.format !== 'date' && ctx.format !== 'dateTime') {
    // A bare 4-digit year in a file of dates is a year either way.
    return numberToEdtf(s, ctx.format === 'auto' && /^\d{4}$/.test(s) ? 'year' : ctx.scale);
  }
  if (NUMBER.test(s) && /^-?\d{4}$/.test(s)) return yearText(Number(s), raw);
  if (NUMBER.test(s)) throw new TimeValueError(raw, `a number where the file declares ${ctx.format} times`);
  const dt = DATE_TIME.exec(s);
  if (dt) return dateTimeToEdtf(dt, raw, ctx.timezone);
  return dateToEdtf(s, raw);
}

/**
 * The EDTF `when` for a span given by its two bounds (EDTF dates, null for open). Both open → `../..`; equal
 * bounds → the single date. Throws TimeValueError when the span ends before it starts.
 */
export function spanToEdtf(start: string | null, end: string | null, raw: string): string {
  if (start === null && end === null) return '../..';
  const when = start === end ? start! : `${start ?? '..'}/${end ?? '..'}`;
  // Each bound may be valid alone and the span not (a season as a bound of an open or closed interval): the span
  // is checked as the dataset will read it, so the record is refused here, with its place, not later.
  try {
    if (start !== null && end !== null && parseWhen(start).start > parseWhen(end).end)
      throw new TimeValueError(raw, 'the span ends before it starts');
    parseWhen(when);
  } catch (e) {
    if (e instanceof EdtfError) throw new TimeValueError(raw, `as the span ${when}: ${e.reason}`);
    throw e;
  }
  return when;
}

/** A value given as a whole `when` (CSV When column, GraphML `when`): EDTF as written, or one foreign instant. */
export function foreignWhen(raw: string, ctx: TimeContext): string {
  const s = raw.trim();
  if ((s.includes('/') && !SLASHED_YMD.test(s) && !DAY_MONTH.test(s)) || EDTF_RANGE.test(s)) {
    try {
      parseWhen(s);
      return s;
    } catch (e) {
      if (!(e instanceof EdtfError)) throw e;
      throw new TimeValueError(raw, e.reason);
    }
  }
  return foreignInstant(s, ctx) ?? '../..';
}
