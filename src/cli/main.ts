// The `faultline` command line: a table of subcommands, each a module under commands/ that reads its own
// arguments and returns an exit status (0 done, 1 the data is wrong, 2 the command line is wrong).
import { pathToFileURL } from 'node:url';
import { PROCESS_IO, type CommandIo } from './args';
import { analyseCommand } from './commands/analyse';
import { convertCommand } from './commands/convert';
import { exportCommand } from './commands/export';
import { infoCommand } from './commands/info';
import { ingestCommand } from './commands/ingest';
import { validateCommand } from './commands/validate';

interface Command {
  readonly name: string;
  readonly summary: string;
  readonly run: (argv: readonly string[], io?: CommandIo) => Promise<number>;
}

export const COMMANDS: readonly Command[] = [
  validateCommand,
  infoCommand,
  convertCommand,
  exportCommand,
  analyseCommand,
  ingestCommand,
];

const USAGE = `Usage: faultline <command> [arguments]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`).join('\n')}\n\nfaultline <command> --help tells more.\n`;

export async function main(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`faultline: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest, io);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
