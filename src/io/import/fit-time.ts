// A relation's `when` fitted to its type, where the format's rules ask for what the file wrote in another way:
// a lasting relation holds over an interval, so a single date becomes the interval covering the same instants
// ("2002" → "2002-01/2002-12"); an event that only inherited an open span from its nodes is undated instead.
import { daysInMonth } from '../../model';
import { fitsEvent } from './type-mapping';

/** The interval covering exactly the instants of a plain date; undefined for anything else. */
export function asInterval(date: string): string | undefined {
  let m = /^(-?\d{4})$/.exec(date);
  if (m) return `${m[1]}-01/${m[1]}-12`;
  m = /^(-?\d{4})-(\d{2})$/.exec(date);
  if (m) return `${date}-01/${date}-${daysInMonth(Number(m[1]), Number(m[2]))}`;
  m = /^(-?\d{4}-\d{2}-\d{2})$/.exec(date);
  if (m) return `${date}T00:00:00Z/${date}T23:59:59Z`;
  return undefined;
}

export interface Fitted {
  readonly when: string;
  /** The exact instant, kept as an attribute where a lasting relation needed its day instead. */
  readonly timestamp?: string;
}

export function fitWhen(when: string, duration: 'lasting' | 'event' | undefined, inherited: boolean): Fitted {
  if (duration === 'event' && inherited && !fitsEvent(when)) return { when: '../..' };
  if (duration !== 'lasting' || when.includes('/')) return { when };
  const exact = asInterval(when);
  if (exact) return { when: exact };
  const t = when.indexOf('T');
  const day = t > 0 ? asInterval(when.slice(0, t)) : undefined;
  return day ? { when: day, timestamp: when } : { when };
}
