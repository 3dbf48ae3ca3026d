// What `faultline analyse` prints as Markdown: headings, a sentence each and tables of one view's analysis (and,
// with --compare, what changed), from the same names and rows as the JSON and CSV of analyse-report.ts.
import { mediationReason, type EdgeRecord, type Model } from '../../model';
import { labelOf, signWord, type AnalyseResult, type Cell, type ViewName } from './analyse-report';

const mdCell = (value: Cell): string =>
  value === null ? '' : String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function mdTable(header: readonly string[], rows: readonly Cell[][]): string {
  const line = (cells: readonly Cell[]): string => `| ${cells.map(mdCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

const fixed = (n: number): string => n.toFixed(3);

function viewText(view: ViewName): string {
  return view.mode === 'snapshot'
    ? `snapshot at the end of ${view.date}, events of the last ${view.memoryDays} days remembered`
    : `window from ${view.from} to ${view.to}, both days included`;
}

function edgeLine(model: Model, e: EdgeRecord): Cell[] {
  const label = labelOf(model);
  return [e.relationId, e.type, e.status, e.span.edtf, label(e.source), label(e.target)];
}

/** Every section as Markdown: headings, a sentence each, tables. */
export function analyseMarkdown(r: AnalyseResult): string {
  const { model, analysis } = r;
  const label = labelOf(model);
  const when = r.view.mode === 'snapshot' ? 'date' : 'window';
  const out: string[] = [
    `# ${model.dataset.title}`,
    '',
    `View: ${viewText(r.view)}${r.allegedHidden ? '; alleged relations hidden' : ''}.`,
  ];
  const section = (title: string, ...lines: string[]): void => void out.push('', `## ${title}`, '', ...lines);

  const sample = analysis.betweennessSample;
  section(
    'Ranking',
    `${analysis.ranking.length} actors with a relation in the view, by betweenness, then weighted degree.` +
      (sample ? ` Betweenness estimated from ${sample.sources} of ${sample.actors} actors.` : ''),
    '',
    mdTable(
      ['#', 'Actor', 'Betweenness', 'Weighted degree', 'Degree', 'Cooperative', 'Hostile', 'Mediation'],
      analysis.ranking.map((a, i) => [
        i + 1,
        a.label,
        fixed(a.betweenness),
        a.weightedDegree,
        a.degree,
        a.cooperative,
        a.hostile,
        a.mediation,
      ]),
    ),
  );

  const b = analysis.balance;
  section(
    'Balance',
    mdTable(
      ['Triangles', 'Balanced', 'Unbalanced', 'Balance ratio', '+ + +', '+ − −', '+ + −', '− − −'],
      [
        [
          b.total,
          b.balanced,
          b.unbalanced,
          b.ratio === null ? '—' : fixed(b.ratio),
          b.counts['+++'],
          b.counts['+--'],
          b.counts['++-'],
          b.counts['---'],
        ],
      ],
    ),
  );

  section(
    'Tensions',
    analysis.tensions.length === 0
      ? 'No unbalanced triangle.'
      : mdTable(
          ['Kind', 'Actors', 'Pivot', 'Strength'],
          analysis.tensions.map((t) => [
            t.kind === '++-' ? '+ + −' : '− − −',
            t.actors.map(label).join(', '),
            t.pivot === null ? '' : label(t.pivot),
            t.strength,
          ]),
        ),
  );

  section(
    'Mediators',
    analysis.mediators.length === 0
      ? 'No actor mediates between parties in conflict.'
      : mdTable(
          ['Mediator', 'Why', 'Net tie'],
          analysis.mediators.map((f) => [label(f.mediator), mediationReason(f, label, when), f.weight]),
        ),
  );

  if (r.path) {
    const { from, to, via } = r.path;
    const path = analysis.path;
    const title = `Path from ${label(from)} to ${label(to)}${via === 'cooperative' ? ' by cooperative ties' : ''}`;
    section(
      title,
      path === null
        ? 'The view does not connect them.'
        : mdTable(
            ['Hop', 'Relation', 'Type', 'Status', 'When', 'Source', 'Target'],
            path.edges.map((e, i) => [i + 1, ...edgeLine(model, e)]),
          ),
    );
  }

  if (r.compare) {
    const { comparison, view } = r.compare;
    const { diff } = comparison;
    const edges = (keys: readonly string[]): string =>
      keys.length === 0
        ? 'None.'
        : mdTable(
            ['Relation', 'Type', 'Status', 'When', 'Source', 'Target'],
            keys.map((k) => edgeLine(model, model.edgeByKey.get(k)!)),
          );
    const to = r.view.mode === 'snapshot' ? r.view.date : r.view.to;
    section(
      `Changes from ${view.mode === 'snapshot' ? view.date : view.from} to ${to}`,
      'New: live at some time after the earlier date and not at it. Ended: lasting relations that held then and no ' +
        'longer do. Pairs: the net tie in the snapshot of the earlier date against the view.',
    );
    out.push(
      '',
      '### New relations',
      '',
      edges(comparison.added),
      '',
      '### Ended relations',
      '',
      edges(comparison.ended),
    );
    out.push(
      '',
      '### Pairs whose net tie changed sign',
      '',
      diff.signChanges.length === 0
        ? 'None.'
        : mdTable(
            ['Pair', 'Before', 'After', 'Flipped'],
            diff.signChanges.map((s) => [
              `${label(s.a)} – ${label(s.b)}`,
              `${signWord(s.before)} (${s.weightBefore})`,
              `${signWord(s.after)} (${s.weightAfter})`,
              s.flipped ? 'yes' : 'no',
            ]),
          ),
    );
  }
  return `${out.join('\n')}\n`;
}
