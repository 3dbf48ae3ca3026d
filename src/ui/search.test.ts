// Actor search on the fixture: by label or alias, ignoring case and diacritics, best matches first.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { FIXTURE } from '../model/dataset/test-fixture';
import { searchActors } from './search';

const model = buildModel(FIXTURE);

describe('searchActors', () => {
  it.each([
    ['alpha', ['alpha', 'agency']],
    ['ALPHA', ['alpha', 'agency']],
    ['alphaland', ['alpha']],
    ['ÁLPHALAND', ['alpha']],
    ['gov', ['beta']],
    ['front', ['gamma']],
    ['ron', ['gamma']],
    ['union', ['union']],
    ['   ', []],
    ['zzz', []],
  ])('"%s" finds %j', (query, ids) => {
    expect(searchActors(model, query).map((h) => h.actor.id)).toEqual(ids);
  });

  it('says which name matched', () => {
    expect(searchActors(model, 'alphal')[0]!.matched).toBe('Álphaland');
  });
});
