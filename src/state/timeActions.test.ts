// The time bar's state changes: dates stay inside the period, the window keeps its width when the date moves,
// window ends never cross, and a burst of key presses makes one history entry.
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from './viewState';
import { buildModel } from '../model';
import { FIXTURE } from '../model/dataset/test-fixture';
import {
  burstHistory,
  periodOf,
  stepped,
  withDate,
  withMode,
  withWindowEnd,
  type Period,
} from './timeActions';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number | null | undefined) => (t == null ? null : new Date(t).toISOString().slice(0, 10));
const P: Period = { first: day('1994-01-01'), last: day('2026-03-01') };
const base: ViewState = { ...DEFAULT_VIEW, date: day('2026-02-27') };

describe('time bar changes', () => {
  it.each([
    ['day', 1, '2026-02-28'],
    ['day', 5, '2026-03-01'],
    ['month', -1, '2026-01-27'],
    ['year', -40, '1994-01-01'],
  ] as const)('steps %s × %d to %s, within the period', (unit, n, to) => {
    expect(iso(stepped(base, unit, n, P).date)).toBe(to);
  });

  it('moves the window with the date, keeping its width', () => {
    const w = withMode(base, 'window');
    expect([iso(w.window!.from), iso(w.window!.to)]).toEqual(['2026-02-20', '2026-02-27']);
    const moved = withDate(w, day('2025-10-19'), P);
    expect([iso(moved.window!.from), iso(moved.window!.to), iso(moved.date)]).toEqual([
      '2025-10-12',
      '2025-10-19',
      '2025-10-19',
    ]);
  });

  it('never lets the window ends cross or meet', () => {
    const w = withMode(base, 'window');
    const a = withWindowEnd(w, 'from', day('2026-03-01'), P);
    expect([iso(a.window!.from), iso(a.window!.to)]).toEqual(['2026-02-26', '2026-02-27']);
    const b = withWindowEnd(w, 'to', day('2026-01-01'), P);
    expect([iso(b.window!.from), iso(b.window!.to), iso(b.date)]).toEqual([
      '2026-02-20',
      '2026-02-21',
      '2026-02-21',
    ]);
    const c = withWindowEnd(w, 'from', day('2026-02-27'), P);
    expect([iso(c.window!.from), iso(c.window!.to)]).toEqual(['2026-02-26', '2026-02-27']);
  });

  it('moves the start of the window alone, the date staying on its end', () => {
    const w = withMode(base, 'window');
    const a = withWindowEnd(w, 'from', day('2026-01-15'), P);
    expect([iso(a.window!.from), iso(a.window!.to), iso(a.date)]).toEqual([
      '2026-01-15',
      '2026-02-27',
      '2026-02-27',
    ]);
  });

  it('returns the same state when nothing changes', () => {
    expect(withDate(base, base.date!, P)).toBe(base);
    expect(withMode(base, 'snapshot')).toBe(base);
  });

  it('pushes one history entry per burst', () => {
    const h = burstHistory(800);
    expect([h(0), h(100), h(700), h(1600), h(1700)]).toEqual([
      'push',
      'replace',
      'replace',
      'push',
      'replace',
    ]);
  });
});

describe('periodOf', () => {
  it('runs from the earliest instant to the last start or finely known end', () => {
    const p = periodOf(buildModel(FIXTURE))!;
    // The fixture's relations start in 1990 and end at the latest on 2026-02-28 (the late-February event).
    expect([iso(p.first), iso(p.last)]).toEqual(['1990-01-01', '2026-02-28']);
  });

  it('is not stretched by an end known only to the decade', () => {
    const vague = {
      ...FIXTURE,
      relations: [...FIXTURE.relations, { ...FIXTURE.relations[4]!, id: 'vague', when: '202X' }],
    };
    expect(iso(periodOf(buildModel(vague))!.last)).toBe('2026-02-28');
  });
});
