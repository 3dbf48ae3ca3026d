// Human wording of dates for the details panel, tooltips and exports. A span is worded no more precisely than
// its EDTF string says ("199X" is "in the 1990s", never "1990"), with its qualifiers spelt out (~ about,
// ? uncertain) and open or unknown ends named as such. English only.
import { parseWhen, type TimeSpan } from './edtf';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const SEASONS: Readonly<Record<string, string>> = {
  '21': 'spring',
  '22': 'summer',
  '23': 'autumn',
  '24': 'winter',
};
/** The first digit of a day written with one unspecified digit: 0X early, 1X mid, 2X and 3X late in the month. */
const PART_OF_MONTH: Readonly<Record<string, string>> = {
  '0': 'early',
  '1': 'mid',
  '2': 'late',
  '3': 'late',
};

/** EDTF year 0 is 1 BC. */
function yearText(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

function monthName(ms: number): string {
  return MONTHS[new Date(ms).getUTCMonth()] ?? '';
}

/** "2026-02-27" (UTC); ".." for an open end. */
export function formatInstant(ms: number): string {
  if (!Number.isFinite(ms)) return '..';
  const iso = new Date(ms).toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/** "27 February 2026" (UTC); "open" for an open end. */
export function formatDateLong(ms: number): string {
  if (!Number.isFinite(ms)) return 'open';
  const d = new Date(ms);
  return `${d.getUTCDate()} ${monthName(ms)} ${yearText(d.getUTCFullYear())}`;
}

/** One end of a span, or a whole date, in words, before its qualifiers are added. */
interface Phrase {
  readonly text: string;
  /** A year, decade or century: standing alone it reads "in 2022". */
  readonly yearLike: boolean;
  /** Set for a plain day or month, so that an interval within one year or month can be shortened. */
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

function phraseOf(core: string, span: TimeSpan): Phrase {
  const start = new Date(span.start);
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  if (span.startPrecision === 'time') {
    const time = start.toISOString().slice(11, start.getUTCSeconds() ? 19 : 16);
    return { text: `${formatDateLong(span.start)}, ${time} UTC`, yearLike: false };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(core)) {
    return { text: formatDateLong(span.start), yearLike: false, day: start.getUTCDate(), month, year };
  }
  const partOfMonth = /^\d{4}-\d{2}-(\d)X$/.exec(core);
  if (partOfMonth) {
    return {
      text: `${PART_OF_MONTH[partOfMonth[1] ?? '']} ${monthName(span.start)} ${yearText(year)}`,
      yearLike: false,
    };
  }
  if (/^\d{4}-(0[1-9]|1[0-2])(-XX)?$/.test(core)) {
    return { text: `${monthName(span.start)} ${yearText(year)}`, yearLike: false, month, year };
  }
  const season = /^\d{4}-(2[1-4])$/.exec(core);
  if (season) return { text: `${SEASONS[season[1] ?? '']} ${yearText(year)}`, yearLike: false };
  if (/^\d{4}(-XX){0,2}$/.test(core)) return { text: yearText(year), yearLike: true };
  if (/^\d{3}X(-XX){0,2}$/.test(core)) return { text: `the ${year}s`, yearLike: true };
  if (/^\d{2}XX(-XX){0,2}$/.test(core)) return { text: `the years ${year}–${year + 99}`, yearLike: true };
  // Anything rarer (unspecified months, negative years): the bounds themselves, which never overstate.
  const first = formatDateLong(span.start);
  const last = formatDateLong(span.end);
  return { text: first === last ? first : `between ${first} and ${last}`, yearLike: false };
}

interface Part extends Phrase {
  readonly approximate: boolean;
  readonly uncertain: boolean;
}

function partOf(written: string): Part {
  const core = written.replace(/[?~%]/g, '');
  return {
    ...phraseOf(core, parseWhen(core)),
    approximate: /[~%]/.test(written),
    uncertain: /[?%]/.test(written),
  };
}

/** Qualifiers in words; `alone` adds "in" before a bare year ("in 2022", but "1994 – 2001"). */
function worded(part: Part, alone: boolean): string {
  let text = part.text;
  if (part.approximate) text = `about ${text}`;
  else if (alone && part.yearLike && !part.uncertain) text = `in ${text}`;
  return part.uncertain ? `${text} (uncertain)` : text;
}

/** "10–20 February 2021", "28 February – 3 March 2021", "February – March 2021"; null when not shortenable. */
function shortened(lower: Part, upper: Part): string | null {
  const plain = (p: Part): boolean => !p.approximate && !p.uncertain && p.year !== undefined;
  if (!plain(lower) || !plain(upper) || lower.year !== upper.year) return null;
  const year = yearText(lower.year ?? 0);
  const monthOf = (p: Part): string => MONTHS[p.month ?? 0] ?? '';
  if (lower.day !== undefined && upper.day !== undefined) {
    if (lower.month === upper.month) return `${lower.day}–${upper.day} ${monthOf(upper)} ${year}`;
    return `${lower.day} ${monthOf(lower)} – ${upper.day} ${monthOf(upper)} ${year}`;
  }
  if (lower.day === undefined && upper.day === undefined)
    return `${monthOf(lower)} – ${monthOf(upper)} ${year}`;
  return null;
}

function formatInterval(edtf: string): string {
  const slash = edtf.indexOf('/');
  const a = edtf.slice(0, slash);
  const b = edtf.slice(slash + 1);
  const known = (end: string): boolean => end !== '..' && end !== '';
  const lower = known(a) ? partOf(a) : null;
  const upper = known(b) ? partOf(b) : null;
  if (lower && upper) return shortened(lower, upper) ?? `${worded(lower, false)} – ${worded(upper, false)}`;
  if (lower)
    return b === '..'
      ? `since ${worded(lower, false)} (ongoing)`
      : `from ${worded(lower, false)} (end unknown)`;
  if (upper)
    return a === '..' ? `until ${worded(upper, false)}` : `until ${worded(upper, false)} (start unknown)`;
  return a === '' && b === '..' ? 'ongoing (start unknown)' : 'undated';
}

/**
 * A span in words: "in 2022", "19 October 2025", "late February 2026", "about 2021", "spring 2021",
 * "1994 – August 2021", "since 2007 (ongoing)", "until 2001", "from 2007 (end unknown)".
 */
export function formatSpan(span: TimeSpan): string {
  if (span.oneOf) {
    const inner = span.edtf.slice(1, -1);
    const dots = inner.indexOf('..');
    return `some time between ${worded(partOf(inner.slice(0, dots)), false)} and ${worded(partOf(inner.slice(dots + 2)), false)}`;
  }
  return span.kind === 'interval' ? formatInterval(span.edtf) : worded(partOf(span.edtf), true);
}
