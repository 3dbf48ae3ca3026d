// NMTOKEN escaping: valid output for any name, and decoding gives the name back (a property over any string).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNmtoken, encodeNmtoken, isNmtoken } from './nmtoken';

describe('encodeNmtoken', () => {
  it.each([
    ['relation_id', 'relation_id'],
    ['Source title', 'Source_x0020_title'],
    ['@timestamp', '_x0040_timestamp'],
    ['rel~target', 'rel_x007E_target'],
    ['a_x0020_b', 'a_x005F_x0020_b'],
    ['x_', 'x_'],
    ['_x_', '_x005F_x_'],
    ['', '_x_'],
    ['été', '_x00E9_t_x00E9_'],
  ])('%j as %j', (name, token) => {
    expect(encodeNmtoken(name)).toBe(token);
    expect(decodeNmtoken(token)).toBe(name);
  });

  it('writes an NMTOKEN that decodes to the name, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const token = encodeNmtoken(name);
        expect(isNmtoken(token)).toBe(true);
        expect(decodeNmtoken(token)).toBe(name);
      }),
    );
  });
});
