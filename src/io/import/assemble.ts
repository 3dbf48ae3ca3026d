// The last step of every foreign-format reader: build the dataset from the Draft, run the dataset validator,
// and give each of its problems the place of the record in the user's file. A record the validator refuses is
// left out and the rest built again, so the valid part can still be offered with the rejected rows beside it.
import type { Problem } from '../../model';
import { validateDataset } from '../../model';
import { buildDataset, isRejected, type Built } from './build';
import type { Draft, DraftActor, DraftRelation } from './draft';
import { reportOf } from './report';
import { checkCancelled, failed, type ImportOptions, type ImportResult, type RejectedRow } from './result';
import { fileErrorIn, fileWarningIn, warningIn } from '../problem';

const RECORD_PATH = /^(actors|relations|sources)\[(\d+)\](?:\.(.*))?$/;

type DraftRecord = DraftActor | DraftRelation;

/** The drafts a validator problem is about, found by its record id or its path. */
function draftsOf(p: Problem, built: Built): { drafts: DraftRecord[]; field?: string } {
  const m = p.path === undefined ? null : RECORD_PATH.exec(p.path);
  const field = m?.[3];
  const byIndex = (kind: string, i: number): DraftRecord[] => {
    if (kind === 'actors') return built.actorDrafts[i] ? [built.actorDrafts[i]] : [];
    if (kind === 'relations') return built.relationDrafts[i] ? [built.relationDrafts[i]] : [];
    return built.sourceDrafts[i] ?? [];
  };
  if (m) return { drafts: byIndex(m[1]!, Number(m[2])), ...(field ? { field } : {}) };
  if (p.record) {
    const list = {
      actor: built.dataset.actors,
      relation: built.dataset.relations,
      source: built.dataset.sources,
    };
    const i = (list[p.record.kind] as readonly { id: string }[]).findIndex((r) => r.id === p.record?.id);
    if (i >= 0) return { drafts: byIndex(`${p.record.kind}s`, i) };
  }
  return { drafts: [] };
}

function foreignIdOf(d: DraftRecord): string | undefined {
  return d.foreignId;
}

/** The validator's problem, told at the record's place in the user's file and with the user's id. */
function placed(p: Problem, d: DraftRecord, draft: Draft, field: string | undefined): Problem {
  const id = foreignIdOf(d);
  const kind: 'actor' | 'relation' = 'source' in d ? 'relation' : 'actor';
  const record = id !== undefined ? { kind, id } : p.record;
  return {
    file: draft.file,
    ...d.place,
    ...(d.place.path === undefined && field ? { path: field } : {}),
    ...(record !== undefined ? { record } : {}),
    message: p.message,
    severity: p.severity,
  };
}

function rejectedRows(draft: Draft): RejectedRow[] {
  const rows: RejectedRow[] = [];
  const add = (d: DraftRecord, kind: 'actor' | 'relation') => {
    if (!isRejected(d)) return;
    const id = foreignIdOf(d);
    rows.push({
      ...(d.place.line !== undefined ? { line: d.place.line } : {}),
      ...(id !== undefined ? { record: { kind, id } } : {}),
      values: d.values(),
      problems: d.problems.filter((p) => p.severity === 'error'),
    });
  };
  for (const a of draft.actors) add(a, 'actor');
  for (const r of draft.relations) add(r, 'relation');
  return rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const MAX_ROUNDS = 4;

export function assemble(draft: Draft, options: ImportOptions): ImportResult {
  const fileErrors = draft.problems.filter((p) => p.severity === 'error');
  if (fileErrors.length > 0) return failed([...draft.problems, ...draft.warnings]);
  checkCancelled(options);
  const global: Problem[] = [];
  let warnings: Problem[] = [];
  let built = buildDataset(draft, options);
  for (let round = 1; ; round++) {
    const result = validateDataset(built.dataset, {
      file: draft.file,
      requireEvidence: options.requireEvidence ?? false,
    });
    warnings = [...built.warnings];
    const found = result.ok ? result.warnings : result.problems;
    let refused = false;
    for (const p of found) {
      const { drafts, field } = draftsOf(p, built);
      if (drafts.length === 0) {
        (p.severity === 'error' ? global : warnings).push({ ...p, file: draft.file });
        continue;
      }
      for (const d of drafts) {
        const q = placed(p, d, draft, field);
        if (p.severity === 'error') d.problems.push(q);
        else warnings.push(q);
        refused ||= p.severity === 'error';
      }
    }
    if (result.ok || global.length > 0 || !refused) break;
    if (round === MAX_ROUNDS) {
      global.push(fileErrorIn(draft.file, 'the file could not be made into a valid dataset'));
      break;
    }
    checkCancelled(options);
    built = buildDataset(draft, options);
  }
  options.onProgress?.(1);
  const rejected = rejectedRows(draft);
  const recordWarnings = [...built.actorDrafts, ...built.relationDrafts].flatMap((d) =>
    d.problems.filter((p) => p.severity === 'warning'),
  );
  const droppedWarnings = [...draft.dropped].map(([what, n]) =>
    fileWarningIn(
      draft.file,
      `${n} ${what} ${n === 1 ? 'was' : 'were'} not read: Faultline has no place for it`,
    ),
  );
  const skippedWarnings = [...draft.skipped.values()].map((s) =>
    warningIn(
      draft.file,
      `<${s.name}> is not read inside <${s.parent}>: ${s.count === 1 ? 'it was' : `${s.count.toLocaleString('en')} such elements were`} skipped (the first here)`,
      { line: s.line, column: s.column },
    ),
  );
  const allWarnings = [
    ...draft.warnings,
    ...droppedWarnings,
    ...skippedWarnings,
    ...recordWarnings,
    ...warnings,
    ...draft.cap.summaries(draft.file),
  ];
  if (global.length > 0) return failed([...global, ...rejected.flatMap((r) => r.problems)]);
  if (rejected.length === 0) {
    return {
      ok: true,
      dataset: built.dataset,
      warnings: allWarnings,
      rejected,
      report: reportOf(built.dataset, draft.format, built.foreignTypes, draft.dropped, draft.skipped),
    };
  }
  const problems = [...rejected.flatMap((r) => r.problems), ...allWarnings];
  const left = built.dataset.actors.length + built.dataset.relations.length;
  if (left === 0) return failed(problems);
  const report = reportOf(built.dataset, draft.format, built.foreignTypes, draft.dropped, draft.skipped);
  return { ok: false, problems, partial: { dataset: built.dataset, rejected, report } };
}
