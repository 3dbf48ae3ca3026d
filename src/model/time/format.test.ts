// Tests of the wording of dates: each EDTF form a dataset may use reads no more precisely than it is written.
import { describe, expect, it } from 'vitest';
import { parseWhen } from './edtf';
import { formatDateLong, formatInstant, formatSpan } from './format';

describe('formatSpan', () => {
  it.each([
    ['2022', 'in 2022'],
    ['2025-10', 'October 2025'],
    ['2025-10-19', '19 October 2025'],
    ['2025-10-XX', 'October 2025'],
    ['2026-02-2X', 'late February 2026'],
    ['2026-01-3X', 'late January 2026'],
    ['2026-02-1X', 'mid February 2026'],
    ['2026-02-0X', 'early February 2026'],
    ['199X', 'in the 1990s'],
    ['20XX', 'in the years 2000–2099'],
    ['2021-XX', 'in 2021'],
    ['2021~', 'about 2021'],
    ['2021?', '2021 (uncertain)'],
    ['2021%', 'about 2021 (uncertain)'],
    ['2021-06~', 'about June 2021'],
    ['2021-06-03?', '3 June 2021 (uncertain)'],
    ['2021-21', 'spring 2021'],
    ['2021-22', 'summer 2021'],
    ['2021-23', 'autumn 2021'],
    ['2021-24', 'winter 2021'],
    ['2021-10-19T10:00:00Z', '19 October 2021, 10:00 UTC'],
    ['2021-10-19T10:00:30+02:00', '19 October 2021, 08:00:30 UTC'],
    ['2021-1X', 'between 1 October 2021 and 31 December 2021'],
    ['0050', 'in 50'],
    ['[2025-10..2026-02]', 'some time between October 2025 and February 2026'],
    ['[2021-08-15..2026]', 'some time between 15 August 2021 and 2026'],
    ['2007/..', 'since 2007 (ongoing)'],
    ['2021-08-15/..', 'since 15 August 2021 (ongoing)'],
    ['2007~/..', 'since about 2007 (ongoing)'],
    ['1994/2021-08', '1994 – August 2021'],
    ['1994/2021-08-15', '1994 – 15 August 2021'],
    ['../2001', 'until 2001'],
    ['2007/', 'from 2007 (end unknown)'],
    ['/2007', 'until 2007 (start unknown)'],
    ['../..', 'undated'],
    ['/..', 'ongoing (start unknown)'],
    ['/', 'undated'],
    ['2021-02-10/2021-02-20', '10–20 February 2021'],
    ['2021-02-28/2021-03-03', '28 February – 3 March 2021'],
    ['2020-12-28/2021-01-03', '28 December 2020 – 3 January 2021'],
    ['2021-02/2021-04', 'February – April 2021'],
    ['2021-02/2021-04-03', 'February 2021 – 3 April 2021'],
    ['2019/2021', '2019 – 2021'],
    ['2019?/2021~', '2019 (uncertain) – about 2021'],
    ['2021-06-1X/2021-07', 'mid June 2021 – July 2021'],
  ])('%s → %s', (edtf, words) => {
    expect(formatSpan(parseWhen(edtf))).toBe(words);
  });
});

describe('formatInstant and formatDateLong', () => {
  it.each([
    ['2026-02-27T00:00:00.000Z', '2026-02-27', '27 February 2026'],
    ['2026-02-27T23:59:59.999Z', '2026-02-27', '27 February 2026'],
    ['2001-09-09T01:46:40.000Z', '2001-09-09', '9 September 2001'],
    ['0050-06-01T00:00:00.000Z', '0050-06-01', '1 June 50'],
  ])('%s → %s, %s', (iso, short, long) => {
    const ms = Date.parse(iso);
    expect(formatInstant(ms)).toBe(short);
    expect(formatDateLong(ms)).toBe(long);
  });

  it('names open ends instead of printing a date', () => {
    expect(formatInstant(Infinity)).toBe('..');
    expect(formatInstant(-Infinity)).toBe('..');
    expect(formatDateLong(Infinity)).toBe('open');
  });
});
