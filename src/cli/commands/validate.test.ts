// `faultline validate`: its verdict, its problems with their places, and its exit statuses; run in-process, and
// once as the installed command (bin/faultline.mjs) to prove the wiring, the streams and the exit status.
import { describe, expect, it } from 'vitest';
import { FIXTURES, faultline, runCli } from './cli-run.test-support';

describe('faultline validate', () => {
  it('says a foreign file loads, with its counts, and exits 0', async () => {
    const run = await runCli('validate', `${FIXTURES}/dynamic.gexf`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('dynamic.gexf: ok: gexf, 2 actors, 4 relations, 1 source (2 warnings)\n');
    expect(run.stderr).toContain('warning: dynamic.gexf:52:7: evidence (relation "e-2"): has no evidence');
  });

  it('lists the problems with their places and exits 1 when the file does not load, as a child process', () => {
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

  it('lists the first 50 problems and counts the rest; --all lists every one', async () => {
    const args = ['validate', `${FIXTURES}/gephi-edges.csv`, '--actors', `${FIXTURES}/static.graphml`];
    const cut = await runCli(...args);
    expect(cut.status).toBe(1);
    const lines = (run: { stderr: string }) => run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(lines(cut).length).toBeLessThan(41);
    expect(cut.stderr).toMatch(/^… and \d+ more, among them \d+ × ".+" \(--all lists every one\)$/m);
    const all = await runCli(...args, '--all');
    expect(lines(all)).toHaveLength(41);
    expect(all.stderr).not.toContain('… and');
  });

  it('exits 2 on a usage error, and 0 with --help', async () => {
    const missing = await runCli('validate', 'no-such-file.csv');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file: no-such-file.csv');
    expect(missing.stderr).toContain('Usage: faultline validate <file>');
    const extra = await runCli('validate', 'a.csv', 'b.csv');
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('faultline validate: give exactly one file');
    const unknown = await runCli('validate', `${FIXTURES}/dynamic.gexf`, '--strcit');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--strcit'");
    const help = await runCli('validate', '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: faultline validate <file>');
  });
});

describe('faultline', () => {
  it('lists its commands with --help (exit 0), and exits 2 without a command or on an unknown one', async () => {
    const help = await runCli('--help');
    expect(help.status).toBe(0);
    for (const name of ['validate', 'info', 'convert', 'export'])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    const none = await runCli();
    expect(none).toMatchObject({ status: 2, stdout: '' });
    expect(none.stderr).toContain('Usage: faultline <command>');
    const unknown = await runCli('frobnicate');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('faultline: unknown command "frobnicate"');
  });
});
