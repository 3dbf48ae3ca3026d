// `npm run bench [-- --only <name>] [-- --quick]`: runs the registered benchmarks one after another, prints
// each one's markdown table on stdout and writes its raw figures to bench/results/<name>-<date>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine, machine } from './machine';
import { BENCHMARKS } from './registry';

class UsageError extends Error {
  override readonly name = 'UsageError';
}

function parseArgs(argv: readonly string[]): { only: string | null; quick: boolean } {
  let only: string | null = null;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--only') {
      only = argv[++i] ?? null;
      if (!only) throw new UsageError('--only needs a benchmark name');
    } else throw new UsageError(`unknown argument "${arg}"`);
  }
  if (only && !BENCHMARKS.some((b) => b.name === only)) {
    throw new UsageError(`no benchmark "${only}"; known: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  }
  return { only, quick };
}

async function main(): Promise<void> {
  const { only, quick } = parseArgs(process.argv.slice(2));
  const here = machine();
  const date = new Date().toISOString().slice(0, 10);
  const resultsDir = join(dirname(fileURLToPath(import.meta.url)), 'results');
  console.log(`Machine: ${describeMachine(here)}. Date: ${date}.${quick ? ' Quick run.' : ''}\n`);
  for (const bench of BENCHMARKS) {
    if (only && bench.name !== only) continue;
    const report = await bench.run({ quick, log: (line) => console.error(`[${bench.name}] ${line}`) });
    console.log(`## ${bench.title}\n\n${report.markdown}\n`);
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${bench.name}-${date}${quick ? '-quick' : ''}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ name: bench.name, date, quick, machine: here, results: report.raw }, null, 2)}\n`,
    );
    console.error(`[${bench.name}] raw figures: ${relative(process.cwd(), file)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof UsageError ? `bench: ${e.message}` : e);
  process.exitCode = 1;
});
