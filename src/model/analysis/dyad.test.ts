// dyadHistory: a pair's relations in time order, whatever their direction, and its net stance as segments,
// with the event memory, the alleged switch, open ends and gaps.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../graph/build';
import { datasetOf, ms } from '../graph/fixtures';
import { DAY_MS } from '../time/view';
import { dyadHistory } from './dyad';

const model = buildModel(
  datasetOf([
    { id: 'raid', type: 'attack', source: 'b', target: 'a', when: '2020-03-01' },
    { id: 'pact', type: 'alliance', source: 'a', target: 'b', when: '2020-01-01/2020-06-30' },
    { id: 'rift', type: 'rivalry', source: 'a', target: 'b', when: '2021-01-01/..', status: 'alleged' },
    { id: 'other', type: 'clash', source: 'a', target: 'c', when: '2020-03-01' },
  ]),
);
const endOf = (date: string): number => ms(date) + DAY_MS - 1;

describe('dyadHistory', () => {
  it('lists the relations between the two actors in time order, either direction', () => {
    expect(dyadHistory(model, 'b', 'a').relations.map((e) => e.key)).toEqual(['pact', 'raid', 'rift']);
  });

  it('gives the net stance as segments, an event weighing for its memory, zero where nothing is live', () => {
    expect(dyadHistory(model, 'a', 'b').stance).toEqual([
      { start: ms('2020-01-01'), end: endOf('2020-02-29'), net: 3, sign: 1 },
      { start: ms('2020-03-01'), end: endOf('2020-03-31'), net: 0, sign: 0 },
      { start: ms('2020-04-01'), end: endOf('2020-06-30'), net: 3, sign: 1 },
      { start: ms('2020-07-01'), end: endOf('2020-12-31'), net: 0, sign: 0 },
      { start: ms('2021-01-01'), end: Infinity, net: -2, sign: -1 },
    ]);
  });

  it('honours the memory and the alleged switch', () => {
    const stance = dyadHistory(model, 'a', 'b', { memory: 0, includeAlleged: false }).stance;
    expect(stance).toEqual([
      { start: ms('2020-01-01'), end: endOf('2020-02-29'), net: 3, sign: 1 },
      { start: ms('2020-03-01'), end: endOf('2020-03-01'), net: 0, sign: 0 },
      { start: ms('2020-03-02'), end: endOf('2020-06-30'), net: 3, sign: 1 },
    ]);
  });

  it('is empty for a pair with no relation', () => {
    expect(dyadHistory(model, 'b', 'c')).toEqual({ relations: [], stance: [] });
  });
});
