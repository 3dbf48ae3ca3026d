// What `faultline analyse` prints: one view's analysis (and, with --compare, what changed since a date) as
// JSON (the whole analysis with labels and ISO dates) or as one CSV table; analyse-markdown.ts writes the Markdown.
// The numbers are the model's (analyseView, diffViews); these files only name, order and format them.
import {
  mediationReason,
  type ActorPath,
  type EdgeRecord,
  type Model,
  type SignChange,
  type ViewAnalysis,
  type ViewComparison,
} from '../../model';
import { csvTable } from '../../io/export';

/** The views as the command line named them. */
export type ViewName =
  | { readonly mode: 'snapshot'; readonly date: string; readonly memoryDays: number }
  | { readonly mode: 'window'; readonly from: string; readonly to: string };

export interface AnalyseResult {
  readonly model: Model;
  readonly file: string;
  readonly view: ViewName;
  readonly allegedHidden: boolean;
  readonly analysis: ViewAnalysis;
  readonly path: { readonly from: string; readonly to: string; readonly via: 'any' | 'cooperative' } | null;
  /** The earlier date's snapshot and what changed from it to the view. */
  readonly compare: { readonly view: ViewName; readonly comparison: ViewComparison } | null;
}

export const CSV_TABLES = ['ranking', 'tensions', 'mediators', 'changes'] as const;
export type AnalyseTable = (typeof CSV_TABLES)[number];

function iso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const text = new Date(ms).toISOString();
  return /T00:00:00\.000Z$|T23:59:59\.999Z$/.test(text) ? text.slice(0, 10) : text;
}

export const labelOf =
  (model: Model) =>
  (id: string): string =>
    model.actors.get(id)?.actor.label ?? id;

function edgeJson(model: Model, e: EdgeRecord) {
  const label = labelOf(model);
  return {
    relation: e.relationId,
    edge: e.key,
    type: e.type,
    status: e.status,
    when: e.span.edtf,
    start: iso(e.span.start),
    end: iso(e.span.end),
    source: e.source,
    sourceLabel: label(e.source),
    target: e.target,
    targetLabel: label(e.target),
  };
}

export const signWord = (sign: -1 | 0 | 1): string =>
  sign > 0 ? 'positive' : sign < 0 ? 'negative' : 'none';

function changesJson(model: Model, { added, ended, diff }: ViewComparison) {
  const label = labelOf(model);
  const edge = (key: string) => edgeJson(model, model.edgeByKey.get(key)!);
  return {
    added: added.map(edge),
    ended: ended.map(edge),
    signChanges: diff.signChanges.map((s: SignChange) => ({
      a: s.a,
      aLabel: label(s.a),
      b: s.b,
      bLabel: label(s.b),
      before: signWord(s.before),
      after: signWord(s.after),
      weightBefore: s.weightBefore,
      weightAfter: s.weightAfter,
      flipped: s.flipped,
    })),
    actorsAppeared: diff.actorsAppeared.map((id) => ({ id, label: label(id) })),
    actorsVanished: diff.actorsVanished.map((id) => ({ id, label: label(id) })),
  };
}

function pathJson(model: Model, request: NonNullable<AnalyseResult['path']>, path: ActorPath | null) {
  const label = labelOf(model);
  return {
    ...request,
    found: path !== null,
    actors: (path?.actors ?? []).map((id) => ({ id, label: label(id) })),
    hops: (path?.edges ?? []).map((e) => edgeJson(model, e)),
  };
}

/** The whole analysis as one JSON document. */
export function analyseJson(r: AnalyseResult): string {
  const { model, analysis } = r;
  const label = labelOf(model);
  const when = r.view.mode === 'snapshot' ? 'date' : 'window';
  const json = {
    dataset: { id: model.dataset.id, title: model.dataset.title, file: r.file },
    view: r.view,
    allegedHidden: r.allegedHidden,
    ranking: analysis.ranking,
    betweennessSample: analysis.betweennessSample,
    balance: analysis.balance,
    tensions: analysis.tensions.map((t) => ({
      kind: t.kind,
      actors: t.actors,
      labels: t.actors.map(label),
      pivot: t.pivot,
      strength: t.strength,
      ties: t.ties.map(({ a, b, weight, sign, edges }) => ({ a, b, weight, sign, edges })),
    })),
    mediators: analysis.mediators.map((f) => ({
      mediator: f.mediator,
      label: label(f.mediator),
      parties: f.parties,
      partyLabels: f.parties.map(label),
      weight: f.weight,
      mediation: f.mediation,
      conflict: f.conflict,
      reason: mediationReason(f, label, when),
    })),
    path: r.path ? pathJson(model, r.path, analysis.path) : null,
    ...(r.compare
      ? { compare: { view: r.compare.view }, changes: changesJson(model, r.compare.comparison) }
      : {}),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export type Cell = string | number | boolean | null;

/** Header and rows of one table, shared by the CSV and the Markdown output. */
function tableOf(r: AnalyseResult, table: AnalyseTable): { header: string[]; rows: Cell[][] } {
  const { model, analysis } = r;
  const label = labelOf(model);
  switch (table) {
    case 'ranking':
      return {
        header: [
          'rank',
          'id',
          'label',
          'betweenness',
          'weighted_degree',
          'degree',
          'cooperative',
          'hostile',
          'mediation',
        ],
        rows: analysis.ranking.map((a, i) => [
          i + 1,
          a.id,
          a.label,
          a.betweenness,
          a.weightedDegree,
          a.degree,
          a.cooperative,
          a.hostile,
          a.mediation,
        ]),
      };
    case 'tensions':
      return {
        header: ['kind', 'actor_1', 'actor_2', 'actor_3', 'pivot', 'strength', 'labels'],
        rows: analysis.tensions.map((t) => [
          t.kind,
          ...t.actors,
          t.pivot,
          t.strength,
          t.actors.map(label).join('; '),
        ]),
      };
    case 'mediators':
      return {
        header: ['mediator', 'label', 'party_1', 'party_2', 'net_tie', 'mediation', 'conflict', 'reason'],
        rows: analysis.mediators.map((f) => [
          f.mediator,
          label(f.mediator),
          ...f.parties,
          f.weight,
          f.mediation.join(' '),
          f.conflict.join(' '),
          mediationReason(f, label, r.view.mode === 'snapshot' ? 'date' : 'window'),
        ]),
      };
    case 'changes': {
      const comparison = r.compare?.comparison;
      const edgeRow = (change: string, key: string): Cell[] => {
        const e = model.edgeByKey.get(key)!;
        return [
          change,
          e.relationId,
          e.key,
          e.type,
          e.status,
          e.span.edtf,
          e.source,
          e.target,
          null,
          null,
          null,
        ];
      };
      return {
        header: [
          'change',
          'relation',
          'edge',
          'type',
          'status',
          'when',
          'a',
          'b',
          'before',
          'after',
          'flipped',
        ],
        rows: comparison
          ? [
              ...comparison.added.map((k) => edgeRow('added', k)),
              ...comparison.ended.map((k) => edgeRow('ended', k)),
              ...comparison.diff.signChanges.map((s): Cell[] => [
                'sign',
                null,
                null,
                null,
                null,
                null,
                s.a,
                s.b,
                signWord(s.before),
                signWord(s.after),
                s.flipped,
              ]),
            ]
          : [],
      };
    }
  }
}

export function analyseCsv(r: AnalyseResult, table: AnalyseTable): string {
  const { header, rows } = tableOf(r, table);
  return csvTable(header, rows);
}
