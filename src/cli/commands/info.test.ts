// `faultline info`: counts, time span and types of a foreign file, as text and as JSON; run in-process, and once
// as the installed command (bin/faultline.mjs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, faultline, runCli } from './cli-run.test-support';

const dir = mkdtempSync(join(tmpdir(), 'faultline-info-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faultline info', () => {
  it('tells counts, the time span and the types, with the file’s own type names, as a child process', () => {
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

  it('tells, per status and per kind of voice, how many relations of the bundled dataset rest on what', async () => {
    const text = await runCli('info', 'graph-data/af-pak.json');
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
    const run = await runCli('info', 'graph-data/af-pak.json', '--json');
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

  it('gives the same as JSON with --json, and exits 1 on a file that does not load', async () => {
    const run = await runCli(
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
    const bad = await runCli('info', `${FIXTURES}/actors.csv`);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: actors\.csv/m);
    expect(bad.stderr).toContain('actors.csv: does not load\n');
  });

  it('gives date-times where the span has a time of day (alpha’s first spell, 08:00 at +01:00)', async () => {
    const run = await runCli('info', `${FIXTURES}/dynamic.gexf`, '--json');
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { span: unknown }).span).toEqual({
      start: '2020-03-01T07:00:00Z',
      end: '2020-03-03T17:00:00Z',
    });
  });

  it('exits 2 without a file', async () => {
    const run = await runCli('info');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('faultline info: give exactly one file');
  });

  it('lists the XML elements the reader passed over, with the first one’s place', async () => {
    const file = join(dir, 'stray.graphml');
    writeFileSync(
      file,
      '<graphml>\n<graph><node id="a"/><node id="b"/><edge source="a" target="b"/>\n<nodes/><nodes/></graph></graphml>',
    );
    const run = await runCli('info', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('elements not read:\n  <nodes> inside <graph> × 2 (the first at 3:1)\n');
    const json = JSON.parse((await runCli('info', '--json', file)).stdout) as { skipped: unknown };
    expect(json.skipped).toEqual([{ name: 'nodes', parent: 'graph', count: 2, line: 3, column: 1 }]);
  });
});
