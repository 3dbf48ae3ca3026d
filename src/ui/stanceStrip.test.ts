// The stance strip's geometry: cooperative marks above the axis and hostile ones below, no two marks of a band
// overlapping, imprecise events as bands over their whole span, alleged ones flagged, and a click's x read back
// as the day under it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, buildModel, dyadHistory } from '../model';
import type { Dataset, Relation } from '../model/dataset/schema';
import { FIXTURE } from '../model/dataset/test-fixture';
import { layoutStrip, stripDomain } from './stanceStrip';

const ev = FIXTURE.relations[0]!.evidence;
const rel = (id: string, type: string, when: string, alleged = false): Relation => ({
  id,
  type,
  source: 'alpha',
  target: 'beta',
  when,
  summary: id,
  status: alleged ? 'alleged' : 'reported',
  ...(alleged ? { assertedBy: ['union'] } : {}),
  evidence: ev,
});

const DATA: Dataset = {
  ...FIXTURE,
  relations: [
    rel('pact', 'alliance', '2010/2015'),
    rel('talks', 'talks', '2016-03-02'),
    rel('raid', 'attack', '2018-05-09'),
    rel('raid-month', 'attack', '2018-05'),
    rel('raid-alleged', 'attack', '2018-05-10', true),
    rel('feud', 'rivalry', '2017/2019'),
  ],
};
const model = buildModel(DATA);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('layoutStrip', () => {
  const history = dyadHistory(model, 'alpha', 'beta');
  const domain = stripDomain(history.relations, model.extent!, day('2018-06-01'));
  const layout = layoutStrip(history.relations, history.stance, domain, 300);
  const mark = (key: string) => layout.marks.find((m) => m.key === key)!;

  it.each([
    ['pact', 'bar', 'above'],
    ['talks', 'tick', 'above'],
    ['raid', 'tick', 'below'],
    ['raid-month', 'band', 'below'],
    ['raid-alleged', 'tick', 'below'],
    ['feud', 'bar', 'below'],
  ] as const)('draws %s as a %s %s the axis', (key, shape, side) => {
    const m = mark(key);
    expect(m.shape).toBe(shape);
    if (side === 'above') expect(m.y + m.height).toBeLessThanOrEqual(layout.axis);
    else expect(m.y).toBeGreaterThanOrEqual(layout.axis);
  });

  it('spreads a month-precise event over its whole month and flags alleged ones', () => {
    const m = mark('raid-month');
    expect(m.width).toBeCloseTo(layout.x(day('2018-05-31') + DAY_MS - 1) - layout.x(day('2018-05-01')), 5);
    expect(mark('raid-alleged').alleged).toBe(true);
    expect(mark('raid').alleged).toBe(false);
  });

  it('never lets two marks of one band overlap', () => {
    const overlaps = layout.marks.some((a, i) =>
      layout.marks.some(
        (b, j) =>
          i < j && a.y === b.y && a.x < b.x + Math.max(b.width, 2) && b.x < a.x + Math.max(a.width, 2),
      ),
    );
    expect(overlaps).toBe(false);
  });

  it('reads a click back as the day under it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (px) => {
        const d = layout.dayAt(px);
        expect(d % DAY_MS).toBe(0);
        expect(Math.abs(layout.x(d) - px)).toBeLessThanOrEqual(
          (DAY_MS / (domain.end - domain.start)) * 300 + 1e-9,
        );
      }),
    );
    expect(layout.dayAt(layout.x(day('2018-05-09') + DAY_MS / 2))).toBe(day('2018-05-09'));
  });

  it('traces the net stance: above the axis while the alliance holds, below during the feud', () => {
    const y = (t: number) => {
      const s = history.stance.find((seg) => seg.start <= t && t <= seg.end)!;
      return s.net;
    };
    expect(y(day('2012-01-01'))).toBeGreaterThan(0);
    expect(y(day('2018-01-01'))).toBeLessThan(0);
    expect(layout.stance.startsWith('M')).toBe(true);
  });
});
