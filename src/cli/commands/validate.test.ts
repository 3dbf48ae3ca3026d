// `faultline validate` as a child process: its verdict, its problems with their places, and its exit statuses.
import { describe, expect, it } from 'vitest';
import { FIXTURES, faultline } from './cli-run.test-support';

describe('faultline validate', () => {
  it('says a foreign file loads, with its counts, and exits 0', () => {
    const run = faultline('validate', `${FIXTURES}/dynamic.gexf`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('dynamic.gexf: ok: gexf, 2 actors, 4 relations, 1 source (2 warnings)\n');
    expect(run.stderr).toContain('warning: dynamic.gexf:52:7: evidence (relation "e-2"): has no evidence');
  });

  it('lists the problems with their places and exits 1 when the file does not load', () => {
    const run = faultline(
      'validate',
      `${FIXTURES}/gephi-edges.csv`,
      '--actors',
      `${FIXTURES}/static.graphml`,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('error: static.graphml:2: the row gives neither an id nor a name');
    expect(run.stdout).toBe(
      'gephi-edges.csv: does not load: 41 errors; the valid part has 3 actors and 4 relations (41 records left out)\n',
    );
  });

  it('exits 2 on a usage error, and 0 with --help', () => {
    const missing = faultline('validate', 'no-such-file.csv');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file: no-such-file.csv');
    const help = faultline('validate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: faultline validate <file>');
  });
});
