// `faultline export --format svg|png` as scripts and servers run it, after the build (it renders with dist/ in
// headless Chromium): the given dataset file, not the bundled one, at a date, with the app's text and sizes. Run
// as a child process through bin/faultline.mjs (tsx resolves the sources as the command line does); its refusals
// of bad image arguments, before any browser starts, are src/cli/commands/export.test.ts's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE } from '../src/io/export/fixture';
import { allElements, parseXml } from '../src/io/xml/tree';
import { pngSize } from './file-formats';

const dir = mkdtempSync(join(tmpdir(), 'faultline-image-'));
const dataset = join(dir, 'fixture.json');
writeFileSync(dataset, JSON.stringify(FIXTURE, null, 2));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function faultline(...args: string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/faultline.mjs', ...args], {
    cwd: resolve(import.meta.dirname, '..'),
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr };
}

test('faultline export renders the given dataset at a date as SVG with its text, and as PNG at twice its size', () => {
  test.setTimeout(240_000);
  const svgFile = join(dir, 'view.svg');
  const svgRun = faultline('export', dataset, '--format', 'svg', '--date', '2025-10-12', '-o', svgFile);
  expect(svgRun.stderr).toContain(`wrote svg to ${svgFile}`);
  expect(svgRun.status).toBe(0);
  const svg = readFileSync(svgFile, 'utf8');
  const root = parseXml(svg);
  const texts = allElements(root)
    .filter((e) => e.name === 'text')
    .map((e) => e.text);
  expect(texts).toContain('Export fixture');
  expect(texts.some((t) => t.startsWith('12 October 2025 · snapshot'))).toBe(true);
  const size = { width: Number(root.attributes.get('width')), height: Number(root.attributes.get('height')) };
  expect(size.width).toBeGreaterThan(0);

  const pngFile = join(dir, 'view.png');
  const pngRun = faultline(
    'export',
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
  expect(pngSize(new Uint8Array(readFileSync(pngFile)))).toEqual({
    width: size.width * 2,
    height: size.height * 2,
  });
});
