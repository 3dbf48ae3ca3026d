// `faultline export` run as a child process, as scripts and servers run it: the bytes it writes for each kind
// of request, its view filtering, and its exit statuses and messages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { csvTables } from '../../io/export/csv';
import { FIXTURE } from '../../io/export/fixture';
import { writeGexf } from '../../io/export/gexf';
import { checkGexf } from '../../io/export/gexf-rules';
import { writeJson } from '../../io/export/json';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'faultline-export-'));
const dataset = join(dir, 'fixture.json');
writeFileSync(dataset, writeJson(FIXTURE));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function faultline(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('faultline export', () => {
  it('writes the whole dataset as GEXF, the bytes the writer gives, keeping the GEXF rules', () => {
    const out = join(dir, 'all.gexf');
    const run = faultline('export', dataset, '--format', 'gexf', '-o', out);
    expect(run.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(writeGexf(FIXTURE));
    expect(checkGexf(written)).toEqual([]);
  });

  it('writes JSON that is the input, byte for byte', () => {
    const run = faultline('export', dataset, '--format', 'json', '-o', '-');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(dataset, 'utf8'));
  });

  it('writes the snapshot at a date: lasting relations holding then, events of the last --memory days', () => {
    const edgeIds = (memory: string): string[] => {
      const run = faultline(
        'export',
        dataset,
        '--format',
        'graphml',
        '--date',
        '2025-10-12',
        '--memory',
        memory,
        '-o',
        '-',
      );
      expect(run.status).toBe(0);
      return [...run.stdout.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]!);
    };
    expect(edgeIds('30')).toEqual([
      'alpha-beta-rivalry',
      'gamma-mediates-2025-10~alpha',
      'gamma-mediates-2025-10~beta',
      'alpha-army-strikes-beta',
      'beta-threatens-gamma',
    ]);
    // With a one-day memory the strike of 9 October is gone by the 12th; the talks of 11-15 October are on, and
    // so is the threat made some time in September or October.
    expect(edgeIds('1')).toEqual([
      'alpha-beta-rivalry',
      'gamma-mediates-2025-10~alpha',
      'gamma-mediates-2025-10~beta',
      'beta-threatens-gamma',
    ]);
  });

  it('writes the CSV tables of a window as a zip', () => {
    const out = join(dir, 'november.zip');
    const run = faultline(
      'export',
      dataset,
      '--format',
      'csv',
      '--window',
      '2025-11-01/2025-11-30',
      '-o',
      out,
    );
    expect(run.status).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const expected = csvTables(FIXTURE, { edgeKeys: ['alpha-beta-rivalry', 'alpha-closes-border'] });
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(files['relations.csv'])).toBe(
      expected['relations.csv'],
    );
    expect(Object.keys(files).sort()).toEqual(['actors.csv', 'evidence.csv', 'relations.csv', 'sources.csv']);
  });

  it.each([
    [['--format', 'png', '--scale', '9'], 2, '--scale: Too big'],
    [['--format', 'xlsx'], 2, 'unknown format "xlsx"'],
    [
      ['--format', 'gexf', '--date', '2025-10-12', '--window', '2025-10-01/2025-10-31'],
      2,
      'give --date or --window, not both',
    ],
  ])('answers %j with exit %i', (args, status, message) => {
    const run = faultline('export', dataset, ...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
  });

  it('names the file, the place and the problem when the dataset is wrong', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, writeJson(FIXTURE).replace('"when": "2025-11-02"', '"when": "2025-13-02"'));
    const run = faultline('export', broken, '--format', 'gexf', '-o', join(dir, 'never.gexf'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^error: broken\.json.*relations\[4\]\.when.*alpha-closes-border.*2025-13-02/m,
    );
  });
});
