// `faultline analyse`, run in-process with a capturing CommandIo: usage errors (exit 2), a file that does not
// load (exit 1), and the bundled dataset read as the explorer reads it — the ranking and the Pakistan–Taliban
// government tie on 2026-02-27, the October 2025 strikes new between 2025-09-01 and 2025-11-01 (as the Compare
// tab lists them), what ended with the takeover of August 2021, CSV that parses back, and the Markdown report.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYSE_USAGE, runAnalyse } from './analyse';
import type { CommandIo } from './export';

const DATA = resolve(import.meta.dirname, '../../../graph-data/af-pak.json');
const dir = mkdtempSync(join(tmpdir(), 'faultline-analyse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function analyse(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => void (out += t), err: (t) => void (err += t) };
  const status = await runAnalyse(argv, io);
  return { status, out, err };
}

interface Json {
  ranking: {
    id: string;
    label: string;
    degree: number;
    hostile: number;
    mediation: number;
    betweenness: number;
  }[];
  mediators: { mediator: string; parties: string[]; partyLabels: string[]; weight: number; reason: string }[];
  tensions: { kind: string; actors: string[]; ties: { a: string; b: string; weight: number }[] }[];
  path: { found: boolean; actors: { id: string }[]; hops: { relation: string; type: string }[] } | null;
  changes?: {
    added: { relation: string; edge: string; type: string; status: string; when: string }[];
    ended: { relation: string }[];
    signChanges: { aLabel: string; bLabel: string; before: string; after: string; flipped: boolean }[];
  };
}

const json = async (...argv: string[]): Promise<Json> => {
  const run = await analyse(DATA, '--format', 'json', ...argv);
  expect(run.err).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.out) as Json;
};

describe('faultline analyse: the command line', () => {
  it.each<[string, string[], RegExp]>([
    ['no dataset', ['--date', '2026-02-27'], /give exactly one dataset file/],
    ['two datasets', [DATA, DATA, '--date', '2026-02-27'], /give exactly one dataset file/],
    ['no view', [DATA], /give --date or --window/],
    ['both views', [DATA, '--date', '2026-02-27', '--window', '2026-02-01..2026-02-27'], /not both/],
    ['a month for a date', [DATA, '--date', '2026-02'], /--date wants a day, YYYY-MM-DD: "2026-02"/],
    ['a day that does not exist', [DATA, '--date', '2026-02-30'], /--date wants a day/],
    [
      'memory with a window',
      [DATA, '--window', '2026-02-01..2026-02-27', '--memory', '5'],
      /--memory goes with --date or --compare/,
    ],
    ['a memory in fractions', [DATA, '--date', '2026-02-27', '--memory', '1.5'], /whole number of days/],
    ['a window of one day', [DATA, '--window', '2026-02-01'], /--window wants two days/],
    ['a window backwards', [DATA, '--window', '2026-02-27..2026-02-01'], /2026-02-27 is after 2026-02-01/],
    [
      'a comparison with a day after a window',
      [DATA, '--window', '2026-02-01..2026-02-27', '--compare', '2026-03-01'],
      /--compare wants a day before the view's last day: "2026-03-01"/,
    ],
    [
      'a comparison with the same day',
      [DATA, '--date', '2025-11-01', '--compare', '2025-11-01'],
      /--compare wants a day before/,
    ],
    [
      'a window to compare with',
      [DATA, '--date', '2025-11-01', '--compare', '2025-09-01..2025-09-30'],
      /--compare wants a day/,
    ],
    [
      'a path of one actor',
      [DATA, '--date', '2026-02-27', '--path', 'pakistan'],
      /--path wants two actor ids/,
    ],
    [
      'a path to nobody',
      [DATA, '--date', '2026-02-27', '--path', 'pakistan,atlantis'],
      /no actor "atlantis" in af-pak.json/,
    ],
    ['--via alone', [DATA, '--date', '2026-02-27', '--via', 'cooperative'], /--via goes with --path/],
    [
      'an unknown --via',
      [DATA, '--date', '2026-02-27', '--path', 'pakistan,qatar', '--via', 'friendly'],
      /--via is any or cooperative/,
    ],
    ['an unknown format', [DATA, '--date', '2026-02-27', '--format', 'xml'], /--format is md, json or csv/],
    [
      '--table without csv',
      [DATA, '--date', '2026-02-27', '--table', 'tensions'],
      /--table goes with --format csv/,
    ],
    [
      'an unknown table',
      [DATA, '--date', '2026-02-27', '--format', 'csv', '--table', 'actors'],
      /--table is one of/,
    ],
    [
      'changes without --compare',
      [DATA, '--date', '2026-02-27', '--format', 'csv', '--table', 'changes'],
      /needs --compare/,
    ],
    ['an unknown option', [DATA, '--date', '2026-02-27', '--colour'], /Unknown option '--colour'/],
    ['a missing file', [join(dir, 'none.json'), '--date', '2026-02-27'], /no such file/],
  ])('refuses %s with exit 2 and the usage', async (_, argv, message) => {
    const run = await analyse(...argv);
    expect(run.status).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(message);
    expect(run.err).toContain(ANALYSE_USAGE);
  });

  it('prints the usage with --help and exits 0', async () => {
    expect(await analyse('--help')).toEqual({ status: 0, out: `${ANALYSE_USAGE}\n`, err: '' });
  });

  it('exits 1 with the problems of a dataset that does not load', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ format: 'faultline-dataset/1', id: 'bad', actors: [], relations: [{}] }),
    );
    const run = await analyse(bad, '--date', '2026-02-27');
    expect(run.status).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^error: /);
    expect(run.err).toContain('bad.json: does not load');
  });
});

describe('faultline analyse on the bundled dataset', () => {
  it('ranks Pakistan, the TTP and the Taliban government first on 2026-02-27, Pakistan and the government at war', async () => {
    const report = await json('--date', '2026-02-27', '--path', 'pakistan,taliban-government');
    expect(report.ranking.slice(0, 3).map((r) => [r.id, r.degree, r.hostile, r.mediation])).toEqual([
      ['pakistan', 52, 36, 7],
      ['ttp', 18, 9, 1],
      ['taliban-government', 44, 26, 8],
    ]);
    // The pair's 22 hostile relations live that day (events of the last 30 days) outweigh the truce pauses:
    // −40 + 2 = −38, alleged ones included.
    const tie = report.tensions[0]!.ties.find((t) => t.a === 'pakistan' && t.b === 'taliban-government');
    expect(tie?.weight).toBe(-38);
    expect(report.mediators.map((m) => [m.mediator, m.weight])).toEqual([
      ['china', -38],
      ['qatar', -38],
      ['saudi-arabia', -38],
      ['taliban-government', -13],
      ['turkiye', -38],
    ]);
    expect(report.mediators[1]!.reason).toBe(
      'mediates between Pakistan and Afghan Taliban government, which are in conflict at this date',
    );
    expect(report.path?.actors.map((a) => a.id)).toEqual(['pakistan', 'taliban-government']);
    // The hop is made by the most intense live relation, the earliest of them: the clashes from October 2025.
    expect(report.path?.hops[0]?.relation).toBe('pakistan-taliban-government-clash-2025');
  });

  it('leaves alleged relations out with --no-alleged, as the explorer’s filter does', async () => {
    const report = await json('--date', '2026-02-27', '--no-alleged');
    // The alleged relations of the pair weigh −6 that day.
    expect(report.mediators.map((m) => m.weight)).toEqual([-32, -32, -32, -10, -32]);
    expect(report.ranking.find((r) => r.id === 'pakistan')?.hostile).toBe(32);
  });

  it('goes round the war by cooperative ties with --via cooperative', async () => {
    const report = await json('--date', '2026-02-27', '--path', 'qatar,ttp', '--via', 'cooperative');
    expect(report.path?.actors.map((a) => a.id)).toEqual(['qatar', 'taliban-government', 'ttp']);
    expect(report.path?.hops.map((h) => h.type)).toEqual(['mediation', 'alliance']);
  });

  it('lists the October 2025 Pakistani strikes as new from 2025-09-01 to 2025-11-01, and once they faded', async () => {
    for (const date of ['2025-11-01', '2026-01-15']) {
      const report = await json('--date', date, '--compare', '2025-09-01');
      for (const target of ['taliban-government', 'ttp']) {
        expect(report.changes!.added).toContainEqual(
          expect.objectContaining({
            relation: `pakistan-attack-${target}-2025-10-09`,
            edge: `pakistan-attack-${target}-2025-10-09`,
            type: 'attack',
            status: 'reported',
            when: '2025-10-09',
          }),
        );
      }
      expect(report.changes!.ended).toEqual([]);
    }
    // Events do not end: the strikes, live on 1 November, have aged out of the memory by mid-January unlisted.
    const winter = await json('--date', '2026-01-15', '--compare', '2025-11-01');
    expect(winter.changes!.ended).toEqual([]);
    expect(winter.changes!.added.map((a) => a.relation)).not.toContain('pakistan-attack-ttp-2025-10-09');
    const november = await json('--date', '2025-11-01', '--compare', '2025-09-01');
    expect(november.changes!.added.map((a) => a.edge)).toContain('qatar-mediation-2025-10-19~pakistan');
    expect(november.changes!.signChanges).toContainEqual({
      a: 'qatar',
      aLabel: 'Qatar',
      b: 'taliban-government',
      bLabel: 'Afghan Taliban government',
      before: 'none',
      after: 'positive',
      weightBefore: 0,
      weightAfter: 1,
      flipped: false,
    });
  });

  it('ends the insurgency’s lasting relations with the takeover of August 2021', async () => {
    const report = await json('--date', '2021-09-01', '--compare', '2021-08-01');
    const ended = report.changes!.ended.map((e) => e.relation);
    expect(ended).toContain('taliban-rivalry-kabul-government');
    expect(ended).toContain('isi-support-taliban-2001-2021');
    expect(report.changes!.added.map((a) => a.relation)).toContain('taliban-government-alliance-ttp');
  });

  it('reads a window from its first day’s start to its last day’s end', async () => {
    const october = await json('--window', '2025-10-01..2025-10-31');
    expect(october.mediators.map((m) => m.mediator)).toEqual([
      'qatar',
      'saudi-arabia',
      'taliban-government',
      'turkiye',
    ]);
    expect(october.mediators[0]!.reason).toMatch(/in conflict in this window$/);
    // The Doha mediation of 19 October is in a window that ends that day, and not in one that starts the next.
    const [until19, from20] = [
      await json('--window', '2025-10-10/2025-10-19'),
      await json('--window', '2025-10-20..2025-10-31'),
    ];
    expect(until19.mediators.map((m) => m.mediator)).toContain('qatar');
    expect(from20.mediators.map((m) => m.mediator)).not.toContain('qatar');
  });

  it.each<[string, string[], number]>([
    ['ranking', ['--date', '2026-02-27'], 21],
    ['tensions', ['--date', '2026-02-27'], 6],
    ['mediators', ['--date', '2026-02-27'], 5],
    ['changes', ['--date', '2025-11-01', '--compare', '2025-09-01'], 19 + 3],
  ])('writes the %s table as CSV that parses back with a row per line', async (table, argv, rows) => {
    const run = await analyse(DATA, ...argv, '--format', 'csv', '--table', table);
    expect(run.status).toBe(0);
    const parsed = Papa.parse<string[]>(run.out.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(rows + 1);
    const width = parsed.data[0]!.length;
    expect(parsed.data.every((row) => row.length === width)).toBe(true);
    const report = await json(...argv);
    if (table === 'ranking')
      expect(parsed.data.slice(1).map((r) => r[1])).toEqual(report.ranking.map((r) => r.id));
    if (table === 'mediators') expect(parsed.data[1]).toContain(report.mediators[0]!.reason);
  });

  it('writes every section as Markdown by default', async () => {
    const run = await analyse(
      DATA,
      '--date',
      '2026-02-27',
      '--path',
      'india,qatar',
      '--compare',
      '2026-02-01',
    );
    expect(run.status).toBe(0);
    const headings = run.out.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Afghanistan–Pakistan conflict',
      '## Ranking',
      '## Balance',
      '## Tensions',
      '## Mediators',
      '## Path from India to Qatar',
      '## Changes from 2026-02-01 to 2026-02-27',
      '### New relations',
      '### Ended relations',
      '### Pairs whose net tie changed sign',
    ]);
    expect(run.out).toContain('| 1 | Pakistan | 0.480 | 85 | 52 | 9 | 36 | 7 |');
    expect(run.out).toContain('| 9 | 3 | 6 | 0.333 | 0 | 3 | 5 | 1 |');
  });
});
