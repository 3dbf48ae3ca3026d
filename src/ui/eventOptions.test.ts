// The dialog's fold choice to and from the readers' options, typed numbers, and a code's mapping as an override.
import { describe, expect, it } from 'vitest';
import type { EventImportOptions } from '../io/import/result';
import { FOLD_CHOICES, foldOf, runDaysOf, wholeNumber, withCodeMapping, withFold } from './eventOptions';

describe('fold choice', () => {
  it('reads month from no options (the readers’ default)', () => {
    expect(foldOf({})).toBe('month');
    expect(runDaysOf({})).toBe(7);
  });

  it.each(FOLD_CHOICES.map(([fold]) => fold))('%s goes to the options and back', (fold) => {
    const options = withFold({ maxEvidence: 5 }, fold, 12);
    expect(foldOf(options)).toBe(fold);
    expect(options.maxEvidence).toBe(5);
    expect(runDaysOf(options)).toBe(fold === 'runs' ? 12 : 7);
  });

  it('drops one relation per event when another fold is chosen, and keeps the mapping', () => {
    const mapping = new Map([['cameo:19', 'attack' as const]]);
    const options = withFold({ noAggregate: true, mapping }, 'year', 7);
    expect(options).toEqual({ mapping, window: { kind: 'calendar', unit: 'year' } });
  });
});

describe('wholeNumber', () => {
  it.each([
    ['3', 3],
    [' 10 ', 10],
    ['0', undefined],
    ['', undefined],
    ['2.5', undefined],
    ['-1', undefined],
    ['1000000', undefined],
    ['abc', undefined],
  ])('%j → %s (1 to 100)', (text, n) => {
    expect(wholeNumber(text, 1, 100)).toBe(n);
  });
});

describe('withCodeMapping', () => {
  it('adds an override without touching the given options', () => {
    const before: EventImportOptions = { mapping: new Map([['cameo:04', 'support' as const]]) };
    const after = withCodeMapping(before, 'cameo:19', null);
    expect([...(after.mapping ?? [])]).toEqual([
      ['cameo:04', 'support'],
      ['cameo:19', null],
    ]);
    expect(before.mapping?.size).toBe(1);
  });
});
