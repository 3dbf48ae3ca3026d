// Edge keys: the relation id comes back from every key made from it, with one target or several.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeKey, relationIdOfKey } from './edge-key';

const id = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

describe('edgeKey', () => {
  it('is the relation id for one target and relationId~target for several; relationIdOfKey undoes both', () => {
    fc.assert(
      fc.property(id, id, fc.boolean(), (relation, target, several) => {
        const key = edgeKey(relation, target, several);
        expect(key).toBe(several ? `${relation}~${target}` : relation);
        expect(relationIdOfKey(key)).toBe(relation);
      }),
    );
  });
});
