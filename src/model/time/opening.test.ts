// Tests of where the explorer opens: the dataset's opening wins; without it the newest source or the latest dated
// relation, whichever is earlier; nothing when nothing is dated.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { openingOf } from './opening';

const source = (id: string, published: string) => ({ id, title: id, published });

function dataset(extra: Partial<Dataset>, when = '2024-03-05'): Dataset {
  return {
    ...datasetOf([
      { id: 'r1', type: 'attack', source: 'a', target: 'b', when: '2020-05-01' },
      { id: 'r2', type: 'talks', source: 'a', target: 'b', when },
      { id: 'r3', type: 'rivalry', source: 'a', target: 'b', when: '2001/..' },
    ]),
    ...extra,
  };
}

describe('openingOf', () => {
  // prettier-ignore
  const cases: [string, Partial<Dataset>, string, { date: string; window: [string, string] | null; named: boolean } | null][] = [
    ['the dataset names its date and window', { opening: { date: '2022-02-27', window: { from: '2021-10-01', to: '2022-04-30' } } }, '2024-03-05', { date: '2022-02-27', window: ['2021-10-01', '2022-04-30'], named: true }],
    ['the dataset names its date only', { opening: { date: '2022-02-27' } }, '2024-03-05', { date: '2022-02-27', window: null, named: true }],
    ['no opening, no source: the latest dated relation', {}, '2024-03-05', { date: '2024-03-05', window: null, named: false }],
    ['no opening: the newest source when it is earlier', { sources: [source('s1', '2023-06'), source('s2', '2021')] }, '2024-03-05', { date: '2023-06-01', window: null, named: false }],
    ['no opening: the latest relation when it is earlier than the newest source', { sources: [source('s1', '2026-04-12')] }, '2024-03-05', { date: '2024-03-05', window: null, named: false }],
    ['a relation known to a year begins on its first day', {}, '2024', { date: '2024-01-01', window: null, named: false }],
  ];
  it.each(cases)('%s', (_name, extra, when, expected) => {
    const got = openingOf(buildModel(dataset(extra, when)));
    expect(got).toEqual(
      expected && {
        date: ms(expected.date),
        window: expected.window && { from: ms(expected.window[0]), to: ms(expected.window[1]) },
        named: expected.named,
      },
    );
  });

  it('is null when nothing is dated', () => {
    const d = datasetOf([{ id: 'r1', type: 'rivalry', source: 'a', target: 'b', when: '../..' }]);
    expect(openingOf(buildModel(d))).toBeNull();
  });
});
