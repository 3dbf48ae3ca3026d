// The state and the time rules of the GEXF 1.3 checker (gexf-rules.ts): the graph's timeformat, mode and
// representation, how time values parse for each timeformat, and the lifetime of an element (start/end or
// spells: start <= end, inside the graph's scope, spells never overlapping), reporting each break as a Problem.
import type { Problem } from '../../model';
import { DAY_MS } from '../../model';
import { GEXF_NS } from './gexf';
import { type Interval } from './time';
import { childrenNamed, type XmlElement } from '../xml';
import { errorIn } from '../problem';

export const ONE_OF = {
  mode: ['static', 'dynamic', 'slice'],
  attributesMode: ['static', 'dynamic'],
  timeformat: ['integer', 'double', 'date', 'dateTime'],
  timerepresentation: ['interval', 'timestamp'],
  edgetype: ['directed', 'undirected', 'mutual'],
  class: ['node', 'edge'],
  nodeShape: ['disc', 'square', 'triangle', 'diamond', 'image'],
  edgeShape: ['solid', 'dotted', 'dashed', 'double'],
} as const;
export const ATTRIBUTE_TYPES = new Set(
  'integer long double float boolean bigdecimal biginteger byte char short string anyURI'
    .split(' ')
    .flatMap((t) => (t === 'anyURI' ? [t] : [t, `list${t}`])),
);

export const INTEGER = /^[+-]?\d+$/;
export const DOUBLE = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?INF|NaN)$/;
const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})(?:Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

export type TimeFormat = (typeof ONE_OF.timeformat)[number];

function calendarDate(m: RegExpExecArray): number | null {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999; setting the full year undoes that.
  back.setUTCFullYear(y, mo - 1, d);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && mo >= 1 && mo <= 12
    ? back.getTime()
    : null;
}

/** A time value as a number on one axis (ms for dates), or null when it is not valid for the timeformat. */
export function parseGexfTime(value: string, format: TimeFormat): number | null {
  const v = value.trim();
  if (format === 'integer') return INTEGER.test(v) ? Number(v) : null;
  if (format === 'double') return DOUBLE.test(v) && v !== 'NaN' ? Number(v.replace('INF', 'Infinity')) : null;
  const date = DATE.exec(v);
  if (date) return calendarDate(date);
  if (format === 'date') return null;
  const dateTime = DATE_TIME.exec(v);
  if (!dateTime || calendarDate(dateTime) === null) return null;
  const ms = Date.parse(/Z|[+-]\d{2}:\d{2}$/.test(v) ? v : `${v}Z`);
  return Number.isNaN(ms) ? null : ms;
}

export class Checker {
  readonly problems: Problem[] = [];
  format: TimeFormat = 'double';
  dynamic = false;
  representation: 'interval' | 'timestamp' = 'interval';
  scope: Interval = { start: -Infinity, end: Infinity };

  constructor(readonly file: string | undefined) {}

  report(at: XmlElement, where: string, message: string): void {
    this.problems.push(errorIn(this.file, message, { path: where, line: at.line, column: at.column }));
  }

  oneOf(at: XmlElement, where: string, name: string, allowed: readonly string[]): string | undefined {
    const value = at.attributes.get(name);
    if (value !== undefined && !allowed.includes(value)) {
      this.report(at, where, `${name}="${value}" must be one of ${allowed.join(', ')}`);
    }
    return value;
  }

  time(at: XmlElement, where: string, name: string): number | undefined {
    const value = at.attributes.get(name);
    if (value === undefined) return undefined;
    if (!this.dynamic)
      this.report(at, where, `${name}="${value}" is time, allowed only in a graph with mode="dynamic"`);
    const t = parseGexfTime(value, this.format);
    if (t === null)
      this.report(
        at,
        where,
        `${name}="${value}" is not a valid ${this.format} (timeformat="${this.format}")`,
      );
    return t ?? undefined;
  }

  /** The intervals an element's start/end, `intervals`, `timestamp(s)` or <spells> give; null when it has none. */
  lifetime(at: XmlElement, where: string): Interval[] | null {
    const wrong =
      this.representation === 'interval' ? ['timestamp', 'timestamps'] : ['start', 'end', 'intervals'];
    for (const name of wrong) {
      if (at.attributes.has(name)) {
        this.report(at, where, `${name} cannot be used with timerepresentation="${this.representation}"`);
      }
    }
    const spells = childrenNamed(at, 'spells', GEXF_NS);
    const own = this.interval(at, where);
    if (spells.length > 0) {
      if (own)
        this.report(at, where, 'time attributes are ignored when <spells> are given; use one or the other');
      const list = spells
        .flatMap((s) => childrenNamed(s, 'spell', GEXF_NS))
        .map((s) => this.interval(s, `${where} spell`));
      const intervals = list.filter((i): i is Interval => i !== null);
      this.noOverlap(at, where, intervals);
      return intervals;
    }
    return own ? [own] : null;
  }

  interval(at: XmlElement, where: string): Interval | null {
    if (at.attributes.has('intervals') || at.attributes.has('timestamps')) {
      this.report(
        at,
        where,
        'list attributes (intervals, timestamps) are not checked; write <spells> instead',
      );
    }
    const stamp = this.time(at, where, 'timestamp');
    if (stamp !== undefined) return { start: stamp, end: stamp };
    const start = this.time(at, where, 'start');
    const end = this.time(at, where, 'end');
    if (!at.attributes.has('start') && !at.attributes.has('end')) return null;
    const interval = { start: start ?? this.scope.start, end: end ?? this.scope.end };
    if (interval.start > interval.end) this.report(at, where, 'start is after end');
    else if (interval.start < this.scope.start || interval.end > this.scope.end) {
      this.report(at, where, "the interval reaches outside the graph's start/end");
    }
    return interval;
  }

  noOverlap(at: XmlElement, where: string, intervals: readonly Interval[]): void {
    const sorted = [...intervals].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      // Bounds are inclusive: spells that share an instant overlap.
      if (sorted[i]!.start <= sorted[i - 1]!.end) this.report(at, where, 'two spells of the element overlap');
    }
  }

  /** Merged intervals: touching ones join (for dates, consecutive days touch). */
  merged(intervals: readonly Interval[]): Interval[] {
    const step = this.format === 'date' ? DAY_MS : this.format === 'integer' ? 1 : 0;
    const out: Interval[] = [];
    for (const i of [...intervals].sort((a, b) => a.start - b.start)) {
      const last = out[out.length - 1];
      if (last && i.start <= last.end + step)
        out[out.length - 1] = { start: last.start, end: Math.max(last.end, i.end) };
      else out.push(i);
    }
    return out;
  }
}
