// What an import read, shown before it replaces the view: the counts, the time span in words, the relation types
// found with their counts, and the warnings. Everything from the file is rendered as text.
import type { ImportReport } from '../io/import';
import type { Problem } from '../model';
import { formatProblem } from '../model';
import { formatDateLong } from '../model';

/** Long lists are cut here, with a count of the rest: a file can carry thousands of warnings. */
export const MAX_LISTED = 100;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export function spanText(span: ImportReport['span']): string {
  if (!span) return 'nothing in it is dated';
  const from = formatDateLong(span.start);
  const to = formatDateLong(span.end);
  return from === to ? `on ${from}` : `from ${from} to ${to}`;
}

export function ProblemList({ problems, label }: { problems: readonly Problem[]; label: string }) {
  if (problems.length === 0) return null;
  return (
    <>
      <ul className="import-problems" aria-label={label}>
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          <li key={i} className={p.severity}>
            {formatProblem(p)}
          </li>
        ))}
      </ul>
      {problems.length > MAX_LISTED && <p className="muted">…and {problems.length - MAX_LISTED} more.</p>}
    </>
  );
}

export function ImportSummary({ report, warnings }: { report: ImportReport; warnings: readonly Problem[] }) {
  const { actors, relations, sources } = report.counts;
  return (
    <section aria-label="What was read">
      <p className="import-counts">
        {plural(actors, 'actor')}, {plural(relations, 'relation')}, {plural(sources, 'source')} ·{' '}
        {report.format.toUpperCase()} · {spanText(report.span)}
      </p>
      {report.types.size > 0 && (
        <p>
          <span className="muted">Relation types: </span>
          {[...report.types].map(([type, n]) => `${type} (${n})`).join(', ')}
        </p>
      )}
      {warnings.length > 0 && (
        <details>
          <summary>{plural(warnings.length, 'warning')}</summary>
          <ProblemList problems={warnings} label="Warnings" />
        </details>
      )}
    </section>
  );
}
