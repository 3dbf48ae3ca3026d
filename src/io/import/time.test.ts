// Foreign time values to EDTF: GEXF numbers as years or days, dates, date-times with offsets and time zones,
// Gephi timesets, open ends, and the values refused with their reason.
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../model/time/edtf';
import {
  TimeValueError,
  foreignInstant,
  foreignWhen,
  numberScaleOf,
  spanToEdtf,
  type TimeContext,
} from './time';
import { parseTimeset, spellWhen } from './timeset';
import { asInterval, fitWhen } from './fit-time';

const ctx = (
  format: TimeContext['format'],
  scale: TimeContext['scale'] = 'year',
  timezone?: string,
): TimeContext => ({
  format,
  scale,
  ...(timezone ? { timezone } : {}),
});

describe('foreignInstant', () => {
  it.each([
    ['2001', ctx('number', 'year'), '2001'],
    ['0', ctx('number', 'day'), '1970-01-01'],
    ['2.5', ctx('number', 'day'), '1970-01-03T12:00:00Z'],
    ['-1', ctx('number', 'day'), '1969-12-31'],
    ['2001', ctx('auto', 'day'), '2001'],
    ['2012-04-28', ctx('date'), '2012-04-28'],
    ['2012/4/8', ctx('auto'), '2012-04-08'],
    ['2012-04-28T16:10:00.000+0200', ctx('dateTime'), '2012-04-28T14:10:00Z'],
    ['2012-04-28T16:10:00+02:00', ctx('dateTime'), '2012-04-28T14:10:00Z'],
    ['2012-04-28T16:10:00.250Z', ctx('dateTime'), '2012-04-28T16:10:00.250Z'],
    ['2012-04-28T16:10:00', ctx('dateTime'), '2012-04-28T16:10:00Z'],
    ['2012-01-15T12:00:00', ctx('dateTime', 'year', 'Europe/Paris'), '2012-01-15T11:00:00Z'],
    ['2012-07-15T12:00:00', ctx('dateTime', 'year', 'Europe/Paris'), '2012-07-15T10:00:00Z'],
    ['2012-07-15 12:00', ctx('auto', 'year', 'America/New_York'), '2012-07-15T16:00:00Z'],
    ['', ctx('auto'), null],
    ['Infinity', ctx('number'), null],
    ['-Infinity', ctx('number'), null],
    ['..', ctx('auto'), null],
  ])('%s (%o) → %s', (raw, c, expected) => {
    const got = foreignInstant(raw, c);
    expect(got).toBe(expected);
    if (got !== null) expect(parseWhen(got).kind).toBe('date');
  });

  it.each([
    ['13/05/2004', ctx('auto'), 'ambiguous'],
    ['yesterday', ctx('auto'), 'write dates as YYYY-MM-DD'],
    ['2012-02-30T10:00:00Z', ctx('dateTime'), 'does not exist'],
    ['12.5', ctx('date'), 'a number where the file declares date times'],
    ['2012-07-15T12:00:00', ctx('dateTime', 'year', 'Mars/Olympus'), 'not a known time zone'],
    ['99999', ctx('number', 'year'), 'outside -9999 to 9999'],
  ])('refuses %s (%o): %s', (raw, c, reason) => {
    expect(() => foreignInstant(raw, c)).toThrow(TimeValueError);
    expect(() => foreignInstant(raw, c)).toThrow(reason);
  });
});

describe('numberScaleOf', () => {
  it.each([
    [['2001', '2003'], 'year'],
    [['2001', '2003.5'], 'day'],
    [['1', '2', '3'], 'day'],
    [['2001', 'Infinity', '2012-01-01'], 'year'],
    [[], 'year'],
  ] as const)('%j → %s', (values, scale) => {
    expect(numberScaleOf(values)).toBe(scale);
  });
});

describe('spanToEdtf and foreignWhen', () => {
  it.each([
    [null, null, '../..'],
    ['2001', null, '2001/..'],
    [null, '2001', '../2001'],
    ['2001', '2001', '2001'],
    ['2001', '2003-05', '2001/2003-05'],
  ])('[%s, %s] → %s', (start, end, when) => {
    expect(spanToEdtf(start, end, 'x')).toBe(when);
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => spanToEdtf('2003', '2001', '[2003, 2001]')).toThrow('ends before it starts');
  });

  it.each([
    ['2001/2003', '2001/2003'],
    ['2001~/..', '2001~/..'],
    ['2012-04-28T16:10:00+02:00', '2012-04-28T14:10:00Z'],
    ['', '../..'],
  ])('when %s → %s', (raw, when) => {
    expect(foreignWhen(raw, ctx('auto'))).toBe(when);
  });
});

describe('Gephi timesets', () => {
  it.each([
    ['[2001.0, 2003.0]', ['2001/2003']],
    ['<[2001, 2003]; [2005, Infinity]>', ['2001/2003', '2005/..']],
    ['[-Infinity, 2002]', ['../2002']],
    ['2004', ['2004']],
    ['<2004; 2006>', ['2004', '2006']],
    ['<[2001];[2004]>', ['2001', '2004']],
    ['(2001, 2003]', ['2001/2003']],
    ['<>', []],
  ])('%s → %j', (raw, whens) => {
    expect(parseTimeset(raw).map((s) => spellWhen(s, ctx('number', 'year')))).toEqual(whens);
  });

  it.each([
    ['[2001, 2003', 'not closed'],
    ['[1, 2, 3]', 'has 3 parts'],
    ['<[2001, 2003]', 'ends with ">"'],
  ])('refuses %s', (raw, reason) => {
    expect(() => parseTimeset(raw)).toThrow(reason);
  });
});

describe('fitting a when to its type', () => {
  it.each([
    ['2002', '2002-01/2002-12'],
    ['2002-02', '2002-02-01/2002-02-28'],
    ['2004-02', '2004-02-01/2004-02-29'],
    ['2002-05-01', '2002-05-01T00:00:00Z/2002-05-01T23:59:59Z'],
    ['2002~', undefined],
  ])('%s as an interval of the same instants: %s', (date, interval) => {
    expect(asInterval(date)).toBe(interval);
    if (interval) {
      const a = parseWhen(date);
      const b = parseWhen(interval);
      expect([Math.floor(b.start / 1000), Math.floor(b.end / 1000)]).toEqual([
        Math.floor(a.start / 1000),
        Math.floor(a.end / 1000),
      ]);
    }
  });

  it('keeps the exact instant of a lasting relation given a date-time', () => {
    expect(fitWhen('2012-04-28T14:10:00Z', 'lasting', false)).toEqual({
      when: '2012-04-28T00:00:00Z/2012-04-28T23:59:59Z',
      timestamp: '2012-04-28T14:10:00Z',
    });
  });

  it('leaves an event undated rather than give it the open span of its nodes', () => {
    expect(fitWhen('2001/..', 'event', true)).toEqual({ when: '../..' });
    expect(fitWhen('2001/..', 'event', false)).toEqual({ when: '2001/..' });
  });
});
