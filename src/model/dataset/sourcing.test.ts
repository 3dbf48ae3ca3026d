// sourcingSummary on the valid fixture with passages of each kind of voice, and on the bundled dataset against a
// count made here from its relations one by one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from './schema';
import { sourcingSummary } from './sourcing';

const read = (url: URL): Dataset => JSON.parse(readFileSync(url, 'utf8')) as Dataset;
const fixture = read(new URL('./__fixtures__/valid.json', import.meta.url));
const bundled = read(new URL('../../../graph-data/af-pak.json', import.meta.url));

describe('sourcingSummary', () => {
  it('counts, per status, the relations resting on each kind of voice, alone or not', () => {
    const d = structuredClone(fixture);
    // reported, author and a side: not alone
    d.relations[2]!.evidence.push({
      ...d.relations[2]!.evidence[0]!,
      claim: { by: 'party', actor: 'state-b' },
    });
    d.relations[2]!.evidence[0]!.claim = { by: 'author' };
    // reported on a cited report alone
    d.relations[3]!.evidence[0]!.claim = { by: 'report', name: 'UN reporting' };
    d.relations[3]!.confidence = 'low';
    d.relations[3]!.inference = { when: 'Late last month.', type: 'Attack as the text has it.' };
    d.relations[3]!.evidence[0]!.reliability = 'B';
    // alleged on a named party alone
    d.relations[1]!.evidence[0]!.claim = { by: 'party', name: 'State B officials' };
    d.relations[1]!.evidence[0]!.credibility = 6;
    d.relations[6]!.evidence = [];
    d.relations[0]!.confidence = 'high';
    const s = sourcingSummary(d);
    expect(s.byStatus).toEqual({
      reported: {
        relations: 7,
        resting: { author: 1, party: 1, report: 1, unstated: 4 },
        noAuthor: 1,
        unsourced: 1,
      },
      alleged: {
        relations: 1,
        resting: { author: 0, party: 1, report: 0, unstated: 0 },
        noAuthor: 1,
        unsourced: 0,
      },
    });
    expect(s.confidence).toEqual({ high: 1, moderate: 0, low: 1, unstated: 6 });
    expect(s.inferred).toEqual({ when: 1, type: 1, parties: 0 });
    expect(s.graded).toEqual({ reliability: 1, credibility: 1, passages: 8 });
  });

  it('agrees with a count of the bundled dataset, relation by relation', () => {
    const s = sourcingSummary(bundled);
    for (const status of ['reported', 'alleged'] as const) {
      const of = bundled.relations.filter((r) => r.status === status);
      const has = (kind: string) =>
        of.filter((r) => r.evidence.some((e) => (e.claim?.by ?? 'unstated') === kind));
      expect(s.byStatus[status]).toEqual({
        relations: of.length,
        resting: {
          author: has('author').length,
          party: has('party').length,
          report: has('report').length,
          unstated: has('unstated').length,
        },
        noAuthor: of.filter(
          (r) => r.evidence.length > 0 && r.evidence.every((e) => e.claim && e.claim.by !== 'author'),
        ).length,
        unsourced: 0,
      });
    }
    // Every passage of the bundled dataset says whose claim it carries and is graded; every relation has a confidence.
    expect(s.byStatus.reported.resting.unstated + s.byStatus.alleged.resting.unstated).toBe(0);
    expect(s.graded.reliability).toBe(s.graded.passages);
    expect(s.graded.credibility).toBe(s.graded.passages);
    expect(s.confidence.unstated).toBe(0);
  });
});
