// Reader for the Faultline dataset format itself (the bundled format, and what the JSON exporter writes). The
// dataset validator does the work; problems are placed by JSON path. When only some records are wrong, they are
// left out and the rest checked again, so the valid part can be offered with the records that were not.
import type { Problem } from '../../model';
import { validateDataset } from '../../model';
import { DATASET_FORMAT, type Dataset } from '../../model';
import { isPlainObject, readJsonText } from './json-text';
import { reportOf } from './report';
import type { ReaderFormat } from './reader-format';
import { failed, type ImportOptions, type ImportResult, type RejectedRow } from './result';

type List = 'relationTypes' | 'sources' | 'actors' | 'relations';
const RECORD_KIND = { actors: 'actor', relations: 'relation', sources: 'source' } as const;
const AT = /^(relationTypes|sources|actors|relations)\[(\d+)\]/;
const MAX_ROUNDS = 4;

function rowOf(list: List, record: unknown, problems: Problem[]): RejectedRow {
  const values = new Map<string, string>();
  if (isPlainObject(record)) {
    for (const [k, v] of Object.entries(record)) values.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  const id = isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined;
  const kind = list === 'relationTypes' ? undefined : RECORD_KIND[list];
  return { ...(kind && id !== undefined ? { record: { kind, id } } : {}), values, problems };
}

/** Leaves out every record an error points into, until what is left is valid (or nothing can be said). */
function salvage(
  input: Record<string, unknown>,
  first: readonly Problem[],
  options: ImportOptions & { file: string },
): { dataset: Dataset; rejected: RejectedRow[]; warnings: readonly Problem[] } | undefined {
  let current: Record<string, unknown> = { ...input };
  let problems = first;
  const rejected: RejectedRow[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const drop = new Map<string, Map<number, Problem[]>>();
    for (const p of problems) {
      if (p.severity !== 'error') continue;
      const m = AT.exec(p.path ?? '');
      if (!m) return undefined;
      const byIndex = drop.get(m[1]!) ?? new Map<number, Problem[]>();
      drop.set(m[1]!, byIndex);
      byIndex.set(Number(m[2]), [...(byIndex.get(Number(m[2])) ?? []), p]);
    }
    const next: Record<string, unknown> = { ...current };
    for (const [list, byIndex] of drop) {
      const items = current[list];
      if (!Array.isArray(items)) return undefined;
      next[list] = items.filter((record: unknown, i) => {
        const found = byIndex.get(i);
        if (found) rejected.push(rowOf(list as List, record, found));
        return !found;
      });
    }
    current = next;
    const result = validateDataset(current, {
      file: options.file,
      requireEvidence: options.requireEvidence ?? false,
    });
    if (result.ok) return { dataset: result.value, rejected, warnings: result.warnings };
    problems = result.problems;
  }
  return undefined;
}

/** Reads an already parsed value as a Faultline dataset. */
export function readDatasetValue(value: unknown, options: ImportOptions = {}): ImportResult {
  const file = options.fileName ?? 'dataset.json';
  const result = validateDataset(value, { file, requireEvidence: options.requireEvidence ?? false });
  options.onProgress?.(1);
  if (result.ok) {
    return {
      ok: true,
      dataset: result.value,
      warnings: result.warnings,
      rejected: [],
      report: reportOf(result.value, 'json', []),
    };
  }
  const partial = isPlainObject(value) ? salvage(value, result.problems, { ...options, file }) : undefined;
  if (!partial || partial.dataset.actors.length + partial.dataset.relations.length === 0)
    return failed(result.problems);
  return {
    ok: false,
    problems: result.problems,
    partial: {
      dataset: partial.dataset,
      rejected: partial.rejected,
      report: reportOf(partial.dataset, 'json', []),
    },
  };
}

export function readDatasetJson(input: string, options: ImportOptions = {}): ImportResult {
  const read = readJsonText(input, options.fileName ?? 'dataset.json', options.byteOffset);
  return read.ok ? readDatasetValue(read.value, options) : failed(read.problems);
}

export const datasetReader: ReaderFormat = {
  id: 'json',
  label: 'Faultline dataset JSON',
  extensions: ['json'],
  mediaType: 'application/json',
  sniff: {
    kind: 'json',
    // A dataset says its format; a value that is no object at all is left to the validator to refuse.
    claims: (v) => (isPlainObject(v) ? v.format !== undefined : !Array.isArray(v)),
    lacks: `a Faultline dataset (it has no "format": "${DATASET_FORMAT}")`,
    readValue: readDatasetValue,
  },
  read: readDatasetJson,
};
