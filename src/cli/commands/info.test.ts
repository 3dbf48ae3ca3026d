// `faultline info` as a child process: counts, time span and types of a foreign file, as text and as JSON.
import { describe, expect, it } from 'vitest';
import { FIXTURES, faultline } from './cli-run.test-support';

describe('faultline info', () => {
  it('tells counts, the time span and the types, with the file’s own type names', () => {
    const run = faultline('info', `${FIXTURES}/years.gexf`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        'years.gexf: Years (gexf)',
        'actors: 3, relations: 4, sources: 0',
        'time span: 2001-01-01 – 2005-12-31',
        'relation types:',
        '  alliance                   2  Alliance (built-in, cooperative, lasting)',
        '  clash                      1  Clash (built-in, hostile, event)',
        '  supply-route               1  Supply route (declared, cooperative, event)',
        'types as the file names them:',
        '  "clash" × 1',
        '  "Supply route" × 1',
        '  "alliance" × 2',
        'who says so (relations with a passage of each kind; "alone": only parties or reports; "none": no passage):',
        '  status    relations   author    party   report unstated    alone     none',
        '  reported          3        0        0        0        0        0        3',
        '  alleged           1        0        0        0        0        0        1',
        'confidence: 0 high, 0 moderate, 0 low, 4 not stated',
        'inference notes: 0 on the date, 0 on the type, 0 on the parties',
        'graded passages: 0 of 0 with a reliability, 0 with a credibility',
        '',
      ].join('\n'),
    );
  });

  it('tells, per status and per kind of voice, how many relations of the bundled dataset rest on what', () => {
    const text = faultline('info', 'graph-data/af-pak.json');
    expect(text.status).toBe(0);
    const table = text.stdout.split('\n').filter((l) => /^ {2}(status|reported|alleged) /.test(l));
    expect(table[0]!.trim().split(/\s+/)).toEqual([
      'status',
      'relations',
      'author',
      'party',
      'report',
      'unstated',
      'alone',
      'none',
    ]);
    const run = faultline('info', 'graph-data/af-pak.json', '--json');
    const info = JSON.parse(run.stdout) as {
      counts: { relations: number };
      sourcing: {
        byStatus: Record<
          string,
          { relations: number; resting: Record<string, number>; noAuthor: number; unsourced: number }
        >;
      };
    };
    const { reported, alleged } = info.sourcing.byStatus;
    expect(reported!.relations + alleged!.relations).toBe(info.counts.relations);
    // The text table shows the same numbers as the JSON.
    for (const [line, s] of [
      [table[1]!, reported!],
      [table[2]!, alleged!],
    ] as const) {
      expect(line.trim().split(/\s+/).slice(1).map(Number)).toEqual([
        s.relations,
        s.resting.author!,
        s.resting.party!,
        s.resting.report!,
        s.resting.unstated!,
        s.noAuthor,
        s.unsourced,
      ]);
    }
    // Every relation of the bundled dataset says whose claim its passages carry; every alleged one names a claimant.
    expect(reported!.resting.unstated! + alleged!.resting.unstated!).toBe(0);
    expect(alleged!.resting.party! + alleged!.resting.report!).toBeGreaterThanOrEqual(alleged!.relations);
  });

  it('gives the same as JSON with --json, and exits 1 on a file that does not load', () => {
    const run = faultline(
      'info',
      `${FIXTURES}/relations.csv`,
      '--actors',
      `${FIXTURES}/actors.csv`,
      '--json',
    );
    expect(run.status).toBe(0);
    const info = JSON.parse(run.stdout) as { counts: unknown; span: unknown; types: { id: string }[] };
    expect(info.counts).toEqual({ actors: 3, relations: 3, sources: 1 });
    expect(info.span).toEqual({ start: '1990-01-01', end: '2010-12-31' });
    expect(info.types.map((t) => t.id)).toEqual(['alliance', 'talks', 'trade-pact']);
    expect(faultline('info', `${FIXTURES}/actors.csv`).status).toBe(1);
  });
});
