// A small dataset for the export and round-trip tests. It holds one of each case a writer must get right: a
// relation with several targets, undirected and directed types, a type the dataset declares, an alleged
// relation, open, time-of-day and `[a..b]` ("some time between") spans, actors with and without a lifetime (one
// its relations outlast), a parent, free-form attributes (one whose key shadows a built-in column), passages that
// say whose claim they carry (author, party, report) with and without grades, confidence and an inference note,
// and text that would be markup or a formula if written unescaped.
import { datasetSchema, type Dataset } from '../../model/dataset/schema';

export const FIXTURE: Dataset = datasetSchema.parse({
  format: 'faultline-dataset/1',
  id: 'export-fixture',
  title: 'Export fixture',
  description: 'Test data for the exporters: "quotes", <tags> & ampersands.',
  relationTypes: [
    {
      id: 'border-closure',
      label: 'Border closure',
      polarity: 'hostile',
      duration: 'event',
      directed: true,
      intensity: 2,
      description: 'A crossing closed to the other side.',
    },
  ],
  sources: [
    {
      id: 'src-a',
      title: 'Report A, with a comma',
      publisher: 'Wire',
      published: '2025-10-12',
      url: 'https://example.org/a',
    },
    { id: 'src-b', title: 'Report "B"', published: '2025-11' },
  ],
  actors: [
    {
      id: 'alpha',
      label: 'Alpha <State>',
      kind: 'state',
      aliases: ['A-land', 'Alphaland'],
      description: 'A state; "first" & foremost.',
      country: 'AF',
      when: '2022/..',
      attributes: { acled_id: 42, kind: 'shadowed', note: '=HYPERLINK("http://x")' },
    },
    {
      id: 'alpha-army',
      label: 'Alpha Army',
      kind: 'state-agency',
      description: 'The army.',
      partOf: 'alpha',
    },
    {
      id: 'beta',
      label: 'Beta',
      kind: 'armed-group',
      description: 'A group founded in 2007.',
      when: '2007-12/..',
      attributes: { founded_by: 'council', active: true },
    },
    { id: 'gamma', label: 'Gamma', kind: 'organisation', description: '+Mediator, line one\nline two' },
  ],
  relations: [
    {
      id: 'alpha-beta-rivalry',
      type: 'rivalry',
      source: 'alpha',
      target: 'beta',
      when: '2021-08/..',
      summary: 'Alpha and Beta are rivals.',
      status: 'reported',
      evidence: [{ source: 'src-a', quote: 'Alpha and Beta remain bitter rivals, officials said.' }],
      attributes: { weight_hint: 2.5, kind: 'shadow' },
    },
    {
      id: 'gamma-mediates-2025-10',
      type: 'mediation',
      source: 'gamma',
      target: ['alpha', 'beta'],
      when: '2025-10-11/2025-10-15',
      summary: 'Gamma hosted talks, "off the record".',
      status: 'reported',
      evidence: [
        {
          source: 'src-a',
          quote: 'Gamma hosted both delegations for four days of talks.',
          claim: { by: 'author' },
          reliability: 'B',
          credibility: 2,
        },
        {
          source: 'src-b',
          quote: 'The talks, held under Gamma, ended without a deal.',
          claim: { by: 'report', name: 'Wire, 16 October', actor: 'gamma' },
        },
      ],
      confidence: 'moderate',
      inference: { when: 'From the first day of the talks to the fourth, as Report A counts them.' },
    },
    {
      id: 'alpha-army-strikes-beta',
      type: 'attack',
      source: 'alpha-army',
      target: 'beta',
      when: '2025-10-09T22:30:00Z',
      summary: '-Strike at night; <b>not</b> bold.',
      subtype: 'air strike',
      status: 'alleged',
      assertedBy: ['beta'],
      disputedBy: ['alpha'],
      evidence: [
        {
          source: 'src-b',
          quote: 'Beta said the army struck its positions at night.',
          claim: { by: 'party', actor: 'beta', name: 'Beta, "officials"' },
          reliability: 'F',
          credibility: 6,
        },
      ],
      confidence: 'low',
    },
    {
      id: 'beta-threatens-gamma',
      type: 'threat',
      source: 'beta',
      target: 'gamma',
      when: '[2025-09..2025-10]',
      summary: 'Beta threatened Gamma some time in September or October.',
      status: 'reported',
      evidence: [{ source: 'src-b', quote: 'Beta had threatened Gamma in the weeks before the talks.' }],
    },
    {
      id: 'alpha-closes-border',
      type: 'border-closure',
      source: 'alpha',
      target: 'gamma',
      when: '2025-11-02',
      summary: '@Alpha closed the crossing.',
      status: 'reported',
      evidence: [{ source: 'src-b', quote: 'Alpha closed the main crossing on Sunday.' }],
    },
  ],
});
