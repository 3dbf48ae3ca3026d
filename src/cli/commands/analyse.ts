// `faultline analyse <dataset> (--date D | --window A..B) [--memory DAYS] [--compare EARLIER] [--path A,B]
// [--via any|cooperative] [--no-alleged] [--format md|json|csv] [--table T]`: the explorer's analysis of one
// view — who is central, how balanced the signed network is, its tensions, who mediates, a path between two
// actors — and with --compare what changed since an earlier date, as the Compare tab says it (compareViews).
// The view is built as the explorer builds it: a date is a snapshot at the end of that day, a window runs from
// its first day's start to its last day's end, and only relations whose two actors exist then are counted
// (viewEdges). Exit 0 done, 1 the data does not load, 2 the command line is wrong.
import { basename } from 'node:path';
import {
  analyseView,
  boundsOf,
  buildModel,
  compareViews,
  DAY_MS,
  DEFAULT_EVENT_MEMORY,
  viewEdges,
  ViewSpecError,
  type EdgeFilter,
  type ViewSpec,
} from '../../model';
import { DatasetError } from '../../model';
import { EdtfError, parseWhen } from '../../model';
import { printProblems } from '../problems';
import { analyseMarkdown } from './analyse-markdown';
import { analyseCsv, analyseJson, CSV_TABLES, type AnalyseTable, type ViewName } from './analyse-report';
import type { CommandIo } from './export';
import { INPUT_HELP, INPUT_OPTIONS, PROCESS_IO, UsageError, parse, readInput, withUsage } from './validate';

export const ANALYSE_USAGE = `Usage: faultline analyse <dataset> (--date YYYY-MM-DD | --window A..B) [--memory DAYS]
                         [--compare EARLIER] [--path A,B] [--via any|cooperative]
                         [--no-alleged] [--format md|json|csv] [--table ${CSV_TABLES.join('|')}]

Analyses one view of a dataset as the explorer shows it: actors ranked by betweenness and degree, structural
balance and its tensions, mediators between parties in conflict, a shortest path; docs/analysis.md says how
each is computed.
--date D       a snapshot at the end of day D: lasting relations holding then and events of the last
               --memory days (default ${DEFAULT_EVENT_MEMORY / DAY_MS})
--window A..B  every relation that meets the days A to B, both included (A/B works too)
--compare D    an earlier day, as the explorer's Compare tab: the relations new since then (live at some time
               after D, up to the view's end), the lasting ones that ended, and the pairs whose net tie
               changed sign, from the snapshot of D (same --memory) to the view
--path A,B     a shortest chain of relations between the actors with ids A and B
--via V        any (default): any relation links two actors; cooperative: only pairs whose net tie is positive
--no-alleged   hide alleged relations, as the explorer's filter does
--format F     md (default): every section as Markdown tables; json: the whole analysis; csv: one table
--table T      the CSV table: ranking (default), tensions, mediators, or changes (with --compare)
${INPUT_HELP}

Exit status: 0 done, 1 the dataset does not load, 2 the command line is wrong.`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  date: { type: 'string' },
  window: { type: 'string' },
  memory: { type: 'string' },
  compare: { type: 'string' },
  path: { type: 'string' },
  via: { type: 'string' },
  'no-alleged': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  table: { type: 'string' },
} as const;

/** Betweenness is exact up to this much work (a few seconds), then estimated: see src/model/analysis/betweenness.ts. */
const CLI_MAX_WORK = 250_000_000;

/** Midnight UTC of a whole day given as YYYY-MM-DD. */
function dayArg(flag: string, value: string): number {
  try {
    const span = parseWhen(value);
    if (span.kind === 'date' && span.startPrecision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return span.start;
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
  }
  throw new UsageError(`--${flag} wants a day, YYYY-MM-DD: "${value}"`);
}

/** A window of whole days, A..B or A/B. */
function windowArg(flag: string, value: string): { view: ViewName; spec: ViewSpec } {
  const parts = value.includes('..') ? value.split('..') : value.split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1])
    throw new UsageError(`--${flag} wants two days, A..B: "${value}"`);
  const [from, to] = [dayArg(flag, parts[0]), dayArg(flag, parts[1])];
  if (from > to) throw new UsageError(`--${flag}: ${parts[0]} is after ${parts[1]}`);
  return {
    view: { mode: 'window', from: parts[0], to: parts[1] },
    spec: { mode: 'window', from, to: to + DAY_MS - 1 },
  };
}

function snapshotArg(flag: string, value: string, memoryDays: number): { view: ViewName; spec: ViewSpec } {
  return {
    view: { mode: 'snapshot', date: value, memoryDays },
    spec: { mode: 'snapshot', at: dayArg(flag, value) + DAY_MS - 1, memory: memoryDays * DAY_MS },
  };
}

interface Request {
  readonly file: string;
  readonly view: { view: ViewName; spec: ViewSpec };
  readonly compare: { view: ViewName; spec: ViewSpec } | null;
  readonly path: { from: string; to: string; via: 'any' | 'cooperative' } | null;
  readonly allegedHidden: boolean;
  readonly format: 'md' | 'json' | 'csv';
  readonly table: AnalyseTable;
}

function requestOf(
  values: ReturnType<typeof parse<typeof OPTIONS>>['values'],
  positionals: string[],
): Request {
  if (positionals.length !== 1) throw new UsageError('give exactly one dataset file');
  if (values.date !== undefined && values.window !== undefined)
    throw new UsageError('give --date or --window, not both');
  if (values.date === undefined && values.window === undefined)
    throw new UsageError('give --date or --window');
  if (values.memory !== undefined && values.date === undefined && values.compare === undefined)
    throw new UsageError('--memory goes with --date or --compare');
  const memory = values.memory === undefined ? DEFAULT_EVENT_MEMORY / DAY_MS : Number(values.memory);
  if (!Number.isInteger(memory) || memory < 0)
    throw new UsageError(`--memory wants a whole number of days: "${values.memory}"`);
  const view =
    values.date !== undefined
      ? snapshotArg('date', values.date, memory)
      : windowArg('window', values.window!);
  const compare = values.compare === undefined ? null : snapshotArg('compare', values.compare, memory);
  if (compare && boundsOf(compare.spec).to >= boundsOf(view.spec).to)
    throw new UsageError(`--compare wants a day before the view's last day: "${values.compare}"`);

  let path: Request['path'] = null;
  if (values.path !== undefined) {
    const ends = values.path.split(',');
    if (ends.length !== 2 || !ends[0] || !ends[1])
      throw new UsageError(`--path wants two actor ids, A,B: "${values.path}"`);
    const via = values.via ?? 'any';
    if (via !== 'any' && via !== 'cooperative') throw new UsageError(`--via is any or cooperative: "${via}"`);
    path = { from: ends[0], to: ends[1], via };
  } else if (values.via !== undefined) throw new UsageError('--via goes with --path');

  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json' && format !== 'csv')
    throw new UsageError(`--format is md, json or csv: "${format}"`);
  const table = values.table ?? 'ranking';
  if (values.table !== undefined && format !== 'csv') throw new UsageError('--table goes with --format csv');
  if (!(CSV_TABLES as readonly string[]).includes(table))
    throw new UsageError(`--table is one of ${CSV_TABLES.join(', ')}: "${table}"`);
  if (table === 'changes' && !compare) throw new UsageError('--table changes needs --compare');
  return {
    file: positionals[0]!,
    view,
    compare,
    path,
    allegedHidden: values['no-alleged'] ?? false,
    format,
    table: table as AnalyseTable,
  };
}

export async function runAnalyse(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return withUsage(io, 'analyse', ANALYSE_USAGE, async () => {
    const { values, positionals } = parse(argv, OPTIONS);
    if (values.help) {
      io.out(`${ANALYSE_USAGE}\n`);
      return 0;
    }
    const request = requestOf(values, positionals);
    const loaded = await readInput(request.file, values, {}, io);
    if (!loaded.ok) {
      printProblems(io, loaded.problems);
      io.err(`${basename(request.file)}: does not load\n`);
      return 1;
    }
    let model;
    try {
      model = buildModel(loaded.dataset);
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      printProblems(io, e.problems, Infinity);
      return 1;
    }
    for (const id of request.path ? [request.path.from, request.path.to] : []) {
      if (!model.actors.has(id))
        throw new UsageError(`--path: no actor "${id}" in ${basename(request.file)}`);
    }
    // As the explorer's filter: hidden alleged relations are not in the view at all.
    const keep: EdgeFilter | undefined = request.allegedHidden ? (e) => e.status !== 'alleged' : undefined;
    const signOptions = { includeAlleged: !request.allegedHidden };
    let result;
    try {
      const live = viewEdges(model, request.view.spec, keep);
      const analysis = analyseView(model, live, {
        ...signOptions,
        maxWork: CLI_MAX_WORK,
        ...(request.path
          ? { pathFrom: request.path.from, pathTo: request.path.to, via: request.path.via }
          : {}),
      });
      const compare = request.compare && {
        view: request.compare.view,
        comparison: compareViews(model, request.compare.spec, request.view.spec, {
          ...signOptions,
          ...(keep ? { keep } : {}),
        }),
      };
      result = {
        model,
        file: basename(request.file),
        view: request.view.view,
        allegedHidden: request.allegedHidden,
        analysis,
        path: request.path,
        compare,
      };
    } catch (e) {
      if (e instanceof ViewSpecError) throw new UsageError(e.message);
      throw e;
    }
    if (request.format === 'json') io.out(analyseJson(result));
    else if (request.format === 'csv') io.out(analyseCsv(result, request.table));
    else io.out(analyseMarkdown(result));
    return 0;
  });
}

export const analyseCommand = {
  name: 'analyse',
  summary: 'analyse one view: ranking, balance and tensions, mediators, a path, what changed since a date',
  usage: ANALYSE_USAGE,
  run: runAnalyse,
} as const;
