// When an EDTF `when` beside GEXF spells is trusted: same first and last day (or no spells), and EDTF at all.
import { describe, expect, it } from 'vitest';
import { exactWhen } from './exact-when';

describe('exactWhen', () => {
  it.each([
    ['199X/2021-08-15', ['1990-01-01/2021-08-15'], 'agrees'],
    ['2001/2021-08', ['2001-01-01/2021-08-31'], 'agrees'],
    ['2021-08/..', ['2021-08-01/..'], 'agrees'],
    ['[2025-09..2025-10]', ['2025-09-01/2025-10-31'], 'agrees'],
    ['2025-10-09T22:30:00Z', ['2025-10-09'], 'agrees'],
    ['2001/2003', [], 'agrees'],
    ['2001/2003', ['2001-01-01/2002-12-31'], 'disagrees'],
    ['2001/2003', ['2001-01-01/2001-06-30', '2003-01-01/2003-12-31'], 'agrees'],
    ['soon', ['2001-01-01/2001-12-31'], 'not-edtf'],
  ] as const)('%s beside %j: %s', (when, spells, expected) => {
    expect(exactWhen(when, spells)).toBe(expected);
  });
});
