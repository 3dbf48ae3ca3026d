// Tests of the axis presets: the dense range against a brute-force search, and each preset's domain.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../model';
import { denseRange, presetDomain } from './axisRanges';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('denseRange', () => {
  it('is null for no instant and the whole of one', () => {
    expect(denseRange([])).toBeNull();
    expect(denseRange([5])).toEqual({ from: 5, to: 5 });
  });

  it('is the shortest stretch holding the share, as a brute-force search finds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const k = Math.ceil(0.9 * sorted.length);
        let best = Infinity;
        for (const a of sorted)
          for (const b of sorted)
            if (b >= a && sorted.filter((x) => x >= a && x <= b).length >= k) best = Math.min(best, b - a);
        const got = denseRange(sorted)!;
        expect(got.to - got.from).toBe(best);
        expect(sorted.filter((x) => x >= got.from && x <= got.to).length).toBeGreaterThanOrEqual(k);
      }),
    );
  });
});

describe('presetDomain', () => {
  const p = { first: day('1990-01-01'), last: day('2026-04-30') };
  const bounds = { from: p.first - 15 * DAY_MS, to: p.last + 16 * DAY_MS };
  const starts = [
    day('1996-01-01'),
    ...Array.from({ length: 20 }, (_, i) => day('2025-10-01') + i * 7 * DAY_MS),
  ];
  // prettier-ignore
  const cases: [string, 'year' | 'five-years' | 'all' | 'data', [string, string]][] = [
    ['the last year', 'year', ['2025-04-30', '2026-05-01']],
    ['the last five years', 'five-years', ['2021-04-30', '2026-05-01']],
    ['all', 'all', ['1989-12-17', '2026-05-16']],
    ['fit to data: nine in ten starts (19 of the 20 weekly ones), not the lone 1996 one', 'data', ['2025-09-01', '2026-03-07']],
  ];
  it.each(cases)('%s', (_name, preset, [from, to]) => {
    const d = presetDomain(preset, p, bounds, starts);
    expect([new Date(d.from).toISOString().slice(0, 10), new Date(d.to).toISOString().slice(0, 10)]).toEqual([
      from,
      to,
    ]);
  });
});
