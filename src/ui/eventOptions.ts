// The import dialog's event options as the page holds them: the "Fold events" choice (a calendar window, runs of N
// days, or one relation per event) to and from the readers' EventImportOptions, and a code's mapping choice
// written as the same `scheme:code` override `--map` reads.
import type { EventImportOptions } from '../io/import';
import type { RelationType } from '../model';
import { CALENDAR_WINDOWS, type CalendarWindow } from '../model';

export type FoldChoice = CalendarWindow | 'runs' | 'each';

export const FOLD_CHOICES: readonly (readonly [FoldChoice, string])[] = [
  ['day', 'per day'],
  ['week', 'per week (Monday to Sunday)'],
  ['month', 'per month'],
  ['quarter', 'per quarter'],
  ['year', 'per year'],
  ['runs', 'in runs (at most N days between events)'],
  ['each', 'not at all: one relation per event'],
];

/** The readers' defaults, as docs/event-data.md gives them. */
export const DEFAULT_RUN_DAYS = 7;
export const DEFAULT_MAX_EVIDENCE = 3;

export function foldOf(options: EventImportOptions): FoldChoice {
  if (options.noAggregate) return 'each';
  const w = options.window;
  if (!w) return 'month';
  return w.kind === 'runs' ? 'runs' : w.unit;
}

export function runDaysOf(options: EventImportOptions): number {
  return options.window?.kind === 'runs' ? options.window.maxGapDays : DEFAULT_RUN_DAYS;
}

/** The options with another fold; the mapping and evidence kept stay as they were. */
export function withFold(options: EventImportOptions, fold: FoldChoice, runDays: number): EventImportOptions {
  const { noAggregate: _n, window: _w, ...rest } = options;
  if (fold === 'each') return { ...rest, noAggregate: true };
  if (fold === 'runs') return { ...rest, window: { kind: 'runs', maxGapDays: runDays } };
  return (CALENDAR_WINDOWS as readonly string[]).includes(fold)
    ? { ...rest, window: { kind: 'calendar', unit: fold } }
    : options;
}

/** A whole number from `min` up typed in a field, or undefined while what is typed is not one. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*\d{1,6}\s*$/.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** The options with one mapping key set to a type, or to null (leave its events out). */
export function withCodeMapping(
  options: EventImportOptions,
  key: string,
  type: RelationType | null,
): EventImportOptions {
  return { ...options, mapping: new Map(options.mapping).set(key, type) };
}
