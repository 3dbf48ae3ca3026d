// Tests of parseWhen: the EDTF forms a dataset may use, the errors it gives, and a property test that the ISO fast
// path answers exactly what the `edtf` package answers for plain dates, qualified or not, and intervals of them.
import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdtfError, parseWhen, precisionOfPart, type Precision } from './edtf';

const ms = (iso: string): number =>
  iso === '-inf' ? -Infinity : iso === '+inf' ? Infinity : Date.parse(iso);

describe('parseWhen: accepted forms', () => {
  // prettier-ignore
  const cases: [string, 'date' | 'interval', string, string, Precision, Precision, boolean, boolean][] = [
    // input, kind, earliest, latest, start precision, end precision, approximate, uncertain
    ['2022', 'date', '2022-01-01T00:00:00.000Z', '2022-12-31T23:59:59.999Z', 'year', 'year', false, false],
    ['2025-10', 'date', '2025-10-01T00:00:00.000Z', '2025-10-31T23:59:59.999Z', 'month', 'month', false, false],
    ['2024-02', 'date', '2024-02-01T00:00:00.000Z', '2024-02-29T23:59:59.999Z', 'month', 'month', false, false],
    ['2025-10-19', 'date', '2025-10-19T00:00:00.000Z', '2025-10-19T23:59:59.999Z', 'day', 'day', false, false],
    ['  2025-10-19 ', 'date', '2025-10-19T00:00:00.000Z', '2025-10-19T23:59:59.999Z', 'day', 'day', false, false],
    ['0050', 'date', '0050-01-01T00:00:00.000Z', '0050-12-31T23:59:59.999Z', 'year', 'year', false, false],
    ['0000-02-29', 'date', '0000-02-29T00:00:00.000Z', '0000-02-29T23:59:59.999Z', 'day', 'day', false, false],
    ['2026-02-2X', 'date', '2026-02-20T00:00:00.000Z', '2026-02-28T23:59:59.999Z', 'day', 'day', false, false],
    ['2021-05-0X', 'date', '2021-05-01T00:00:00.000Z', '2021-05-09T23:59:59.999Z', 'day', 'day', false, false],
    ['2021-05-XX', 'date', '2021-05-01T00:00:00.000Z', '2021-05-31T23:59:59.999Z', 'month', 'month', false, false],
    ['2021-XX', 'date', '2021-01-01T00:00:00.000Z', '2021-12-31T23:59:59.999Z', 'year', 'year', false, false],
    ['199X', 'date', '1990-01-01T00:00:00.000Z', '1999-12-31T23:59:59.999Z', 'decade', 'decade', false, false],
    ['20XX', 'date', '2000-01-01T00:00:00.000Z', '2099-12-31T23:59:59.999Z', 'century', 'century', false, false],
    ['2021~', 'date', '2021-01-01T00:00:00.000Z', '2021-12-31T23:59:59.999Z', 'year', 'year', true, false],
    ['2021?', 'date', '2021-01-01T00:00:00.000Z', '2021-12-31T23:59:59.999Z', 'year', 'year', false, true],
    ['2021-06%', 'date', '2021-06-01T00:00:00.000Z', '2021-06-30T23:59:59.999Z', 'month', 'month', true, true],
    ['2021-21', 'date', '2021-03-01T00:00:00.000Z', '2021-05-31T23:59:59.999Z', 'season', 'season', false, false],
    ['2021-22', 'date', '2021-06-01T00:00:00.000Z', '2021-08-31T23:59:59.999Z', 'season', 'season', false, false],
    ['2021-23', 'date', '2021-09-01T00:00:00.000Z', '2021-11-30T23:59:59.999Z', 'season', 'season', false, false],
    ['2021-24', 'date', '2021-12-01T00:00:00.000Z', '2022-02-28T23:59:59.999Z', 'season', 'season', false, false],
    ['2021-10-19T10:00:00Z', 'date', '2021-10-19T10:00:00.000Z', '2021-10-19T10:00:00.000Z', 'time', 'time', false, false],
    ['[2025-10..2026-02]', 'date', '2025-10-01T00:00:00.000Z', '2026-02-28T23:59:59.999Z', 'month', 'month', false, false],
    ['[2021-08-15..2026]', 'date', '2021-08-15T00:00:00.000Z', '2026-12-31T23:59:59.999Z', 'day', 'year', false, false],
    ['1994/2021-08-15', 'interval', '1994-01-01T00:00:00.000Z', '2021-08-15T23:59:59.999Z', 'year', 'day', false, false],
    ['1994/2021-08', 'interval', '1994-01-01T00:00:00.000Z', '2021-08-31T23:59:59.999Z', 'year', 'month', false, false],
    ['2007/..', 'interval', '2007-01-01T00:00:00.000Z', '+inf', 'year', 'open', false, false],
    ['../2001', 'interval', '-inf', '2001-12-31T23:59:59.999Z', 'open', 'year', false, false],
    ['2007/', 'interval', '2007-01-01T00:00:00.000Z', '+inf', 'year', 'unknown', false, false],
    ['/2007', 'interval', '-inf', '2007-12-31T23:59:59.999Z', 'unknown', 'year', false, false],
    ['../..', 'interval', '-inf', '+inf', 'open', 'open', false, false],
    ['2021-06-1X/2021-07', 'interval', '2021-06-10T00:00:00.000Z', '2021-07-31T23:59:59.999Z', 'day', 'month', false, false],
    ['2021?/2022~', 'interval', '2021-01-01T00:00:00.000Z', '2022-12-31T23:59:59.999Z', 'year', 'year', true, true],
    ['199X/2005', 'interval', '1990-01-01T00:00:00.000Z', '2005-12-31T23:59:59.999Z', 'decade', 'year', false, false],
  ];
  it.each(cases)('%s', (input, kind, start, end, startPrecision, endPrecision, approximate, uncertain) => {
    expect(parseWhen(input)).toEqual({
      edtf: input.trim(),
      kind,
      start: ms(start),
      end: ms(end),
      startPrecision,
      endPrecision,
      approximate,
      uncertain,
      ...(input.startsWith('[') ? { oneOf: true } : {}),
    });
  });
});

describe('parseWhen: rejected forms', () => {
  const cases: [string, string][] = [
    ['2026-13', 'unexpected "3" at character 7'],
    ['2020-02-30', 'the date does not exist (2020-02 has 29 days)'],
    ['2021-02-29', 'the date does not exist (2021-02 has 28 days)'],
    ['2021-04-31', 'the date does not exist (2021-04 has 30 days)'],
    ['abc', 'unexpected "a" at character 1'],
    ['2021-1-5', 'unexpected'],
    ['1990/1980', 'the end must be later than the start'],
    ['2021-06-01/2021-06-01', 'the end must be later than the start'],
    ['1990~/1980', 'the end must be later than the start'],
    ['2021-06-1X/2021-06-0X', 'the end must be later than the start'],
    ['[2020,2021]', 'sets and lists are not supported'],
    ['{2020,2021}', 'sets and lists are not supported'],
    ['[2026..2025]', 'the end must be later than the start'],
    ['[2021..2021]', 'the end must be later than the start'],
    ['2021-33', 'only the seasons 21 (spring) to 24 (winter)'],
    ['..', 'incomplete, or a form Faultline does not support'],
    ['2021-24~', 'incomplete, or a form Faultline does not support'],
  ];
  it.each(cases)('%s', (input, reason) => {
    let error: unknown;
    try {
      parseWhen(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EdtfError);
    const edtfError = error as EdtfError;
    expect(edtfError.input).toBe(input);
    expect(edtfError.reason).toContain(reason);
    // The parser's own messages run to pages; the reason a person reads stays one short line.
    expect(edtfError.reason).not.toContain('\n');
    expect(edtfError.reason.length).toBeLessThan(100);
    expect(edtfError.message).toBe(`"${input}" is not a valid EDTF date or interval: ${edtfError.reason}`);
  });
});

describe('precisionOfPart', () => {
  it.each([
    ['2021', 'year'],
    ['-0100', 'year'],
    ['-0100-03', 'month'],
    ['2021-05-1X', 'day'],
    ['2021-XX-XX', 'year'],
    ['2021-22', 'season'],
    ['19XX', 'century'],
    ['..', 'open'],
    ['', 'unknown'],
    ['2021-10-19T10:00Z', 'time'],
  ] as const)('%s → %s', (part, precision) => {
    expect(precisionOfPart(part)).toBe(precision);
  });
});

describe('the ISO fast path agrees with the edtf package', () => {
  const daysIn = (year: number, month: number): number => {
    const d = new Date(0);
    d.setUTCFullYear(year, month, 0);
    return d.getUTCDate();
  };
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  // From year 1: the package reads February of year 0 (a leap year) as 28 days, rolling 0000-02-29 into March.
  const isoDate = fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 31 }),
    )
    .chain(([year, month, day]) =>
      fc.constantFrom(
        pad(year, 4),
        `${pad(year, 4)}-${pad(month, 2)}`,
        `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, daysIn(year, month)), 2)}`,
      ),
    )
    // A trailing qualifier (event data's approximate days) also takes the fast path.
    .chain((date) => fc.constantFrom(date, `${date}~`, `${date}?`, `${date}%`));
  const end = fc.oneof({ weight: 5, arbitrary: isoDate }, { weight: 1, arbitrary: fc.constant('..') });
  const when = fc.oneof(
    isoDate,
    fc.tuple(end, end).map(([a, b]) => `${a}/${b}`),
  );

  it('gives the same earliest and latest instants, or fails where the package fails', () => {
    fc.assert(
      fc.property(when, (s) => {
        let expected: { min: number; max: number } | null;
        try {
          const value = edtf(s);
          expected = { min: value.min, max: value.max };
        } catch {
          expected = null;
        }
        if (expected === null) {
          expect(() => parseWhen(s)).toThrow(EdtfError);
        } else {
          const span = parseWhen(s);
          expect([span.start, span.end]).toEqual([expected.min, expected.max]);
          expect([span.approximate, span.uncertain]).toEqual([/[~%]/.test(s), /[?%]/.test(s)]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
