// A small hand-made dataset for unit tests across the floors (view, state, UI, figure): five actors of all four
// kinds, lasting and event relations, an alleged one, a mediation with two parties. Invented for tests; not about real events.
import type { Dataset } from './schema';

const ev = [{ source: 'note', quote: 'A passage that stands in for a quote in tests.' }];

export const FIXTURE: Dataset = {
  format: 'faultline-dataset/1',
  id: 'fixture',
  title: 'Test fixture',
  description: 'Five actors and six relations for unit tests.',
  sources: [{ id: 'note', title: 'Test note', published: '2026' }],
  actors: [
    { id: 'alpha', label: 'Alpha', kind: 'state', description: 'A state.', aliases: ['Álphaland'] },
    { id: 'beta', label: 'Beta Government', kind: 'state', description: 'Another state.' },
    { id: 'gamma', label: 'Gamma Front', kind: 'armed-group', description: 'An armed group.' },
    { id: 'delta', label: 'Delta', kind: 'state', description: 'A mediating state.' },
    { id: 'union', label: 'The Union', kind: 'organisation', description: 'An organisation.' },
    { id: 'agency', label: 'Alpha Agency', kind: 'state-agency', description: 'A part of Alpha.' },
  ],
  relations: [
    {
      id: 'r-rivalry',
      type: 'rivalry',
      source: 'alpha',
      target: 'gamma',
      when: '2007/..',
      summary: 'Rivals.',
      status: 'reported',
      evidence: ev,
    },
    {
      id: 'r-support',
      type: 'support',
      source: 'beta',
      target: 'gamma',
      when: '2021-08/..',
      summary: 'Backing.',
      status: 'alleged',
      assertedBy: ['alpha'],
      evidence: ev,
    },
    {
      id: 'r-mediation',
      type: 'mediation',
      source: 'delta',
      target: ['alpha', 'beta'],
      when: '2025-10-19',
      summary: 'Talks hosted.',
      status: 'reported',
      evidence: ev,
    },
    {
      id: 'r-attack',
      type: 'attack',
      source: 'alpha',
      target: 'beta',
      when: '2026-02-22',
      summary: 'Strikes.',
      status: 'reported',
      evidence: ev,
    },
    {
      id: 'r-condemn',
      type: 'condemnation',
      source: 'union',
      target: 'alpha',
      when: '2026-02-2X',
      summary: 'Condemned.',
      status: 'reported',
      evidence: ev,
    },
    {
      id: 'r-agency',
      type: 'affiliation',
      source: 'agency',
      target: 'alpha',
      when: '1990/..',
      summary: 'Part of.',
      status: 'reported',
      evidence: ev,
    },
  ],
};

/**
 * A generated dataset of `actors` actors in a ring, each related to its next two neighbours and to one actor
 * across the ring (three relations per actor): large enough to take the large-graph paths in tests.
 */
export function ringDataset(actors: number): Dataset {
  const id = (i: number) => `a${(i + actors) % actors}`;
  return {
    ...FIXTURE,
    id: `ring-${actors}`,
    title: `Ring of ${actors}`,
    actors: Array.from({ length: actors }, (_, i) => ({
      id: id(i),
      label: `Actor ${i}`,
      kind: 'state' as const,
      description: 'A generated actor.',
    })),
    relations: Array.from({ length: actors }, (_, i) =>
      [1, 2, Math.floor(actors / 2)].map((step, k) => ({
        id: `r${i}-${k}`,
        type: k === 2 ? 'rivalry' : 'alliance',
        source: id(i),
        target: id(i + step),
        when: '2020/2021',
        summary: 'A generated relation.',
        status: 'reported' as const,
        evidence: ev,
      })),
    ).flat(),
  };
}
