// Keeps docs/event-data.md true to the code: its mapping table lists exactly the rows of EVENT_MAPPING, in order,
// with the type each code maps to and that type's polarity; and the mapping's lookups follow the rules the page
// states (CAMEO by root, ACLED by sub-event type then event type, overrides first).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPE_INFO } from '../dataset/vocabulary';
import { EVENT_SCHEME_LABELS } from './event';
import { EVENT_MAPPING, mapCode } from './mapping';
import { tableAfter as tableAfterIn } from '../markdown-table.test-support';

const doc = readFileSync(new URL('../../../docs/event-data.md', import.meta.url), 'utf8');

const tableAfter = (heading: string) => tableAfterIn(doc, 'docs/event-data.md', heading);

describe('docs/event-data.md', () => {
  it('lists every row of the mapping with its type and polarity, in order', () => {
    const rows = tableAfter('### Mapping table');
    expect(rows).toEqual(
      EVENT_MAPPING.map((r) => ({
        Scheme: EVENT_SCHEME_LABELS[r.scheme],
        Code: r.code,
        Meaning: r.label,
        'Relation type': r.type ?? 'not mapped',
        Polarity: r.type ? RELATION_TYPE_INFO[r.type].polarity : '—',
      })),
    );
  });

  it.each([
    ['cameo', '0874', 'pause'],
    ['cameo', '190', 'clash'],
    ['cameo', '010', undefined],
    ['plover', 'assault', 'attack'],
    ['acled', 'Strategic developments: Arrests', 'coercion'],
    ['acled', 'Strategic developments: Headquarters or base established', undefined],
    ['acled', 'Explosions/Remote violence: Air/drone strike', 'attack'],
    ['ucdp', '3', 'attack'],
    ['ucdp', '9', undefined],
  ] as const)('maps %s %s as the page says: %s', (scheme, code, type) => {
    expect(mapCode(scheme, code)?.type).toBe(type);
  });

  it('lets an override map a code the table leaves out, or leave out one it maps', () => {
    const override = new Map([
      ['cameo:01', 'talks' as const],
      ['acled:battles', null],
    ]);
    expect(mapCode('cameo', '010', override)?.type).toBe('talks');
    expect(mapCode('acled', 'Battles: Armed clash', override)).toBeUndefined();
  });
});
