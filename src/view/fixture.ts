// A small hand-made dataset for the view's and the UI's unit tests: five actors of all four kinds, lasting and
// event relations, an alleged one, a mediation with two parties. Invented for tests; not about real events.
import type { Dataset } from '../model/dataset/schema';

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
