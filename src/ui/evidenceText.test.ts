// Who says so in words and the table's filter on it, on relations of the bundled dataset and hand-made ones.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import type { Relation } from '../model/dataset/schema';
import { assertDataset } from '../model/dataset/validate';
import {
  NO_SOURCING_FILTER,
  claimKindText,
  claimantText,
  passesSourcing,
  reliabilityText,
  sourcingOf,
  type SourcingFilter,
} from './evidenceText';

const model = buildModel(
  assertDataset(JSON.parse(readFileSync(new URL('../../graph-data/af-pak.json', import.meta.url), 'utf8'))),
);
const relation = (id: string): Relation => model.dataset.relations.find((r) => r.id === id)!;

describe('claim words', () => {
  it('names the claimant as the text does, with the actor it stands for', () => {
    const support = relation('taliban-government-support-ttp');
    expect(support.evidence.map((e) => claimantText(model, e.claim))).toContain('Islamabad (Pakistan)');
    expect(support.evidence.map((e) => claimantText(model, e.claim))).toContain(
      'recent United Nations reporting (United Nations)',
    );
    expect(claimantText(model, { by: 'party', actor: 'pakistan' })).toBe('Pakistan');
    expect(claimantText(model, { by: 'author' })).toBe('the author');
    expect(claimKindText(undefined)).toBe('not stated (read as the author’s)');
    expect(claimKindText({ by: 'report', name: 'x' })).toBe('cited report');
    expect(reliabilityText('F')).toBe('reliability F: reliability cannot be judged');
  });
});

const made = (evidence: Relation['evidence'], extra: Partial<Relation> = {}): Relation => ({
  id: 'r',
  type: 'attack',
  source: 'a',
  target: 'b',
  when: '2026',
  summary: 'x',
  status: 'reported',
  evidence,
  ...extra,
});
const passage = (claim?: Relation['evidence'][number]['claim'], reliability?: 'B' | 'F') => ({
  source: 's',
  quote: 'a passage of the text',
  ...(claim && { claim }),
  ...(reliability && { reliability }),
});

describe('passesSourcing', () => {
  const author = made([passage({ by: 'author' }, 'B'), passage({ by: 'party', actor: 'a' }, 'F')], {
    confidence: 'high',
  });
  const alone = made([passage({ by: 'report', name: 'UN' }, 'F')], { inference: { when: 'x' } });
  const unstated = made([passage()]);
  // prettier-ignore
  const cases: [string, Partial<SourcingFilter>, [boolean, boolean, boolean]][] = [
    ['no filter', {}, [true, true, true]],
    ['the author', { voice: 'author' }, [true, false, true]],
    ['a named party', { voice: 'party' }, [true, false, false]],
    ['a cited report', { voice: 'report' }, [false, true, false]],
    ['parties or reports alone', { voice: 'alone' }, [false, true, false]],
    ['high confidence', { confidence: 'high' }, [true, false, false]],
    ['reliability B or better', { reliability: 'B' }, [true, false, false]],
    ['reliability F or better', { reliability: 'F' }, [true, true, false]],
    ['inferred only', { inferredOnly: true }, [false, true, false]],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    const f = { ...NO_SOURCING_FILTER, ...filter };
    expect([author, alone, unstated].map((r) => passesSourcing(sourcingOf(r), f))).toEqual(expected);
  });

  it('keeps exactly the bundled relations resting on parties or reports alone', () => {
    const alone = model.dataset.relations.filter((r) =>
      passesSourcing(sourcingOf(r), { ...NO_SOURCING_FILTER, voice: 'alone' }),
    );
    expect(alone.length).toBeGreaterThan(0);
    for (const r of alone) expect(r.evidence.every((e) => e.claim && e.claim.by !== 'author')).toBe(true);
  });
});
