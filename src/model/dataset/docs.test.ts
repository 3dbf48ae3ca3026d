// Keeps docs/data-format.md true to the code: its vocabulary tables against vocabulary.ts, its table of EDTF
// forms against the parser and the wording, and its modelling decision against the bundled dataset.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../time/edtf';
import { formatInstant, formatSpan } from '../time/format';
import type { Dataset } from './schema';
import { ACTOR_KINDS, ACTOR_KIND_INFO, RELATION_TYPES, RELATION_TYPE_INFO } from './vocabulary';
import { tableAfter as tableAfterIn } from '../markdown-table.test-support';

const doc = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');

const tableAfter = (heading: string) => tableAfterIn(doc, 'docs/data-format.md', heading);

describe('docs/data-format.md', () => {
  it('lists every relation type with its label, polarity, tone, duration, direction and intensity', () => {
    const rows = tableAfter('### Relation types');
    expect(rows.map((r) => r.Type)).toEqual([...RELATION_TYPES]);
    for (const row of rows) {
      const info = RELATION_TYPE_INFO[row.Type as keyof typeof RELATION_TYPE_INFO];
      expect(row).toMatchObject({
        Label: info.label,
        Polarity: info.polarity,
        'Drawn as': info.tone,
        Duration: info.duration,
        Direction: info.directed ? 'directed' : 'undirected',
        Intensity: String(info.intensity),
        Meaning: info.description,
      });
    }
  });

  it('lists every actor kind with its label and meaning', () => {
    const rows = tableAfter('### Actor kinds');
    expect(rows.map((r) => r.Kind)).toEqual([...ACTOR_KINDS]);
    for (const row of rows) {
      const info = ACTOR_KIND_INFO[row.Kind as keyof typeof ACTOR_KIND_INFO];
      expect(row).toMatchObject({ Label: info.label, Meaning: info.description });
    }
  });

  it('gives the earliest and latest instant and the wording of each EDTF form as the code does', () => {
    const rows = tableAfter('## Dates');
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) {
      const span = parseWhen(row.Example ?? '');
      expect({
        example: row.Example,
        earliest: row.Earliest,
        latest: row.Latest,
        worded: row['Worded as'],
      }).toEqual({
        example: row.Example,
        earliest: formatInstant(span.start),
        latest: formatInstant(span.end),
        worded: formatSpan(span),
      });
    }
  });

  it('describes the three Taliban actors as the bundled dataset has them', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../../graph-data/af-pak.json', import.meta.url), 'utf8'),
    ) as Dataset;
    const rows = tableAfter('## Modelling decision: the Afghan Taliban are three actors');
    expect(rows.map((r) => r.id)).toEqual(['taliban-regime-1996-2001', 'taliban', 'taliban-government']);
    for (const row of rows) {
      const actor = data.actors.find((a) => a.id === row.id);
      expect(
        actor && {
          id: actor.id,
          label: actor.label,
          kind: actor.kind,
          country: actor.country,
          when: actor.when,
        },
      ).toEqual({ id: row.id, label: row.label, kind: row.kind, country: row.country, when: row.when });
      // The shared name (a closing qualifier in brackets aside) is what search and the layout join the two on.
      const names = [actor?.label ?? '', ...(actor?.aliases ?? [])].map((n) =>
        n.replace(/\s*\([^)]*\)$/, ''),
      );
      expect(names, `names of ${row.id}`).toContain('Afghan Taliban');
    }
  });
});
