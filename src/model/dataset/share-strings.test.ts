import { describe, expect, it } from 'vitest';
import type { Relation } from './schema';
import { shareRelationStrings, StringPool } from './share-strings';

const quote = 'A passage of the article, long enough to count as a quote.';

/** Relations with every field the pool takes and every one it leaves, as two threads would pass them. */
function received(): Relation[] {
  const relations: Relation[] = [
    {
      id: 'r1',
      type: 'talks',
      source: 'pakistan',
      target: 'afghanistan',
      when: '2025-10',
      summary: 'Talks in Doha.',
      status: 'reported',
      evidence: [{ source: 'article-1', quote }],
    },
    {
      id: 'r2',
      type: 'talks',
      source: 'afghanistan',
      target: ['pakistan', 'qatar'],
      when: '2025-10',
      summary: 'Talks in Doha, with Qatar.',
      subtype: 'ceasefire talks',
      status: 'alleged',
      assertedBy: ['pakistan'],
      disputedBy: ['afghanistan', 'qatar'],
      confidence: 'moderate',
      evidence: [
        {
          source: 'article-1',
          quote,
          claim: { by: 'party', actor: 'pakistan' },
          reliability: 'B',
          credibility: 2,
        },
        {
          source: 'article-2',
          quote: 'Another passage, from another article.',
          claim: { by: 'report', name: 'UN' },
        },
      ],
      inference: { when: 'From the week of the report.' },
      attributes: { fatalities: 3, place: 'Doha' },
    },
  ];
  // A structured clone, as a worker's message: each relation has its own copy of every string.
  return structuredClone(relations);
}

describe('shareRelationStrings', () => {
  it('leaves every value as it was', () => {
    const relations = received();
    const before = structuredClone(relations);
    shareRelationStrings(relations, new StringPool());
    expect(relations).toEqual(before);
  });

  it('pools the vocabulary fields and nothing else', () => {
    const pool = new StringPool();
    shareRelationStrings(received(), pool);
    // talks, pakistan, afghanistan, qatar, 2025-10, reported, alleged, ceasefire talks, moderate, article-1,
    // article-2, B, party, report, UN: ids, summaries, quotes, notes and attributes are not pooled.
    expect(pool.size).toBe(15);
  });

  it('keeps one copy across slices of one opening', () => {
    const pool = new StringPool();
    shareRelationStrings(received(), pool);
    shareRelationStrings(received(), pool);
    expect(pool.size).toBe(15);
  });

  it('hands back the copy it holds for an equal string', () => {
    const pool = new StringPool();
    const first = ['tal', 'ks'].join('');
    expect(pool.share(first)).toBe(first);
    expect(pool.share(`${'ta'}lks`)).toBe('talks');
    expect(pool.size).toBe(1);
  });
});
