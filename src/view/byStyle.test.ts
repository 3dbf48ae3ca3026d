// keptByStyle works a value out once per style key, and each time for an element without one.
import { describe, expect, it } from 'vitest';
import { keptByStyle } from './byStyle';
import type { DrawnElement } from './lineLayer';

const element = (styleKey: number | undefined) =>
  ({ _private: { group: 'edges', rscratch: {}, styleKey } }) as unknown as DrawnElement;

describe('keptByStyle', () => {
  it('works a value out once per style key, and afresh for an element without one', () => {
    let calls = 0;
    const of = keptByStyle((e) => ({ key: e._private.styleKey, call: ++calls }));
    const a = of(element(7));
    expect(of(element(7))).toBe(a);
    expect(of(element(8))).not.toBe(a);
    expect(calls).toBe(2);
    of(element(undefined));
    of(element(undefined));
    expect(calls).toBe(4);
  });
});
