// `faultline export`: the bytes it writes for each kind of request, its view filtering, its exit statuses and
// messages, and the image arguments it refuses before any browser starts; run in-process, and once as the
// installed command (bin/faultline.mjs). Rendering an image needs the built app and Chromium: e2e/cli-image.spec.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { csvTables } from '../../io/export/csv';
import { FIXTURE } from '../../io/export/fixture';
import { writeGexf } from '../../io/export/gexf';
import { checkGexf } from '../../io/export/gexf-rules';
import { writeGraphml } from '../../io/export/graphml';
import { writeJson } from '../../io/export/json';
import { faultline, runCli } from './cli-run.test-support';

const dir = mkdtempSync(join(tmpdir(), 'faultline-export-'));
const dataset = join(dir, 'fixture.json');
writeFileSync(dataset, writeJson(FIXTURE));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faultline export', () => {
  it('writes the whole dataset as GEXF, the bytes the writer gives, keeping the GEXF rules', async () => {
    const out = join(dir, 'all.gexf');
    const run = await runCli('export', dataset, '--format', 'gexf', '-o', out);
    expect(run.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(writeGexf(FIXTURE));
    expect(checkGexf(written)).toEqual([]);
  });

  it('writes JSON that is the input, byte for byte, to standard output, as a child process', () => {
    const run = faultline('export', dataset, '--format', 'json', '-o', '-');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(readFileSync(dataset, 'utf8'));
  });

  it('writes the snapshot at a date: lasting relations holding then, events of the last --memory days', async () => {
    const edgeIds = async (memory: string): Promise<string[]> => {
      const run = await runCli(
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
      // GraphML edge ids are NMTOKENs: `relation.target` for one target of several.
      return [...run.stdout.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]!);
    };
    expect(await edgeIds('30')).toEqual([
      'alpha-beta-rivalry',
      'gamma-mediates-2025-10.alpha',
      'gamma-mediates-2025-10.beta',
      'alpha-army-strikes-beta',
      'beta-threatens-gamma',
    ]);
    // With a one-day memory the strike of 9 October is gone by the 12th; the talks of 11-15 October are on, and
    // so is the threat made some time in September or October.
    expect(await edgeIds('1')).toEqual([
      'alpha-beta-rivalry',
      'gamma-mediates-2025-10.alpha',
      'gamma-mediates-2025-10.beta',
      'beta-threatens-gamma',
    ]);
  });

  it('writes the CSV tables of a window as a zip', async () => {
    const out = join(dir, 'november.zip');
    const run = await runCli(
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
    expect(Object.keys(files).sort()).toEqual([
      'actors.csv',
      'dataset.csv',
      'evidence.csv',
      'relations.csv',
      'sources.csv',
    ]);
  });

  it.each([
    [['--format', 'xlsx'], 'unknown format "xlsx"'],
    [
      ['--format', 'gexf', '--date', '2025-10-12', '--window', '2025-10-01/2025-10-31'],
      'give --date or --window, not both',
    ],
    [['--format', 'gexf', '--memory', '3'], '--memory goes with --date'],
    [
      ['--format', 'gexf', '--date', '2025-10-12', '--memory', '1.5'],
      '--memory wants a whole number of days: "1.5"',
    ],
    [
      ['--format', 'gexf', '--date', '2025-10-01/2025-10-31'],
      '--date wants one date: "2025-10-01/2025-10-31"',
    ],
    [['--format', 'gexf', '--window', '2025-10'], '--window wants two dates, A/B: "2025-10"'],
    [['--format', 'gexf', '--date', '2025-13-02'], '--date: '],
    [['--format', 'gexf', '--table', 'actors'], '--table goes with --format csv'],
    [
      ['--format', 'csv', '--table', 'people'],
      '--table is one of relations, actors, sources, evidence, not "people"',
    ],
    [['--format', 'png', '--kumu'], '--kumu goes with --format csv'],
    [['--format', 'csv', '--edges', 'mixed'], '--edges goes with --format gexf or graphml'],
    [
      ['--format', 'graphml', '--edges', 'both'],
      '--edges is one of auto, directed, undirected, mixed, not "both"',
    ],
    [[], '--format is required'],
    [['--format', 'png', '--scale', '9'], '--scale: Too big'],
    [['--format', 'png', '--range', '2025-10-01/2025-10-31'], '--range goes with --format gif or webm'],
    [['--format', 'svg', '--scale', '2'], '--scale goes with --format png or jpeg'],
    [['--format', 'svg', '--omit', 'legend,footer'], '--omit: "footer" is not a part'],
    [['--format', 'pdf', '--date', '2025-10'], '--date wants a day, YYYY-MM-DD: "2025-10"'],
    [['--format', 'png', '--window', '2025-10-01'], '--window wants two days, A/B: "2025-10-01"'],
    [['--format', 'gif'], '--range wants two days, A/B'],
    [['--format', 'png', '--background', 'pink'], '--background'],
    [['--format', 'png', '--width', 'wide'], '--width wants a number: "wide"'],
    [['--format', 'png', '-o', '-'], '-o - writes text: only SVG is text'],
  ])('refuses %j with exit 2 and the usage, before reading the file', async (args, message) => {
    const run = await runCli('export', join(dir, 'not-there.json'), ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`faultline export: ${message}`);
    expect(run.stderr).toContain('Usage: faultline export <dataset>');
  });

  it('writes one CSV table with --table, with Kumu’s From/To with --kumu', async () => {
    const run = await runCli(
      'export',
      dataset,
      '--format',
      'csv',
      '--table',
      'relations',
      '--kumu',
      '-o',
      '-',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(csvTables(FIXTURE, { headers: 'kumu' })['relations.csv']);
    expect(run.stdout.split('\r\n')[0]).toMatch(/^\uFEFFId,From,To,/);
  });

  it.each(['gexf', 'graphml'] as const)('writes %s with the graph kind --edges asks for', async (format) => {
    const run = await runCli('export', dataset, '--format', format, '--edges', 'mixed', '-o', '-');
    expect(run.status).toBe(0);
    const write = format === 'gexf' ? writeGexf : writeGraphml;
    expect(run.stdout).toBe(write(FIXTURE, { edges: 'mixed' }));
    expect(run.stdout).not.toBe(write(FIXTURE));
  });

  it('exits 2 when asked to write the zip of CSV tables to standard output', async () => {
    const run = await runCli('export', dataset, '--format', 'csv', '-o', '-');
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toContain('faultline export: -o - writes text; a zip needs a file name');
  });

  it('exits 2 naming a dataset file that is not there', async () => {
    const run = await runCli('export', join(dir, 'not-there.json'), '--format', 'gexf');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`faultline export: no such file: ${join(dir, 'not-there.json')}`);
  });

  it('names the file, the place and the problem when the dataset is wrong', async () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, writeJson(FIXTURE).replace('"when": "2025-11-02"', '"when": "2025-13-02"'));
    const run = await runCli('export', broken, '--format', 'gexf', '-o', join(dir, 'never.gexf'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^error: broken\.json.*relations\[4\]\.when.*alpha-closes-border.*2025-13-02/m,
    );
  });
});
