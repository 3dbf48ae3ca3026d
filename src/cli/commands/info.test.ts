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
        '',
      ].join('\n'),
    );
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
