// The codes an event file uses, as the import dialog lists them: keyed as the mapping decides them, counted,
// labelled from the table, and the type an override chooses.
import { describe, expect, it } from 'vitest';
import { chosenType, codesSeen, decidingKey } from './codes';
import { mapCode } from './mapping';
import type { EventRecord, EventScheme } from './event';

const event = (scheme: EventScheme, code: string, id = code): EventRecord => ({
  id,
  source: 'A',
  target: 'B',
  date: '2021-03-02',
  precision: 'day',
  scheme,
  code,
  directed: true,
  evidence: [],
});

describe('decidingKey', () => {
  it.each([
    ['cameo', '190', 'cameo:19'],
    ['cameo', '0211', 'cameo:02'],
    ['acled', 'Battles: Armed clash', 'acled:battles'],
    ['acled', 'Strategic developments: Agreement', 'acled:strategic developments: agreement'],
    ['acled', 'Strategic developments: Headquarters or base established', 'acled:strategic developments'],
    ['acled', 'Something new: Odd', 'acled:something new'],
    ['plover', 'assault', 'plover:assault'],
    ['ucdp', '3', 'ucdp:3'],
  ] as const)('%s %s → %s', (scheme, code, key) => {
    expect(decidingKey(scheme, code)).toBe(key);
  });

  it('an override under the deciding key changes what mapCode gives', () => {
    for (const [scheme, code] of [
      ['cameo', '190'],
      ['acled', 'Battles: Armed clash'],
      ['acled', 'Strategic developments: Agreement'],
      ['acled', 'Something new: Odd'],
      ['plover', 'ASSAULT'],
    ] as const) {
      const key = decidingKey(scheme, code);
      expect(mapCode(scheme, code, new Map([[key, 'talks']]))?.type).toBe('talks');
      expect(mapCode(scheme, code, new Map([[key, null]]))).toBeUndefined();
    }
  });
});

describe('codesSeen', () => {
  it('counts by key, labels from the table, the most used first', () => {
    const seen = codesSeen([
      event('cameo', '040', '1'),
      event('cameo', '190', '2'),
      event('cameo', '042', '3'),
      event('cameo', '010', '4'),
      event('cameo', '195', '5'),
      event('cameo', '190', '6'),
    ]);
    expect(seen).toEqual([
      { key: 'cameo:19', scheme: 'cameo', label: 'CAMEO 19 (Fight)', count: 3, type: 'clash' },
      { key: 'cameo:04', scheme: 'cameo', label: 'CAMEO 04 (Consult)', count: 2, type: 'talks' },
      { key: 'cameo:01', scheme: 'cameo', label: 'CAMEO 01 (Make public statement)', count: 1, type: null },
    ]);
  });

  it('names ACLED types and codes the table lacks as written', () => {
    const seen = codesSeen([event('acled', 'Battles: Armed clash'), event('cameo', '99')]);
    expect(seen.map((c) => [c.label, c.type])).toEqual([
      ['ACLED Battles', 'clash'],
      ['CAMEO 99', null],
    ]);
  });

  it('is empty for no events', () => {
    expect(codesSeen([])).toEqual([]);
  });
});

describe('chosenType', () => {
  const [fight] = codesSeen([event('cameo', '190')]);
  it.each([
    ['no override', undefined, 'clash'],
    ['another key', new Map([['cameo:18', 'talks' as const]]), 'clash'],
    ['its key', new Map([['cameo:19', 'talks' as const]]), 'talks'],
    ['left out', new Map([['cameo:19', null]]), null],
  ])('%s', (_, override, type) => {
    expect(chosenType(fight!, override)).toBe(type);
  });
});
