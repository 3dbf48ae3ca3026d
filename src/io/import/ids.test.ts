// Foreign ids to dataset ids: valid ids kept and claimed first, others slugged and made unique.
import { describe, expect, it } from 'vitest';
import { IdAllocator, slugify } from './ids';

describe('slugify', () => {
  it.each([
    ['Afghan Taliban', 'afghan-taliban'],
    ['Ça va — très bien!', 'ca-va-tres-bien'],
    ['  __x__  ', 'x'],
    ['東京', ''],
    ['0', '0'],
  ])('%s → %s', (s, slug) => {
    expect(slugify(s)).toBe(slug);
  });
});

describe('IdAllocator', () => {
  it('keeps valid ids, slugs the rest around them, and falls back to numbered ids', () => {
    const ids = new IdAllocator('actor');
    ids.reserve(['a-b', 'x']);
    expect(ids.take('A B')).toBe('a-b-2');
    expect(ids.take('a-b')).toBe('a-b');
    expect(ids.take('A B')).toBe('a-b-2');
    expect(ids.take('東京')).toBe('actor-1');
    expect(ids.fresh('x')).toBe('x-2');
    expect(ids.lookup('x')).toBe('x');
  });
});
