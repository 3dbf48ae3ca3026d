// The real event files in ../shared/fixtures (beside the checkout here and in CI; never copied into the project),
// read as a user would: the ICEWS sample through `faultline info` and through `faultline ingest`, which must agree,
// and PLOVER's gold-standard records. Without ../shared this test fails, saying where it looked.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset/schema';
import { ROOT, runCli } from './cli-run.test-support';

const FIXTURES = resolve(ROOT, '../shared/fixtures');
const ICEWS = join(FIXTURES, 'icews-events-2018-sample.tab');
const PLOVER = join(FIXTURES, 'plover-gsr-cameo.json');
const dir = mkdtempSync(join(tmpdir(), 'faultline-shared-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the real event files in ../shared/fixtures', () => {
  it('are there', () => {
    expect(existsSync(ICEWS), `${ICEWS} (the shared fixtures beside the checkout)`).toBe(true);
    expect(existsSync(PLOVER), PLOVER).toBe(true);
  });

  it('the ICEWS sample loads with the CLI: 797 actors, 1,055 relations, CAMEO 01 and 02 counted as not mapped', async () => {
    const run = await runCli('info', ICEWS);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('actors: 797, relations: 1055, sources: 0');
    expect(run.stdout).toContain('time span: 2018-06-01 – 2018-06-01');
    const checked = await runCli('validate', ICEWS);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stderr).toContain(
      '364 events with the code cameo:01 left out: it maps to no relation type',
    );
    expect(checked.stderr).toContain(
      '129 events with the code cameo:02 left out: it maps to no relation type',
    );
  });

  it('faultline ingest folds the ICEWS sample into the same relations as the import', async () => {
    const out = join(dir, 'icews.json');
    const run = await runCli('ingest', ICEWS, '--format', 'icews', '-o', out);
    expect(run.status, run.stderr).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect([dataset.actors.length, dataset.relations.length]).toEqual([797, 1055]);
  });

  it("PLOVER's gold-standard records load but for one record, rejected at its path", async () => {
    const run = await runCli('validate', PLOVER);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'error: plover-gsr-cameo.json: [7].target: must be a list of actors ({"actorText", "code", "sector"}), or empty',
    );
    const out = join(dir, 'plover.json');
    const convert = await runCli('convert', '--valid-part', PLOVER, out);
    expect(convert.status, convert.stderr).toBe(0);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect([dataset.actors.length, dataset.relations.length]).toEqual([437, 306]);
  });
});
