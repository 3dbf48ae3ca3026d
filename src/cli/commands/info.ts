// `faultline info <file> [--actors FILE] [--json]`: what a dataset or foreign file holds, as the importer reads
// it: counts, the time span covered, the relation types with their counts, how the file's own type names were
// mapped, and who says so: per status, how many relations rest on the author's voice, a named party, a cited
// report; their confidence and inference notes. Exit 0 when the file loads, 1 when it does not (with its
// problems), 2 on a usage error.
import { basename } from 'node:path';
import { sourcingSummary, VOICE_KINDS, type SourcingSummary } from '../../model';
import { RELATION_STATUSES, relationTypesOf } from '../../model';
import type { ImportReport } from '../../io/import';
import type { Dataset } from '../../model';
import { isoInstant } from '../../model';
import {
  INPUT_HELP,
  INPUT_OPTIONS,
  PROCESS_IO,
  UsageError,
  parse,
  runCommand,
  type CommandIo,
} from '../args';
import { READ_FORMATS, wrap } from '../formats';
import { readInput } from '../input';
import { printProblems } from '../problems';

export const INFO_USAGE = `Usage: faultline info <file> [--actors FILE] [--strict] [--json]

${wrap(`Tells what a file (${READ_FORMATS}) holds: counts, the time span, the relation types, and who says so (per status, how many relations rest on the author's voice, a named party, a cited report).`)}
${INPUT_HELP}
--json         the same as JSON, for scripts

Exit status: 0 the file loads, 1 it does not, 2 the command line is wrong.`;

interface TypeLine {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly declared: boolean;
  readonly polarity: string;
  readonly duration: string;
}

function typeLines(dataset: Dataset, report: ImportReport): TypeLine[] {
  const info = relationTypesOf(dataset.relationTypes);
  return [...report.types]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, count]) => {
      const t = info.get(id);
      return {
        id,
        label: t?.label ?? id,
        count,
        declared: t?.declared ?? true,
        polarity: t?.polarity ?? '?',
        duration: t?.duration ?? '?',
      };
    });
}

const VOICE_TITLES = { author: 'author', party: 'party', report: 'report', unstated: 'unstated' } as const;

/** Per status, how many relations rest on each kind of voice; then confidence, inference notes and grades. */
export function sourcingLines(summary: SourcingSummary): string[] {
  const cell = (v: string | number, width = 9) => String(v).padStart(width);
  const lines = [
    'who says so (relations with a passage of each kind; "alone": only parties or reports; "none": no passage):',
    `  ${'status'.padEnd(10)}${cell('relations')}${VOICE_KINDS.map((k) => cell(VOICE_TITLES[k])).join('')}${cell('alone')}${cell('none')}`,
  ];
  for (const status of RELATION_STATUSES) {
    const s = summary.byStatus[status];
    lines.push(
      `  ${status.padEnd(10)}${cell(s.relations)}${VOICE_KINDS.map((k) => cell(s.resting[k])).join('')}${cell(s.noAuthor)}${cell(s.unsourced)}`,
    );
  }
  const c = summary.confidence;
  const i = summary.inferred;
  const g = summary.graded;
  lines.push(
    `confidence: ${c.high} high, ${c.moderate} moderate, ${c.low} low, ${c.unstated} not stated`,
    `inference notes: ${i.when} on the date, ${i.type} on the type, ${i.parties} on the parties`,
    `graded passages: ${g.reliability} of ${g.passages} with a reliability, ${g.credibility} with a credibility`,
  );
  return lines;
}

function describe(file: string, dataset: Dataset, report: ImportReport): string {
  const span = report.span ? `${isoInstant(report.span.start)} – ${isoInstant(report.span.end)}` : 'undated';
  const lines = [
    `${file}: ${dataset.title} (${report.format})`,
    `actors: ${report.counts.actors}, relations: ${report.counts.relations}, sources: ${report.counts.sources}`,
    `time span: ${span}`,
    'relation types:',
    ...typeLines(dataset, report).map(
      (t) =>
        `  ${t.id.padEnd(20)} ${String(t.count).padStart(7)}  ${t.label} (${t.declared ? 'declared' : 'built-in'}, ${t.polarity}, ${t.duration})`,
    ),
  ];
  if (report.foreignTypes.length > 0) {
    lines.push('types as the file names them:');
    for (const f of report.foreignTypes) lines.push(`  ${JSON.stringify(f.name || '(none)')} × ${f.count}`);
  }
  if (report.skipped.size > 0) {
    lines.push('elements not read:');
    for (const s of report.skipped.values())
      lines.push(`  <${s.name}> inside <${s.parent}> × ${s.count} (the first at ${s.line}:${s.column})`);
  }
  lines.push(...sourcingLines(sourcingSummary(dataset)));
  return `${lines.join('\n')}\n`;
}

export async function runInfo(argv: readonly string[], io: CommandIo = PROCESS_IO): Promise<number> {
  return runCommand(io, 'info', INFO_USAGE, async () => {
    const { values, positionals } = parse(argv, { ...INPUT_OPTIONS, json: { type: 'boolean' } });
    if (values.help) {
      io.out(`${INFO_USAGE}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give exactly one file');
    const file = positionals[0]!;
    const result = await readInput(file, values, {}, io);
    if (!result.ok) {
      printProblems(io, result.problems);
      io.err(`${basename(file)}: does not load\n`);
      return 1;
    }
    const { dataset, report } = result;
    if (values.json) {
      const json = {
        file: basename(file),
        format: report.format,
        id: dataset.id,
        title: dataset.title,
        counts: report.counts,
        span: report.span && { start: isoInstant(report.span.start), end: isoInstant(report.span.end) },
        types: typeLines(dataset, report),
        foreignTypes: report.foreignTypes,
        skipped: [...report.skipped.values()],
        sourcing: sourcingSummary(dataset),
        warnings: result.warnings.length,
      };
      io.out(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.out(describe(basename(file), dataset, report));
    }
    return 0;
  });
}

export const infoCommand = {
  name: 'info',
  summary: 'tell what a dataset or foreign file holds: counts, time span, relation types, who says so',
  usage: INFO_USAGE,
  run: runInfo,
} as const;
