// The command line's shared vocabulary, imported by every command under commands/: how a command talks
// (CommandIo, PROCESS_IO), how it reads its arguments (parse; the input options; the view options --date,
// --window, --memory), how it fails (UsageError, exit 2; CommandFailure, exit 1) and runCommand, which turns
// those into exit statuses and messages.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DatasetError } from '../model';
import { EdtfError, parseWhen } from '../model';
import { parseIsoDay } from '../model';
import type { ViewSpec } from '../model';
import { DAY_MS, DEFAULT_EVENT_MEMORY, ViewSpecError } from '../model';
import { printProblems } from './problems';

/** Where a command writes: its result to `out`, messages and problems to `err`. Tests pass their own. */
export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * A progress line that replaces the one before it (a terminal's status line); absent where nobody watches (a
   * pipe, a log), so that long commands write their progress only to a person.
   */
  readonly progress?: (line: string) => void;
}

export const PROCESS_IO: CommandIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY && {
    // Carriage return and clear to the end of the line: the next line overwrites this one; '' clears it.
    progress: (line: string) => process.stderr.write(`\r${line}\u001b[K`),
  }),
};

/** Wrong arguments: said with the usage, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The command could not do its work (a file cannot be read or written, the picture could not be made): exit 1. */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
}

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments (unknown options refused); a parse failure is a UsageError. */
export function parse<O extends OptionsConfig>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** A Node system error (ENOENT, EACCES, …) from reading or writing a file. */
function isSystemError(e: unknown): e is Error & { code: string } {
  return e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('E');
}

/**
 * Runs a command body and gives its exit status: the body's own, 2 with the usage for a UsageError (or a view
 * the model refuses), 1 with the problems for a dataset that cannot be modelled, 1 with the message for a
 * CommandFailure or a file system error. Anything else is a bug and is thrown.
 */
export async function runCommand(
  io: CommandIo,
  command: string,
  usage: string,
  body: () => Promise<number>,
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ViewSpecError) {
      io.err(`faultline ${command}: ${e.message}\n\n${usage}\n`);
      return 2;
    }
    if (e instanceof DatasetError) {
      printProblems(io, e.problems, Infinity);
      return 1;
    }
    if (e instanceof CommandFailure || isSystemError(e)) {
      io.err(`faultline ${command}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

/** The options every command that reads a user's file takes. */
export const INPUT_OPTIONS = {
  actors: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionsConfig;

export const INPUT_HELP = `--actors FILE  the actors table that goes with a CSV relations table
--strict       a relation without a quote is an error, not a warning (curated datasets); convert
               refuses a file with any record it would leave out`;

export interface InputArgs {
  readonly actors?: string | undefined;
  readonly strict?: boolean | undefined;
}

/** The options that choose a view of the data: a snapshot at a date, or a window. */
export const VIEW_OPTIONS = {
  date: { type: 'string' },
  window: { type: 'string' },
  memory: { type: 'string' },
} as const satisfies OptionsConfig;

export interface ViewArgs {
  readonly date?: string | undefined;
  readonly window?: string | undefined;
  readonly memory?: string | undefined;
}

/** --memory as a whole number of days; undefined when not given. */
export function memoryDays(values: ViewArgs): number | undefined {
  if (values.memory === undefined) return undefined;
  const days = Number(values.memory);
  if (values.memory.trim() === '' || !Number.isInteger(days) || days < 0)
    throw new UsageError(`--memory wants a whole number of days: "${values.memory}"`);
  return days;
}

function checkDateOrWindow(values: ViewArgs): void {
  if (values.date !== undefined && values.window !== undefined)
    throw new UsageError('give --date or --window, not both');
}

/** The instant span a `--date` or `--window` value names; a date covers its whole day (or month, or year). */
function spanArg(flag: string, value: string, kind: 'date' | 'interval'): { start: number; end: number } {
  let span;
  try {
    span = parseWhen(value);
  } catch (e) {
    if (e instanceof EdtfError) throw new UsageError(`--${flag}: ${e.message}`);
    throw e;
  }
  if (span.kind !== kind)
    throw new UsageError(`--${flag} wants ${kind === 'date' ? 'one date' : 'two dates, A/B'}: "${value}"`);
  return span;
}

/**
 * The view the options name, as the model's ViewSpec (the snapshot and window semantics of docs/time.md), or
 * null for the whole dataset. Dates are any EDTF date: `--date 2025-10` is the snapshot at the end of October.
 */
export function viewSpecOf(values: ViewArgs): ViewSpec | null {
  checkDateOrWindow(values);
  if (values.memory !== undefined && values.date === undefined)
    throw new UsageError('--memory goes with --date');
  if (values.window !== undefined) {
    const w = spanArg('window', values.window, 'interval');
    return { mode: 'window', from: w.start, to: w.end };
  }
  if (values.date === undefined) return null;
  const memory = memoryDays(values) ?? DEFAULT_EVENT_MEMORY / DAY_MS;
  return { mode: 'snapshot', at: spanArg('date', values.date, 'date').end, memory: memory * DAY_MS };
}

/** A `YYYY-MM-DD` option value (the explorer's address takes days), checked to be a real day. */
export function dayArg(flag: string, value: string): string {
  if (parseIsoDay(value) === null) throw new UsageError(`--${flag} wants a day, YYYY-MM-DD: "${value}"`);
  return value;
}

/** An `A/B` option value of two days. */
export function daysArg(flag: string, value: string): [string, string] {
  const [a, b, ...rest] = value.split('/');
  if (a === undefined || b === undefined || rest.length)
    throw new UsageError(`--${flag} wants two days, A/B: "${value}"`);
  return [dayArg(flag, a), dayArg(flag, b)];
}

/** The view as days, for the explorer's address: `--date D` or `--window A/B`, and `--memory`. */
export function viewDaysOf(values: ViewArgs): {
  readonly date?: string;
  readonly window?: readonly [string, string];
  readonly memory?: number;
} {
  checkDateOrWindow(values);
  const memory = memoryDays(values);
  return {
    ...(values.date !== undefined ? { date: dayArg('date', values.date) } : {}),
    ...(values.window !== undefined ? { window: daysArg('window', values.window) } : {}),
    ...(memory !== undefined ? { memory } : {}),
  };
}

/** A number option; undefined when not given. */
export function numberArg(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n))
    throw new UsageError(`--${flag} wants a number: "${value}"`);
  return n;
}
