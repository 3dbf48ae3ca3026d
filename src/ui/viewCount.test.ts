// Tests of the graph's counter: relations are counted once however many parties they name, lines are the pair
// lines when there are any and the edges when every relation is drawn.
import { describe, expect, it } from 'vitest';
import type { PairLine } from '../view/pairs';
import { viewCount, viewCountText } from './viewCount';

const pairs = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`p${i}`, {} as PairLine]));

describe('viewCount', () => {
  // prettier-ignore
  const cases: [string, string[], number, Map<string, PairLine> | null, { actors: number; relations: number; lines: number }][] = [
    ['one relation per edge, every relation drawn', ['a', 'b', 'c'], 4, null, { actors: 4, relations: 3, lines: 3 }],
    ['a relation with two parties is one relation, two lines', ['m~x', 'm~y', 'b'], 3, null, { actors: 3, relations: 2, lines: 3 }],
    ['pair lines: as many lines as pairs', ['m~x', 'm~y', 'b', 'c'], 3, pairs(2), { actors: 3, relations: 3, lines: 2 }],
    ['nothing in view', [], 0, pairs(0), { actors: 0, relations: 0, lines: 0 }],
  ];
  it.each(cases)('%s', (_name, edges, actors, linesOf, expected) => {
    const live = {
      edges: new Set(edges),
      actors: new Set(Array.from({ length: actors }, (_, i) => `a${i}`)),
      pairs: linesOf,
    };
    expect(viewCount(live)).toEqual(expected);
  });

  it('words the count', () => {
    expect(viewCountText({ actors: 1, relations: 2, lines: 1 })).toBe('1 actor · 2 relations (1 line)');
    expect(viewCountText({ actors: 1200, relations: 1, lines: 3 })).toBe(
      '1,200 actors · 1 relation (3 lines)',
    );
  });
});
