// Lists in one text field: what Faultline's exports join (joinList) the import splits back into the same values,
// whatever the values hold; a foreign field's other backslashes are kept as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinList } from '../export/fields';
import { list, splitList } from './fields';

const field = (value: string) => ({ name: 'aliases', value, place: {} });

describe('joinList and list', () => {
  it('give back any list of trimmed, non-empty values', () => {
    const value = fc
      .string({ unit: fc.constantFrom('a', 'b', ' ', '|', ';', '\\', 'é'), maxLength: 8 })
      .map((s) => s.trim())
      .filter((s) => s !== '');
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 5 }), (values) => {
        expect(list(field(joinList(values)))).toEqual(values);
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it.each([
    ['Alpha; Beta|Gamma', ['Alpha', ' Beta', 'Gamma']],
    ['C:\\data\\x', ['C:\\data\\x']],
    ['a\\|b', ['a|b']],
    ['trailing\\', ['trailing\\']],
  ])('splits %j as %j', (text, items) => {
    expect(splitList(text)).toEqual(items);
  });
});
