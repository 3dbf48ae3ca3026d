// Tests of imprecise events: which dates make an event imprecise at a given memory, that lasting relations never
// are, and the three rules for whether an imprecise event live by the index stays live.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPE_INFO, type RelationType } from '../dataset/vocabulary';
import { parseWhen } from './edtf';
import { isImprecise, keepsImprecise } from './precision';
import { boundsOf } from './view';

const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const edge = (type: RelationType, when: string) => ({
  span: parseWhen(when),
  info: RELATION_TYPE_INFO[type],
});

describe('isImprecise', () => {
  // prettier-ignore
  const cases: [RelationType, string, number, boolean][] = [
    ['attack', '2026-02-27', 30, false],
    ['attack', '2026-02-22/2026-03-03', 30, false],
    ['attack', '2026-02-22/2026-03-03', 7, true],
    ['attack', '[2026-02-01..2026-02-24]', 30, false],
    ['attack', '2026-02', 30, true],
    ['attack', '2026-02~', 30, true],
    ['attack', '2023', 365, true],
    ['coercion', '[2021-08..2026-04]', 30, true],
    ['attack', '2026-02-27', 0, false],
    ['attack', '2026-02-26/2026-02-27', 0, true],
    ['alliance', '1996/2001', 30, false],
    ['rivalry', '2021-08/..', 30, false],
  ];
  it.each(cases)('%s dated %s with a memory of %d days: %s', (type, when, memoryDays, expected) => {
    expect(isImprecise(edge(type, when), memoryDays * DAY)).toBe(expected);
  });
});

describe('keepsImprecise', () => {
  const year2023 = parseWhen('2023');
  const snapshot = boundsOf({ mode: 'snapshot', at: day('2023-06-01') + DAY - 1, memory: 30 * DAY });
  const window = boundsOf({ mode: 'window', from: day('2022-12-01'), to: day('2024-01-01') });
  const cumulativeIn = boundsOf({ mode: 'cumulative', at: day('2023-06-01') });
  const cumulativeAfter = boundsOf({ mode: 'cumulative', at: day('2024-01-01') });
  // prettier-ignore
  const cases: [string, ReturnType<typeof boundsOf>, 'always' | 'whole-span' | 'never', boolean][] = [
    ['always, inside its span', snapshot, 'always', true],
    ['whole span, a snapshot inside it', snapshot, 'whole-span', false],
    ['whole span, a window holding the year', window, 'whole-span', true],
    ['whole span, cumulative up to mid-year', cumulativeIn, 'whole-span', false],
    ['whole span, cumulative after the year', cumulativeAfter, 'whole-span', true],
    ['never, a window holding the year', window, 'never', false],
  ];
  it.each(cases)('%s', (_name, bounds, rule, expected) => {
    expect(keepsImprecise(year2023, bounds, rule)).toBe(expected);
  });
});
