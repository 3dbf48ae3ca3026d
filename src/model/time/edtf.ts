// Parses a dataset's EDTF `when` strings, once, at load, into earliest / latest instants (ms, UTC) while
// keeping the string and its precision. Plain ISO dates and intervals of them (the common case) take a fast
// path; everything else (unspecified digits, qualifiers, seasons) goes through the `edtf` package. The fast
// path is checked against the package in edtf.test.ts.
import edtf from 'edtf';

/**
 * How finely one end of a span is known. `time` is a date with a time of day (imports from GEXF and other tools);
 * `open` is "..": no bound (ongoing); `unknown` is an empty end.
 */
export type Precision =
  'time' | 'day' | 'month' | 'season' | 'year' | 'decade' | 'century' | 'open' | 'unknown';

export interface TimeSpan {
  /** The EDTF string as written in the dataset. */
  readonly edtf: string;
  readonly kind: 'date' | 'interval';
  /** Earliest instant, ms since the epoch, UTC; -Infinity for an open start. */
  readonly start: number;
  /** Latest instant (the last ms covered), UTC; +Infinity for an open ("ongoing") or unknown end. */
  readonly end: number;
  readonly startPrecision: Precision;
  readonly endPrecision: Precision;
  /** The string carries `~` or `%`: the date is approximate. */
  readonly approximate: boolean;
  /** The string carries `?` or `%`: the date is uncertain. */
  readonly uncertain: boolean;
  /**
   * `[a..b]` (EDTF "one of a set", as a range): one date, not known more closely than "some time between a and b".
   * Its kind is `date`; start and end bound where it may lie, they are not a duration.
   */
  readonly oneOf?: true;
}

/** A `when` string that is not EDTF Faultline understands. */
export class EdtfError extends Error {
  override readonly name = 'EdtfError';
  constructor(
    readonly input: string,
    readonly reason: string,
  ) {
    super(`"${input}" is not a valid EDTF date or interval: ${reason}`);
  }
}

const DAY_MS = 86_400_000;
const REVERSED = 'the end must be later than the start';
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Date.UTC reads the years 0–99 as 1900–1999; EDTF years are literal, so set the full year. */
function utc(year: number, month0: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0, day);
  return d.getTime();
}

function daysInMonth(year: number, month1: number): number {
  return new Date(utc(year, month1, 0)).getUTCDate();
}

interface Bound {
  start: number;
  end: number;
  precision: Precision;
}

/**
 * Fast path for YYYY, YYYY-MM and YYYY-MM-DD; null when the string is anything else (seasons, months out of range:
 * the package decides). A day the month does not have is an error here: the package would roll 2021-02-29 over
 * into 1 March.
 */
function parseIsoDate(s: string, input: string): Bound | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) - 1, precision: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1) - 1, precision: 'month' };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new EdtfError(
      input,
      `the date does not exist (${m[1]}-${m[2]} has ${daysInMonth(year, month)} days)`,
    );
  }
  const start = utc(year, month - 1, day);
  return { start, end: start + DAY_MS - 1, precision: 'day' };
}

/** A part's trailing qualifier (`~` approximate, `?` uncertain, `%` both) split off the date it qualifies. */
function unqualified(part: string): { date: string; approximate: boolean; uncertain: boolean } {
  const q = part.at(-1);
  if (q !== '~' && q !== '?' && q !== '%') return { date: part, approximate: false, uncertain: false };
  return { date: part.slice(0, -1), approximate: q !== '?', uncertain: q !== '~' };
}

/**
 * Plain ISO dates and intervals of them, each part with at most a trailing qualifier (`2018-06-01~`, event data's
 * approximate days): the package gives a qualified date the same instants as the plain one, so only the flags
 * differ. Anything else (qualifiers inside a date, unspecified digits, seasons) is left to the package.
 */
function fastPath(s: string): TimeSpan | null {
  const slash = s.indexOf('/');
  if (slash < 0) {
    const q = unqualified(s);
    const d = parseIsoDate(q.date, s);
    if (!d) return null;
    return span(s, 'date', d.start, d.end, d.precision, d.precision, q.approximate, q.uncertain);
  }
  const qa = unqualified(s.slice(0, slash));
  const qb = unqualified(s.slice(slash + 1));
  const a = qa.date;
  const b = qb.date;
  if ((a === '..' && qa.date !== s.slice(0, slash)) || (b === '..' && qb.date !== s.slice(slash + 1)))
    return null;
  const lower = a === '..' ? null : parseIsoDate(a, s);
  const upper = b === '..' ? null : parseIsoDate(b, s);
  if ((a !== '..' && !lower) || (b !== '..' && !upper)) return null;
  // The package's own rule, so both paths agree: the end must begin after the start begins.
  if (lower && upper && upper.start <= lower.start) throw new EdtfError(s, REVERSED);
  return span(
    s,
    'interval',
    lower ? lower.start : -Infinity,
    upper ? upper.end : Infinity,
    lower ? lower.precision : 'open',
    upper ? upper.precision : 'open',
    qa.approximate || qb.approximate,
    qa.uncertain || qb.uncertain,
  );
}

function span(
  edtfString: string,
  kind: 'date' | 'interval',
  start: number,
  end: number,
  startPrecision: Precision,
  endPrecision: Precision,
  approximate: boolean,
  uncertain: boolean,
): TimeSpan {
  return { edtf: edtfString, kind, start, end, startPrecision, endPrecision, approximate, uncertain };
}

/** Precision of one EDTF date part as written, reading unspecified digits (X) as a coarser precision. */
export function precisionOfPart(part: string): Precision {
  const core = part.replace(/[?~%]/g, '');
  if (core === '..') return 'open';
  if (core === '') return 'unknown';
  if (core.includes('T')) return 'time';
  const [y = '', m, d] = core.replace(/^Y?-/, '').split('-');
  if (m !== undefined && /^2[1-4]$/.test(m)) return 'season';
  if (d !== undefined && !/^X+$/.test(d)) return 'day';
  if (m !== undefined && !/^X+$/.test(m)) return 'month';
  if (/^\d{4}$/.test(y)) return 'year';
  if (/^\d{3}X$/.test(y)) return 'decade';
  if (/^\d{2}XX$/.test(y)) return 'century';
  return 'year';
}

function slowBound(value: unknown): { min: number; max: number } | null {
  // The package gives an open end as undefined, or as Infinity when the other end carries a time of day.
  if (typeof value !== 'object' || value === null) return null;
  const { min, max } = value as { min: unknown; max: unknown };
  return typeof min === 'number' && typeof max === 'number' ? { min, max } : null;
}

/** The edtf parser's messages run to pages of grammar; keep the part a person can act on. */
function shortReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const unexpected = /Unexpected ("[^"]*"|[^.\n]*)/.exec(message);
  const col = /col (\d+)/.exec(message);
  if (unexpected && col) return `unexpected ${unexpected[1]} at character ${col[1]}`;
  if (/Invalid time value/.test(message)) return 'the date does not exist';
  if (/No possible parsings/.test(message)) return 'incomplete, or a form Faultline does not support';
  return message.split('\n')[0] ?? message;
}

/** True when both ends of an interval parse alone but the end does not begin after the start (the package throws). */
function endsBeforeStart(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  try {
    return edtf(s.slice(slash + 1)).min <= edtf(s.slice(0, slash)).min;
  } catch {
    return false;
  }
}

/** First month (0-based) of the seasons 21–24, read as the northern meteorological seasons. */
const SEASON_START_MONTH: Readonly<Record<string, number>> = { '21': 2, '22': 5, '23': 8, '24': 11 };

/**
 * The package reads seasons as quarters (winter 2021 = October to December); a reader of "winter 2021" means
 * December 2021 to February 2022, so seasons are spans of three months from March, June, September, December.
 */
function seasonSpan(input: string, s: string, approximate: boolean, uncertain: boolean): TimeSpan {
  const m = /^(\d{4})-(\d{2})$/.exec(s.replace(/[?~%]/g, ''));
  const first = m ? SEASON_START_MONTH[m[2] ?? ''] : undefined;
  if (!m || first === undefined) {
    throw new EdtfError(input, 'only the seasons 21 (spring) to 24 (winter) of a known year are supported');
  }
  const year = Number(m[1]);
  return span(
    s,
    'date',
    utc(year, first, 1),
    utc(year, first + 3, 1) - 1,
    'season',
    'season',
    approximate,
    uncertain,
  );
}

const ONE_OF_RANGE = /^\[([^[\],.]+)\.\.([^[\],.]+)\]$/;

/**
 * `[a..b]`: a single date known only to lie between a and b, inclusive (EDTF level 2 "one of a set" written as a
 * range; the only set form Faultline accepts, because a source often dates an event no closer than that).
 */
function oneOfRange(input: string, s: string): TimeSpan | null {
  const m = ONE_OF_RANGE.exec(s);
  if (!m) return null;
  const lower = parseWhen(m[1] ?? '');
  const upper = parseWhen(m[2] ?? '');
  if (lower.kind !== 'date' || upper.kind !== 'date') {
    throw new EdtfError(input, 'both ends of a "one of" range [a..b] must be dates');
  }
  if (upper.start <= lower.start) throw new EdtfError(input, REVERSED);
  return {
    ...span(
      s,
      'date',
      lower.start,
      upper.end,
      lower.startPrecision,
      upper.endPrecision,
      lower.approximate || upper.approximate,
      lower.uncertain || upper.uncertain,
    ),
    oneOf: true,
  };
}

/** Parses one EDTF `when` string. Throws EdtfError when it is not a date or interval Faultline understands. */
export function parseWhen(input: string): TimeSpan {
  const s = input.trim();
  const range = oneOfRange(input, s);
  if (range) return range;
  const fast = fastPath(s);
  if (fast) return fast;
  let value;
  try {
    value = edtf(s);
  } catch (e) {
    throw new EdtfError(input, endsBeforeStart(s) ? REVERSED : shortReason(e));
  }
  const approximate = /[~%]/.test(s);
  const uncertain = /[?%]/.test(s);
  if (value.type === 'Interval') {
    const slash = s.indexOf('/');
    const a = s.slice(0, slash);
    const b = s.slice(slash + 1);
    const lower = slowBound(value.lower);
    const upper = slowBound(value.upper);
    const start = lower ? lower.min : -Infinity;
    const end = upper ? upper.max : Infinity;
    return span(s, 'interval', start, end, precisionOfPart(a), precisionOfPart(b), approximate, uncertain);
  }
  if (value.type === 'Season') return seasonSpan(input, s, approximate, uncertain);
  if (value.type === 'Set' || value.type === 'List') {
    throw new EdtfError(
      input,
      'sets and lists are not supported (only a range [a..b]); use one relation per date',
    );
  }
  if (!Number.isFinite(value.min) || !Number.isFinite(value.max)) {
    throw new EdtfError(input, 'the date has no finite bounds');
  }
  const precision = precisionOfPart(s);
  return span(s, 'date', value.min, value.max, precision, precision, approximate, uncertain);
}
