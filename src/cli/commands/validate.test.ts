// `faultline validate`: its verdict, its problems with their places, and its exit statuses; run in-process, and
// once as the installed command (bin/faultline.mjs) to prove the wiring, the streams and the exit status.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, faultline, runCli } from './cli-run.test-support';

const dir = mkdtempSync(join(tmpdir(), 'faultline-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of these bytes in the test's folder; its path. */
function written(name: string, bytes: readonly number[] | string): string {
  const path = join(dir, name);
  writeFileSync(path, typeof bytes === 'string' ? bytes : Uint8Array.from(bytes));
  return path;
}

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

  it('gives the verdict and every problem with its place as JSON with --json, the same exit status', async () => {
    const broken = written('broken.csv', 'Source,Target,When\nKābul,Bāmiyān,"2024\n');
    const bad = await runCli('validate', broken, '--json');
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual({
      file: 'broken.csv',
      ok: false,
      errors: 1,
      warnings: 0,
      problems: [
        {
          severity: 'error',
          file: 'broken.csv',
          line: 2,
          column: 15,
          byte: 36,
          message: 'a quoted cell opened here is never closed (a " is missing)',
        },
      ],
    });
    // A byte that is not UTF-8, in a file without the mark: read as Windows-1252, the warning placed by its byte.
    const latin = written('latin.csv', [...Buffer.from('Source,Target\nK'), 0xe2, ...Buffer.from('bul,B\n')]);
    const ok = await runCli('validate', latin, '--json');
    expect(ok.status).toBe(0);
    const verdict = JSON.parse(ok.stdout) as { ok: boolean; format: string; problems: unknown[] };
    expect([verdict.ok, verdict.format]).toEqual([true, 'csv']);
    expect(verdict.problems).toContainEqual({
      severity: 'warning',
      file: 'latin.csv',
      byte: 15,
      message:
        'the file is not UTF-8 (0xe2 here is not UTF-8); it was read as Windows-1252 (Western European): check accented letters',
    });
    // The same warning as a line names the byte as its place.
    const text = await runCli('validate', latin);
    expect(text.stderr).toContain('warning: latin.csv: byte 15: the file is not UTF-8 (0xe2 here');
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
