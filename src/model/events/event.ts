// One coded event as the event datasets give it (ACLED, UCDP GED, GDELT, ICEWS, POLECAT): who did what to whom,
// when and how precisely, and which outlet says so. Readers in src/io fill these in; aggregate.ts folds them into
// relations. Pure data, no I/O.

/** The coding scheme an event's code belongs to; mapping.ts maps each to Faultline's relation types. */
export const EVENT_SCHEMES = ['cameo', 'plover', 'acled', 'ucdp'] as const;
export type EventScheme = (typeof EVENT_SCHEMES)[number];

/** Each scheme's name in a sentence. */
export const EVENT_SCHEME_LABELS: Readonly<Record<EventScheme, string>> = {
  cameo: 'CAMEO',
  plover: 'PLOVER',
  acled: 'ACLED',
  ucdp: 'UCDP',
};

/**
 * How closely the event's date is known. `week` is a day known to within a few days (ACLED time_precision 2, UCDP
 * date_prec 2–3): written as an approximate EDTF day (`2018-06-01~`).
 */
export const EVENT_PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type EventPrecision = (typeof EVENT_PRECISIONS)[number];

/**
 * What an event rests on: the outlet or the article's address, and the dataset's own words about it (a headline or
 * the coder's notes). `summary` is a summary written by the coder, never a quote of the source.
 */
export interface EventEvidence {
  readonly outlet?: string;
  readonly url?: string;
  readonly summary?: string;
}

export interface EventRecord {
  /** The dataset's own id for the event (ACLED event_id_cnty, GDELT GLOBALEVENTID, ICEWS Event ID …). */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** The day the dataset dates the event at, `YYYY-MM-DD`; `precision` says how far that day is to be trusted. */
  readonly date: string;
  readonly precision: EventPrecision;
  readonly scheme: EventScheme;
  /** The event's code as written: CAMEO `040` (leading zeros kept), `ASSAULT`, `Battles/Armed clash`, UCDP `1`. */
  readonly code: string;
  /** False when the dataset gives no direction between the two actors (ACLED's actor1 and actor2). */
  readonly directed: boolean;
  readonly fatalities?: number;
  /** ISO country code or name where the event took place, as the dataset writes it (for filters). */
  readonly country?: string;
  /** Actors the dataset names beside the two sides (ACLED's associated actors); kept, not made into pairs. */
  readonly associated?: readonly string[];
  readonly evidence: readonly EventEvidence[];
}

const ORDER: Readonly<Record<EventPrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };

/** The coarser of two precisions. */
export function coarser(a: EventPrecision, b: EventPrecision): EventPrecision {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** A day written at a precision: `2018-06-01`, `2018-06-01~`, `2018-06`, `2018`. */
export function dayAt(date: string, precision: EventPrecision): string {
  switch (precision) {
    case 'day':
      return date;
    case 'week':
      return `${date}~`;
    case 'month':
      return date.slice(0, 7);
    case 'year':
      return date.slice(0, 4);
  }
}

/**
 * The EDTF `when` of events dated from `first` to `last` (days, `first` ≤ `last`), no more precise than the
 * coarsest of them: one date when both ends read the same at that precision, else an interval.
 */
export function whenOf(first: string, last: string, precision: EventPrecision): string {
  const a = dayAt(first, precision);
  const b = dayAt(last, precision);
  return a === b ? a : `${a}/${b}`;
}
