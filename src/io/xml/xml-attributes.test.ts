// An element's attributes in one flat array behave as the Map they replace: against a Map built from the same
// names and values (a name given twice keeps its last value), for few attributes and for many.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ATTRIBUTES, XmlAttributeList } from './xml-attributes';

describe('XmlAttributeList', () => {
  it('answers every question as a Map of the same pairs would', () => {
    const pairs = fc.array(
      fc.tuple(fc.constantFrom('id', 'key', 'n', '__proto__', 'a', 'b', 'c', 'd', 'e', 'f'), fc.string()),
      {
        maxLength: 24,
      },
    );
    fc.assert(
      fc.property(pairs, fc.constantFrom('id', 'n', '__proto__', 'z', 'f'), (list, asked) => {
        const map = new Map<string, string>(list);
        const attributes = XmlAttributeList.of(list.flat());
        expect(attributes.size).toBe(map.size);
        expect([...attributes]).toEqual([...map]);
        expect([...attributes.keys()]).toEqual([...map.keys()]);
        expect([...attributes.values()]).toEqual([...map.values()]);
        expect(attributes.get(asked)).toBe(map.get(asked));
        expect(attributes.has(asked)).toBe(map.has(asked));
        const seen: string[] = [];
        attributes.forEach((v, k) => seen.push(`${k}=${v}`));
        expect(seen).toEqual([...map].map(([k, v]) => `${k}=${v}`));
        expect(new Map(attributes)).toEqual(map);
      }),
      { numRuns: 500, seed: 4 },
    );
  });

  it('has nothing when there is nothing', () => {
    expect([NO_ATTRIBUTES.size, NO_ATTRIBUTES.get('id'), [...NO_ATTRIBUTES]]).toEqual([0, undefined, []]);
  });
});
