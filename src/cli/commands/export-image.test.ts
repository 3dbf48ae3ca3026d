// `faultline export --format png|svg|…` run as a child process, as a script or a server would: it renders the
// given dataset file (not the bundled one) headless with the app's styles and writes the bytes; bad image
// arguments are refused with exit 2 before any browser starts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE } from '../../io/export/fixture';
import { svgTexts } from '../../io/export/figure/figure-fixture';
import { writeJson } from '../../io/export/json';
import { parseXml } from '../../io/export/xml-tree';

const ROOT = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'faultline-image-'));
const dataset = join(dir, 'fixture.json');
writeFileSync(dataset, writeJson(FIXTURE));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function faultline(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

/** PNG width and height from IHDR (bytes 16 and 20, big-endian), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('faultline export, images', () => {
  it('renders the given dataset at a date as SVG with its text, and as PNG at twice its size', () => {
    const svgFile = join(dir, 'view.svg');
    const svgRun = faultline(dataset, '--format', 'svg', '--date', '2025-10-12', '-o', svgFile);
    expect(svgRun.stderr).toContain(`wrote svg to ${svgFile}`);
    expect(svgRun.status).toBe(0);
    const svg = readFileSync(svgFile, 'utf8');
    const texts = svgTexts(svg);
    expect(texts).toContain('Export fixture');
    expect(texts.some((t) => t.startsWith('12 October 2025 · snapshot'))).toBe(true);
    const root = parseXml(svg);
    const size = {
      width: Number(root.attributes.get('width')),
      height: Number(root.attributes.get('height')),
    };

    const pngFile = join(dir, 'view.png');
    const pngRun = faultline(
      dataset,
      '--format',
      'png',
      '--date',
      '2025-10-12',
      '--scale',
      '2',
      '-o',
      pngFile,
    );
    expect(pngRun.status).toBe(0);
    expect(pngSize(readFileSync(pngFile))).toEqual({ width: size.width * 2, height: size.height * 2 });
  }, 240_000);

  it.each([
    [['--format', 'png', '--scale', '9'], '--scale: Too big'],
    [['--format', 'png', '--range', '2025-10-01/2025-10-31'], '--range goes with --format gif or webm'],
    [['--format', 'svg', '--scale', '2'], '--scale goes with --format png or jpeg'],
    [['--format', 'svg', '--omit', 'legend,footer'], '--omit: "footer" is not a part'],
    [['--format', 'pdf', '--date', '2025-10'], '--date wants a day, YYYY-MM-DD: "2025-10"'],
    [['--format', 'gif'], '--range wants two days, A/B'],
    [['--format', 'png', '--background', 'pink'], '--background'],
    [['--format', 'png', '-o', '-'], '-o - writes text: only SVG is text'],
  ])('refuses %j with exit 2', (args, message) => {
    const run = faultline(dataset, ...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
