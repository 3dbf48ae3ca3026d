// Reading a command's input with a person watching: the readers' share done is drawn on the progress line (the
// file named, a bar and a percentage) and cleared before the command speaks; with nobody watching
// (no progress line, as in a pipe) nothing of it is written. Each reading command is run in-process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'faultline-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = Array.from(
  { length: 20_000 },
  (_, i) => `r${i},A${i % 300},B${(i * 7) % 300},talks,2001-02-${String((i % 28) + 1).padStart(2, '0')}`,
);
const file = join(dir, 'big.csv');
writeFileSync(file, `Id,Source,Target,Type,When\n${rows.join('\n')}\n`);

describe('progress while a command reads its input', () => {
  it.each([
    ['validate', [file]],
    ['info', [file]],
    ['convert', [file, join(dir, 'out.json')]],
    ['analyse', [file, '--date', '2001-02-10']],
  ])('faultline %s draws the reading on the progress line and clears it', async (command, args) => {
    const lines: string[] = [];
    let stdout = '';
    let stderr = '';
    const status = await main([command, ...args], {
      out: (t) => (stdout += t),
      err: (t) => (stderr += t),
      progress: (l) => lines.push(l),
    });
    expect(status, stderr).toBe(0);
    const bars = lines.filter((l) => l !== '');
    expect(bars.length).toBeGreaterThan(0);
    for (const l of bars) expect(l).toMatch(/^Reading big\.csv ▕[█░]{24}▏ \d{1,3}%$/);
    expect(lines.at(-1)).toBe('');
    expect(stdout).not.toContain('▕');
    expect(stderr).not.toContain('Reading big.csv');
  });

  it('writes nothing of it with nobody watching', async () => {
    let stderr = '';
    const status = await main(['validate', file], { out: () => undefined, err: (t) => (stderr += t) });
    expect(status).toBe(0);
    expect(stderr).not.toContain('Reading');
  });
});
