// `validate-data` on the fixture files: the exact lines it prints and the exit code, for each kind of mistake a
// person editing a dataset makes; run in-process through main(), and once as `npm run validate-data` runs it (tsx,
// a child process) to prove the script's wiring and exit status.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from './validate-data';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = 'src/model/dataset/__fixtures__';

function run(...args: string[]): { status: number; stdout: string[]; stderr: string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = main(args, { out: (line) => stdout.push(line), err: (line) => stderr.push(line) });
  return { status, stdout, stderr: stderr.join('\n') };
}

// prettier-ignore
const broken: [string, string[]][] = [
  ['broken-unknown-actor.json', ['relations[1].target (relation "b-accuses-a"): "state-c" is not an actor of this dataset; did you mean "state-a"?']],
  ['broken-bad-date.json', ['relations[1].when (relation "b-accuses-a"): "2024-02-30" is not a valid EDTF date or interval: the date does not exist (2024-02 has 29 days)']],
  ['broken-event-too-long.json', ['relations[2].when (relation "group-b-attacks-b"): "2023-12/2024-02" spans 91 days, but attack is an event, which lasts at most 42 days: give the date it happened, or use a lasting type']],
  ['broken-duplicate-id.json', ['actors[2].id (actor "state-b"): the id "state-b" is already used by actors[1]; every actor needs its own id']],
  ['broken-lasting-not-interval.json', ['relations[0].when (relation "a-b-rivalry"): "1998" is a single date, but rivalry is a lasting relation: give an interval ("start/end", with ".." for an end that is still open and nothing for an end not known)']],
  ['broken-asserted-on-reported.json', ['relations[1].assertedBy (relation "b-accuses-a"): only an alleged relation names who asserts it; this one is "reported" (make it "alleged" or drop assertedBy)']],
  ['broken-missing-evidence.json', ['relations[2].evidence (relation "group-b-attacks-b"): has no evidence: every relation needs at least one {source, quote}']],
  ['broken-unknown-type.json', ['relations[2].type (relation "group-b-attacks-b"): "bombing" is not a relation type; use one of alliance, ties, support, affiliation, rivalry, talks, hosting, offer, mediation, agreement, pause, endorsement, demand, accusation, condemnation, threat, coercion, attack, clash, or declare it in relationTypes']],
  ['broken-unknown-source.json', ['relations[1].evidence[0].source (relation "b-accuses-a"): "src-gazete" is not a source of this dataset; did you mean "src-gazette"?']],
  ['broken-misspelt-field.json', ['relations[1].summary (relation "b-accuses-a"): is missing (text is required)', 'relations[1] (relation "b-accuses-a"): has a field the format does not know: "sumary"; keep values Faultline does not use under "attributes"']],
  ['broken-part-of-cycle.json', ['actors[0].partOf (actor "state-a"): partOf goes round in a circle (state-a → agency-a → state-a); an actor cannot be part of itself']],
  ['broken-after-sources.json', ['relations[2].when (relation "group-b-attacks-b"): "2024-03" runs to 31 March 2024, after 2 March 2024, when the latest of its sources ("src-gazette") was published: a source cannot report what came after it; narrow the date to end by then (for example "2024-03-01/2024-03-02")']],
  ['broken-recorded-twice.json', ['relations[3] (relation "b-a-rivalry"): records the same rivalry between state-a and state-b as relations[0] ("a-b-rivalry") over overlapping dates ("1998/.." and "2010/.."): make them one relation carrying the passages of both']],
  ['broken-alleged-unnamed.json', ['relations[2].status (relation "group-b-attacks-b"): an alleged relation must name who alleges it: list the actors in "assertedBy", or say whose claim a passage carries ("claim": {"by": "party", "name": "…"})']],
  ['broken-reported-side-only.json', ['relations[1].evidence (relation "b-accuses-a"): every passage is the word of a side of the relation (state-b), as in "On Friday State B accused State A of sheltering the leaders…": a reported relation needs at least one passage in the author\'s own voice or from a party that is not a side; make it "alleged" or cite such a passage']],
  ['broken-reversed-interval.json', ['actors[2].when (actor "group-b"): "2001/1995" is not a valid EDTF date or interval: the end must be later than the start']],
];

describe('validate-data', () => {
  it.each(broken)('%s: exit 1 and the problem, in place', (name, problems) => {
    const file = `${FIXTURES}/${name}`;
    const summary = `${file}: ${problems.length} error${problems.length === 1 ? '' : 's'}`;
    expect(run(file)).toMatchObject({
      status: 1,
      stdout: [...problems.map((p) => `${file}: ${p}`), summary],
    });
  });

  it('gives the line and column of a JSON syntax error', () => {
    const file = `${FIXTURES}/broken-syntax.json`;
    expect(run(file)).toMatchObject({
      status: 1,
      stdout: [`${file}:59:27: is not valid JSON: a "," is missing after a field`, `${file}: 1 error`],
    });
  });

  it('exits 0 on a valid dataset, with its counts', () => {
    const file = `${FIXTURES}/valid.json`;
    expect(run(file)).toMatchObject({ status: 0, stdout: [`${file}: 6 actors, 8 relations, 2 sources: ok`] });
  });

  it('validates several files and fails if any fails, as a child process', () => {
    const valid = `${FIXTURES}/valid.json`;
    const broken = `${FIXTURES}/broken-missing-evidence.json`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/validate-data.ts', valid, broken],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    const { status } = child;
    const stdout = child.stdout.split('\n').filter(Boolean);
    expect(status).toBe(1);
    expect(stdout[0]).toBe(`${valid}: 6 actors, 8 relations, 2 sources: ok`);
    expect(stdout.at(-1)).toBe(`${broken}: 1 error`);
  });

  it('with --allow-unsourced, a relation without evidence is a warning', () => {
    const file = `${FIXTURES}/broken-missing-evidence.json`;
    expect(run('--allow-unsourced', file)).toMatchObject({
      status: 0,
      stdout: [
        `warning: ${file}: relations[2].evidence (relation "group-b-attacks-b"): has no evidence: it will be shown as unsourced`,
        `${file}: 3 actors, 3 relations, 1 source: ok (1 warning)`,
      ],
    });
  });

  it.each([
    [['--strict'], 'validate-data: unknown option --strict'],
    [[`${FIXTURES}/no-such-file.json`], `validate-data: no such file: ${FIXTURES}/no-such-file.json`],
    [[FIXTURES], `validate-data: not a file: ${FIXTURES}`],
  ])('exits 2 on a usage error: %s', (args, message) => {
    const { status, stdout, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run validate-data');
  });
});
