// Tests of the dataset validator: a valid fixture and every bundled dataset pass; a table of broken variants,
// one per rule, each gives exactly one error at the expected place with the expected words; warnings do not fail.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetError, type Problem } from './problems';
import type { Dataset } from './schema';
import { assertDataset, parseDatasetJson, validateDataset } from './validate';

const fixture = (name: string): string =>
  readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
const base = JSON.parse(fixture('valid.json')) as Dataset;

/** A deep copy of the valid fixture, as plain JSON the test may break in any way. */
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return --
   breaking the fixture anywhere is this file's point: Loose is `any` below its top level on purpose. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const copy = (): Loose => structuredClone(base);

const FILE = 'example.json';
const errorsOf = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');

describe('valid datasets', () => {
  it('accepts the valid fixture with no warnings and returns it unchanged', () => {
    const result = validateDataset(copy(), { file: FILE });
    expect(result).toEqual({ ok: true, value: base, warnings: [] });
  });

  it('validates every bundled dataset in graph-data/ (there is at least one)', () => {
    const folder = new URL('../../../graph-data/', import.meta.url);
    const files = readdirSync(folder).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = parseDatasetJson(readFileSync(new URL(file, folder), 'utf8'), { file });
      expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
    }
  });

  // prettier-ignore
  const passing: [string, Mutation][] = [
    ['an event dated up to the day its source was published', (d) => (d.relations[3].when = '2024-02-20/2024-03-02')],
    ['a lasting relation still going on after its sources', (d) => (d.relations[6].when = '2003/..')],
    ['the same type between the same pair at other times', (d) => d.relations.push({ ...d.relations[2], id: 'b-accuses-a-later', when: '2024-03-02' })],
    ['the same type the other way round on the same day', (d) => d.relations.push({ ...d.relations[2], id: 'a-accuses-b', source: 'state-a', target: 'state-b' })],
    ['two events of the same pair dated no closer than a month', (d) => d.relations.push({ ...d.relations[3], id: 'group-b-raids-b', when: '2024-02' })],
    ['an alleged relation whose passage names the claimant', (d) => { delete d.relations[1].assertedBy; d.relations[1].evidence[0].claim = { by: 'party', name: 'State B officials' }; }],
    ['a reported relation disputed by a party', (d) => (d.relations[2].disputedBy = ['state-a'])],
    ['a reported relation resting on a party that is not a side', (d) => (d.relations[2].evidence[0].claim = { by: 'party', actor: 'org-m' })],
    ['a reported relation resting on a side and the author', (d) => d.relations[2].evidence.push({ ...d.relations[2].evidence[0], claim: { by: 'party', actor: 'state-b', name: 'the State B government' } })],
    ['a reported relation resting on a cited report', (d) => (d.relations[2].evidence[0].claim = { by: 'report', name: 'UN reporting' })],
    ['an opening date alone', (d) => (d.opening = { date: '2024-03-01' })],
    ['an opening date inside its window, with a note', (d) => (d.opening = { date: '2024-03-01', window: { from: '2024-01-01', to: '2024-03-01' }, note: 'The accusation.' })],
    ['grades, confidence and an inference note', (d) => Object.assign(d.relations[3], { confidence: 'moderate', inference: { when: 'The text says "late last month".' }, evidence: [{ ...d.relations[3].evidence[0], claim: { by: 'author' }, reliability: 'B', credibility: 2 }] })],
  ];
  it.each(passing)('accepts %s', (_name, mutate) => {
    const d = copy();
    mutate(d);
    const result = validateDataset(d, { file: FILE });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);
  });

  it('accepts an event lasting exactly 42 days and an undated import', () => {
    const d = copy();
    d.relations[3].when = '2024-01-01/2024-02-11';
    d.relations[2].when = '../..';
    expect(validateDataset(d).ok).toBe(true);
  });
});

type Mutation = (d: Loose) => void;
type Expected = { path?: string; record?: string; message: string };
const rel = (id: string): string => `relation "${id}"`;

// prettier-ignore
const broken: [string, Mutation, Expected][] = [
  // The shape, checked by the schema
  ['unknown actor kind', (d) => (d.actors[3].kind = 'militia'), { path: 'actors[3].kind', record: 'actor "group-b"', message: '"militia" must be one of state, armed-group, state-agency, organisation' }],
  ['missing summary', (d) => delete d.relations[2].summary, { path: 'relations[2].summary', record: rel('b-accuses-a'), message: 'is missing (text is required)' }],
  ['misspelt field', (d) => (d.relations[5].sumary = 'x'), { path: 'relations[5]', record: rel('a-b-talks'), message: 'has a field the format does not know: "sumary"; keep values Faultline does not use under "attributes"' }],
  ['target of the wrong kind', (d) => (d.relations[0].target = 5), { path: 'relations[0].target', record: rel('a-b-rivalry'), message: '5 must be an actor id or a list of actor ids' }],
  ['id with capitals', (d) => (d.actors[0].id = 'State-A'), { path: 'actors[0].id', record: 'actor "State-A"', message: '"State-A" must be lowercase letters, digits and single hyphens' }],
  ['quote too short', (d) => (d.relations[4].evidence[0].quote = 'talks'), { path: 'relations[4].evidence[0].quote', record: rel('m-mediates'), message: '"talks" must be a verbatim passage of at least 12 characters' }],
  ['wrong format tag', (d) => (d.format = 'faultline/0'), { path: 'format', message: '"faultline/0" must be "faultline-dataset/1"' }],
  ['empty assertedBy', (d) => (d.relations[1].assertedBy = []), { path: 'relations[1].assertedBy', record: rel('agency-a-supports-group-b'), message: 'must list at least 1 item' }],
  // Identity
  ['duplicate actor id', (d) => d.actors.push({ ...d.actors[1] }), { path: 'actors[6].id', record: 'actor "state-b"', message: 'the id "state-b" is already used by actors[1]' }],
  ['duplicate relation id', (d) => (d.relations[6].id = 'a-b-talks'), { path: 'relations[6].id', record: rel('a-b-talks'), message: 'the id "a-b-talks" is already used by relations[5]' }],
  ['duplicate source id', (d) => d.sources.push({ ...d.sources[0] }), { path: 'sources[2].id', record: 'source "src-gazette"', message: 'the id "src-gazette" is already used by sources[0]' }],
  ['duplicate declared type', (d) => d.relationTypes.push({ ...d.relationTypes[0] }), { path: 'relationTypes[1].id', message: 'the id "truce-breach" is already used by relationTypes[0]' }],
  ['declared type redefines a built-in one', (d) => d.relationTypes.push({ ...d.relationTypes[0], id: 'attack' }), { path: 'relationTypes[1].id', message: '"attack" is a built-in relation type and cannot be declared again' }],
  ['hostile mediation type', (d) => Object.assign(d.relationTypes[0], { mediation: true }), { path: 'relationTypes[0].polarity', message: '"truce-breach" is drawn as mediation, which counts as cooperative: set its polarity to "cooperative"' }],
  ['unknown relation type', (d) => (d.relations[3].type = 'bombing'), { path: 'relations[3].type', record: rel('group-b-attacks-b'), message: '"bombing" is not a relation type; use one of alliance, ties, support, affiliation, rivalry, talks, hosting, offer, mediation, agreement, pause, endorsement, demand, accusation, condemnation, threat, coercion, attack, clash, or a type this dataset declares (truce-breach)' }],
  ['misspelt relation type', (d) => (d.relations[3].type = 'atack'), { path: 'relations[3].type', record: rel('group-b-attacks-b'), message: '"atack" is not a relation type; did you mean "attack"?' }],
  // References
  ['unknown source actor', (d) => (d.relations[2].source = 'state-c'), { path: 'relations[2].source', record: rel('b-accuses-a'), message: '"state-c" is not an actor of this dataset; did you mean "state-a"?' }],
  ['unknown target in a list', (d) => (d.relations[4].target[1] = 'state-z-republic'), { path: 'relations[4].target[1]', record: rel('m-mediates'), message: '"state-z-republic" is not an actor of this dataset' }],
  ['unknown partOf', (d) => (d.actors[2].partOf = 'state-q-kingdom'), { path: 'actors[2].partOf', record: 'actor "agency-a"', message: '"state-q-kingdom" is not an actor of this dataset' }],
  ['unknown assertedBy', (d) => (d.relations[1].assertedBy = ['nobody-at-all']), { path: 'relations[1].assertedBy[0]', record: rel('agency-a-supports-group-b'), message: '"nobody-at-all" is not an actor of this dataset' }],
  ['unknown disputedBy', (d) => (d.relations[1].disputedBy = ['state-a', 'nobody-at-all']), { path: 'relations[1].disputedBy[1]', record: rel('agency-a-supports-group-b'), message: '"nobody-at-all" is not an actor of this dataset' }],
  ['unknown evidence source', (d) => (d.relations[5].evidence[0].source = 'src-bulletn'), { path: 'relations[5].evidence[0].source', record: rel('a-b-talks'), message: '"src-bulletn" is not a source of this dataset; did you mean "src-bulletin"?' }],
  ['source among its targets', (d) => (d.relations[4].target = ['state-a', 'org-m']), { path: 'relations[4].target[1]', record: rel('m-mediates'), message: '"org-m" is both the source and a target' }],
  ['single target is the source', (d) => (d.relations[5].target = 'state-a'), { path: 'relations[5].target', record: rel('a-b-talks'), message: '"state-a" is both the source and a target' }],
  ['target listed twice', (d) => (d.relations[4].target = ['state-a', 'state-b', 'state-a']), { path: 'relations[4].target[2]', record: rel('m-mediates'), message: '"state-a" is listed twice among the targets' }],
  ['actor part of itself', (d) => (d.actors[2].partOf = 'agency-a'), { path: 'actors[2].partOf', record: 'actor "agency-a"', message: 'an actor cannot be part of itself' }],
  ['partOf cycle', (d) => (d.actors[0].partOf = 'agency-a'), { path: 'actors[0].partOf', record: 'actor "state-a"', message: 'partOf goes round in a circle (state-a → agency-a → state-a)' }],
  // Dates
  ['relation date that does not parse', (d) => (d.relations[2].when = '2024-13'), { path: 'relations[2].when', record: rel('b-accuses-a'), message: '"2024-13" is not a valid EDTF date or interval: unexpected "3" at character 7' }],
  ['day the month does not have', (d) => (d.relations[2].when = '2023-02-29'), { path: 'relations[2].when', record: rel('b-accuses-a'), message: 'the date does not exist (2023-02 has 28 days)' }],
  ['actor date that does not parse', (d) => (d.actors[3].when = 'since 2001'), { path: 'actors[3].when', record: 'actor "group-b"', message: '"since 2001" is not a valid EDTF date or interval' }],
  ['published date that does not parse', (d) => (d.sources[0].published = '2 March 2024'), { path: 'sources[0].published', record: 'source "src-gazette"', message: '"2 March 2024" is not a valid EDTF date or interval' }],
  ['published as an interval', (d) => (d.sources[1].published = '2024-05/2024-06'), { path: 'sources[1].published', record: 'source "src-bulletin"', message: '"2024-05/2024-06" is an interval; give the one date the source was published' }],
  ['span ending before it starts', (d) => (d.relations[6].when = '2010/2003'), { path: 'relations[6].when', record: rel('group-c-joins-group-b'), message: '"2010/2003" is not a valid EDTF date or interval: the end must be later than the start' }],
  ['lasting type on a single date', (d) => (d.relations[0].when = '1998'), { path: 'relations[0].when', record: rel('a-b-rivalry'), message: '"1998" is a single date, but rivalry is a lasting relation: give an interval' }],
  ['event with an open end', (d) => (d.relations[2].when = '2024-03-01/..'), { path: 'relations[2].when', record: rel('b-accuses-a'), message: '"2024-03-01/.." has an open or unknown end, but accusation is an event' }],
  ['event with an unknown start', (d) => (d.relations[2].when = '/2024-03-01'), { path: 'relations[2].when', record: rel('b-accuses-a'), message: '"/2024-03-01" has an open or unknown end, but accusation is an event' }],
  ['event of 43 days', (d) => (d.relations[3].when = '2024-01-01/2024-02-12'), { path: 'relations[3].when', record: rel('group-b-attacks-b'), message: '"2024-01-01/2024-02-12" spans 43 days, but attack is an event, which lasts at most 42 days' }],
  ['declared event type too long', (d) => (d.relations[7].when = '2024-01/2024-03'), { path: 'relations[7].when', record: rel('group-b-breaks-truce'), message: 'spans 91 days, but truce-breach is an event' }],
  // Where the explorer opens
  ['opening date not written as a day', (d) => (d.opening = { date: '2024-03' }), { path: 'opening.date', message: '"2024-03" must be a day written YYYY-MM-DD' }],
  ['opening date the calendar does not have', (d) => (d.opening = { date: '2023-02-29' }), { path: 'opening.date', message: '"2023-02-29" is not a day of the calendar' }],
  ['opening window ending before it starts', (d) => (d.opening = { date: '2024-03-01', window: { from: '2024-04-01', to: '2024-01-01' } }), { path: 'opening.window', message: 'ends on 2024-01-01, before it starts on 2024-04-01' }],
  ['opening date outside its window', (d) => (d.opening = { date: '2024-05-01', window: { from: '2024-01-01', to: '2024-03-01' } }), { path: 'opening.date', message: '2024-05-01 is outside the opening window (2024-01-01 to 2024-03-01)' }],
  ['opening with a field the format does not know', (d) => (d.opening = { date: '2024-03-01', mode: 'window' }), { path: 'opening', message: 'has a field the format does not know: "mode"' }],
  // Allegations and evidence
  ['assertedBy on a reported relation', (d) => (d.relations[2].assertedBy = ['state-b']), { path: 'relations[2].assertedBy', record: rel('b-accuses-a'), message: 'only an alleged relation names who asserts it; this one is "reported"' }],
  ['relation without evidence', (d) => (d.relations[6].evidence = []), { path: 'relations[6].evidence', record: rel('group-c-joins-group-b'), message: 'has no evidence: every relation needs at least one {source, quote}' }],
  // Who says so: the shape of a passage's claim, and its grades
  ['claim of an unknown kind', (d) => (d.relations[2].evidence[0].claim = { by: 'rumour' }), { path: 'relations[2].evidence[0].claim.by', record: rel('b-accuses-a'), message: '"rumour" must be one of author, party, report' }],
  ['author claim naming someone', (d) => (d.relations[2].evidence[0].claim = { by: 'author', name: 'State B' }), { path: 'relations[2].evidence[0].claim', record: rel('b-accuses-a'), message: 'a claim in the author\'s own voice names no one' }],
  ['party claim naming no one', (d) => (d.relations[2].evidence[0].claim = { by: 'party' }), { path: 'relations[2].evidence[0].claim', record: rel('b-accuses-a'), message: 'a claim by a party must say who: give "actor" (an actor id) or "name"' }],
  ['report claim without a name', (d) => (d.relations[2].evidence[0].claim = { by: 'report', actor: 'org-m' }), { path: 'relations[2].evidence[0].claim', record: rel('b-accuses-a'), message: 'a claim from a cited report must name the report' }],
  ['claim by an unknown actor', (d) => (d.relations[2].evidence[0].claim = { by: 'party', actor: 'org-n' }), { path: 'relations[2].evidence[0].claim.actor', record: rel('b-accuses-a'), message: '"org-n" is not an actor of this dataset; did you mean "org-m"?' }],
  ['reliability out of the scale', (d) => (d.relations[2].evidence[0].reliability = 'G'), { path: 'relations[2].evidence[0].reliability', record: rel('b-accuses-a'), message: '"G" must be one of A, B, C, D, E, F' }],
  ['credibility out of the scale', (d) => (d.relations[2].evidence[0].credibility = 7), { path: 'relations[2].evidence[0].credibility', record: rel('b-accuses-a'), message: '7 must be one of 1, 2, 3, 4, 5, 6' }],
  ['confidence not in ICD 203 words', (d) => (d.relations[2].confidence = 'certain'), { path: 'relations[2].confidence', record: rel('b-accuses-a'), message: '"certain" must be one of high, moderate, low' }],
  ['inference note on nothing', (d) => (d.relations[2].inference = {}), { path: 'relations[2].inference', record: rel('b-accuses-a'), message: 'must give a note for at least one of when, type, parties' }],
  ['inference note on an unknown part', (d) => (d.relations[2].inference = { when: 'Dated from the article.', target: 'guessed' }), { path: 'relations[2].inference', record: rel('b-accuses-a'), message: 'has a field the format does not know: "target"' }],
  // Dates bounded by what the sources could know
  ['relation beginning after its sources', (d) => (d.relations[2].when = '2024-03-05'), { path: 'relations[2].when', record: rel('b-accuses-a'), message: '"2024-03-05" begins after 2 March 2024, when the latest of its sources ("src-gazette") was published' }],
  ['event running past its sources', (d) => (d.relations[3].when = '2024-03'), { path: 'relations[3].when', record: rel('group-b-attacks-b'), message: '"2024-03" runs to 31 March 2024, after 2 March 2024, when the latest of its sources ("src-gazette") was published: a source cannot report what came after it; narrow the date to end by then (for example "2024-03-01/2024-03-02")' }],
  ['"some time between" running past its sources', (d) => (d.relations[3].when = '[2024-02..2024-04]'), { path: 'relations[3].when', record: rel('group-b-attacks-b'), message: '"[2024-02..2024-04]" runs to 30 April 2024, after 2 March 2024' }],
  ['lasting relation with a known end past its sources', (d) => (d.relations[0].when = '1998/2025'), { path: 'relations[0].when', record: rel('a-b-rivalry'), message: '"1998/2025" runs to 31 December 2025, after 2 March 2024' }],
  // A relation recorded twice
  ['lasting relation recorded twice, the other way round', (d) => d.relations.push({ ...d.relations[0], id: 'b-a-rivalry', source: 'state-b', target: 'state-a', when: '2010/..' }), { path: 'relations[8]', record: rel('b-a-rivalry'), message: 'records the same rivalry between state-a and state-b as relations[0] ("a-b-rivalry") over overlapping dates ("1998/.." and "2010/..")' }],
  ['event recorded twice on overlapping days', (d) => d.relations.push({ ...d.relations[2], id: 'b-accuses-a-again', when: '2024-02-28/2024-03-01' }), { path: 'relations[8]', record: rel('b-accuses-a-again'), message: 'records the same accusation from state-b to state-a as relations[2] ("b-accuses-a") over overlapping dates ("2024-03-01" and "2024-02-28/2024-03-01"): make them one relation carrying the passages of both' }],
  ['one target of several recorded twice', (d) => d.relations.push({ ...d.relations[4], id: 'm-mediates-b', target: 'state-b', when: '2024-03-12' }), { path: 'relations[8]', record: rel('m-mediates-b'), message: 'records the same mediation from org-m to state-b as relations[4] ("m-mediates")' }],
  // Who alleges, and what a reported relation rests on
  ['alleged relation naming no one', (d) => delete d.relations[1].assertedBy, { path: 'relations[1].status', record: rel('agency-a-supports-group-b'), message: 'an alleged relation must name who alleges it' }],
  ['reported relation resting only on its source\'s word', (d) => (d.relations[2].evidence[0].claim = { by: 'party', actor: 'state-b' }), { path: 'relations[2].evidence', record: rel('b-accuses-a'), message: 'every passage is the word of a side of the relation (state-b), as in "On Friday State B accused State A of sheltering the leaders…": a reported relation needs at least one passage in the author\'s own voice or from a party that is not a side' }],
  ['reported relation resting only on the word of a side\'s state', (d) => { Object.assign(d.relations[1], { status: 'reported' }); delete d.relations[1].assertedBy; d.relations[1].evidence[0].claim = { by: 'report', name: 'State A ministry statement', actor: 'state-a' }; }, { path: 'relations[1].evidence', record: rel('agency-a-supports-group-b'), message: 'every passage is the word of a side of the relation (state-a)' }],
];

describe('broken variants: one error each, at its place', () => {
  it.each(broken)('%s', (_name, mutate, expected) => {
    const d = copy();
    mutate(d);
    const result = validateDataset(d, { file: FILE });
    expect(result.ok).toBe(false);
    const errors = errorsOf(result.ok ? [] : result.problems);
    expect(errors).toHaveLength(1);
    const [error] = errors as [Problem];
    expect(error.file).toBe(FILE);
    expect(error.path).toBe(expected.path);
    expect(error.record && `${error.record.kind} "${error.record.id}"`).toBe(expected.record);
    expect(error.message).toContain(expected.message);
  });
});

describe('warnings', () => {
  // prettier-ignore
  const warned: [string, Mutation, Expected][] = [
    ['actor no relation mentions', (d) => d.actors.push({ id: 'state-c', label: 'State C', kind: 'state', description: 'Alone.' }), { path: 'actors[6]', record: 'actor "state-c"', message: 'no relation mentions this actor' }],
    ['relation dated after an actor ceased to exist', (d) => (d.relations[6].when = '2011/2012'), { path: 'relations[6].when', record: rel('group-c-joins-group-b'), message: '"2011/2012" is outside the existence of actor "group-c" (1995/2010-06-01)' }],
    ['relation dated before an actor existed', (d) => (d.relations[3].when = '1999-06-01'), { path: 'relations[3].when', record: rel('group-b-attacks-b'), message: 'is outside the existence of actor "group-b" (2001/..)' }],
  ];
  it.each(warned)('%s', (_name, mutate, expected) => {
    const d = copy();
    mutate(d);
    const result = validateDataset(d, { file: FILE });
    expect(result.ok).toBe(true);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: FILE, path: expected.path, severity: 'warning' });
    expect(warnings[0]?.record && `${warnings[0].record.kind} "${warnings[0].record.id}"`).toBe(
      expected.record,
    );
    expect(warnings[0]?.message).toContain(expected.message);
  });

  it('makes the sourcing rules warnings for imports', () => {
    const d = copy();
    d.relations[2].when = '2024-03-05';
    delete d.relations[1].assertedBy;
    d.relations.push({ ...d.relations[2], id: 'b-accuses-a-again' });
    const result = validateDataset(d, { file: FILE, requireEvidence: false });
    expect(result.ok).toBe(true);
    expect((result.ok ? result.warnings : []).map((p) => [p.path, p.severity])).toEqual([
      ['relations[1].status', 'warning'],
      ['relations[2].when', 'warning'],
      ['relations[8].when', 'warning'],
      ['relations[8]', 'warning'],
    ]);
  });

  it('makes missing evidence a warning when evidence is not required (imports)', () => {
    const d = copy();
    d.relations[6].evidence = [];
    const result = validateDataset(d, { file: FILE, requireEvidence: false });
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        {
          path: 'relations[6].evidence',
          record: { kind: 'relation', id: 'group-c-joins-group-b' },
          message: 'has no evidence: it will be shown as unsourced',
          severity: 'warning',
        },
      ],
    });
  });
});

describe('many problems at once', () => {
  it('reports every error in file order, not just the first', () => {
    const d = copy();
    d.relations[5].source = 'nobody-at-all';
    d.actors.push({ ...d.actors[0] });
    d.sources[0].published = '2024/2023';
    const result = validateDataset(d);
    const paths = errorsOf(result.ok ? [] : result.problems).map((p) => p.path);
    expect(paths).toEqual(['sources[0].published', 'actors[6].id', 'relations[5].source']);
  });

  it('names no file when none is given', () => {
    const d = copy();
    d.relations[5].source = 'nobody-at-all';
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => p.file)).toEqual([undefined]);
  });
});

describe('parseDatasetJson', () => {
  it('gives the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "faultline-dataset/1",\n  "id": "x",\n}\n';
    expect(parseDatasetJson(text, { file: FILE })).toEqual({
      ok: false,
      problems: [
        {
          file: FILE,
          line: 3,
          column: 12,
          message: 'is not valid JSON: a comma before "}": JSON allows no trailing comma',
          severity: 'error',
        },
      ],
    });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseDatasetJson(`\uFEFF${fixture('valid.json')}`).ok).toBe(true);
  });

  it('validates what it parsed', () => {
    const result = parseDatasetJson('[]', { file: FILE });
    expect(result).toEqual({
      ok: false,
      problems: [{ file: FILE, scope: 'file', message: 'must be an object, not a list', severity: 'error' }],
    });
  });
});

describe('assertDataset', () => {
  it('returns a valid dataset', () => {
    expect(assertDataset(copy())).toEqual(base);
  });

  it('throws a DatasetError carrying the errors', () => {
    const d = copy();
    d.relations[3].type = 'bombing';
    let error: unknown;
    try {
      assertDataset(d, { file: FILE });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetError);
    const problems = (error as DatasetError).problems;
    expect(problems.map((p) => p.path)).toEqual(['relations[3].type']);
    expect((error as DatasetError).message).toMatch(
      /^example\.json: relations\[3\]\.type \(relation "group-b-attacks-b"\): "bombing" is not a relation type/,
    );
  });
});
