// `faultline convert`: a dynamic GEXF to a dataset whose relations carry the file's spans, the output format from
// the name, type mapping, the valid part with its rejected rows, and exit statuses; run in-process, and once as
// the installed command (bin/faultline.mjs).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../model/dataset/schema';
import { readAnySync } from '../../io/import';
import { FIXTURES, faultline, runCli } from './cli-run.test-support';

const dir = mkdtempSync(join(tmpdir(), 'faultline-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('faultline convert', () => {
  it('turns a dynamic GEXF into a dataset whose relations carry the file’s time spans, as a child process', async () => {
    const out = join(dir, 'dynamic.json');
    const run = faultline('convert', `${FIXTURES}/dynamic.gexf`, out);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`wrote 2 actors and 4 relations as json to ${out}`);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.relations.map((r) => [r.id, r.when])).toEqual([
      ['e-1', '2020-03-01T08:00:00Z/2020-03-01T09:30:00Z'],
      ['e-1-2', '2020-03-02T09:00:00Z/2020-03-02T11:00:00Z'],
      ['e-2', '2020-03-01T17:00:00Z/2020-03-03T17:00:00Z'],
      ['e-3', '../..'],
    ]);
    expect((await runCli('validate', out)).status).toBe(0);
  });

  it('writes the format the output name says, and maps types with --type', async () => {
    const out = join(dir, 'years.graphml');
    const run = await runCli('convert', `${FIXTURES}/years.gexf`, out, '--type', 'Supply route=hostile');
    expect(run.status).toBe(0);
    const back = readAnySync(readFileSync(out), 'years.graphml');
    expect(back.ok && back.dataset.relationTypes).toEqual([
      { id: 'supply-route', label: 'Supply route', polarity: 'hostile', duration: 'event', directed: false },
    ]);
  });

  it.each([[[]], [['--valid-part']]])(
    'writes the valid part and the rejected rows (%j); with --strict, nothing and exit 1',
    async (flags) => {
      const input = join(dir, 'some-bad.csv');
      // A self-loop and a time that does not read: each leaves its own record out.
      writeFileSync(input, 'Source,Target,When\nA,B,2001\nB,C,someday\nC,C,2002\n');
      const out = join(dir, `some-bad${flags.length}.json`);
      const run = await runCli('convert', input, out, ...flags);
      expect(run.status).toBe(0);
      expect(run.stderr).toContain(
        'error: some-bad.csv:3:5: When: "someday" is not a time Faultline can read',
      );
      expect(run.stderr).toContain('"c" is both the source and a target');
      expect(run.stderr).toContain(`2 rejected rows written to ${out}.rejected.csv`);
      expect((JSON.parse(readFileSync(out, 'utf8')) as Dataset).relations).toHaveLength(1);
      expect(readFileSync(`${out}.rejected.csv`, 'utf8')).toContain('B,C,someday,3,');
      const strictOut = join(dir, 'some-bad-strict.json');
      const refused = await runCli('convert', input, strictOut, '--strict');
      expect(refused.status).toBe(1);
      // --strict also wants a quote for every relation: here nothing is left to write.
      expect(refused.stderr).toContain('some-bad.csv: does not load; nothing written');
      expect(existsSync(strictOut)).toBe(false);
    },
  );

  it('with --strict refuses a file one of whose records would be left out, the others being right', async () => {
    const input = join(dir, 'one-loop.csv');
    const quote = 'The two sides met at the border crossing.';
    writeFileSync(input, `Source,Target,When,Quote\nA,B,2001,${quote}\nC,C,2002,${quote}\n`);
    const out = join(dir, 'one-loop.json');
    const refused = await runCli('convert', input, out, '--strict');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'one-loop.csv: does not load; nothing written (without --strict the records that are right are written)',
    );
    expect(existsSync(out)).toBe(false);
    expect((await runCli('convert', input, out)).status).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Dataset).relations).toHaveLength(1);
  });

  it('exits 2 on an output it cannot name and on an unknown --type', async () => {
    const docx = await runCli('convert', `${FIXTURES}/years.gexf`, join(dir, 'x.docx'));
    expect(docx.status).toBe(2);
    expect(docx.stderr).toContain('cannot tell the output format from "x.docx"');
    const run = await runCli(
      'convert',
      `${FIXTURES}/years.gexf`,
      join(dir, 'x.json'),
      '--type',
      'Nope=attack',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the file has no relation type "Nope"');
  });
});
