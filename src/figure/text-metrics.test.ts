import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './text-metrics';

describe('textWidth', () => {
  it.each([
    ['', 12, 0],
    ['i', 10, 2.22],
    ['W', 10, 9.44],
    ['Pakistan', 12, ((667 + 556 + 500 + 222 + 500 + 278 + 556 + 556) / 1000) * 12],
  ])('%j at %dpx is %d', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width, 6);
  });

  it('counts bold wider and a non-ASCII letter as an average one', () => {
    expect(textWidth('Qatar', 12, true)).toBeGreaterThan(textWidth('Qatar', 12));
    expect(textWidth('ü', 10)).toBeCloseTo(6, 6);
  });
});

describe('wrapText', () => {
  it('keeps the words and their order, one line when it fits', () => {
    expect(wrapText('Afghanistan–Pakistan conflict', 1000, 12)).toEqual(['Afghanistan–Pakistan conflict']);
    expect(wrapText('  a  b ', 1000, 12)).toEqual(['a b']);
    expect(wrapText('', 100, 12)).toEqual([]);
  });

  it('breaks at spaces before the width', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
  });

  it('never returns a line wider than the width, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 600 }), (text, width) => {
        for (const line of wrapText(text, width, 12)) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('loses no non-space character', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 600 }), (text, width) => {
        expect(wrapText(text, width, 12).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
