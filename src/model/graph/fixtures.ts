// Small hand-made datasets for the model's tests: relations written as one line each, actors derived from them.
// Test support only; nothing in the app imports it.
import type { Dataset, Relation } from '../dataset/schema';
import { DATASET_FORMAT } from '../dataset/schema';
import type { RelationTypeDeclaration } from '../dataset/vocabulary';

export interface RelationLine {
  readonly id: string;
  readonly type: string;
  readonly source: string;
  readonly target: string | readonly string[];
  readonly when: string;
  readonly status?: 'reported' | 'alleged';
}

/** A dataset holding these relations, every actor they name, and `extraActors` with no relation. */
export function datasetOf(
  lines: readonly RelationLine[],
  extraActors: readonly string[] = [],
  relationTypes: readonly RelationTypeDeclaration[] = [],
): Dataset {
  const ids = new Set<string>();
  const relations: Relation[] = lines.map((l) => {
    ids.add(l.source);
    for (const t of typeof l.target === 'string' ? [l.target] : l.target) ids.add(t);
    return {
      id: l.id,
      type: l.type,
      source: l.source,
      target: typeof l.target === 'string' ? l.target : [...l.target],
      when: l.when,
      summary: `${l.source} ${l.type} ${String(l.target)}`,
      status: l.status ?? 'reported',
      evidence: [],
    };
  });
  for (const a of extraActors) ids.add(a);
  return {
    format: DATASET_FORMAT,
    id: 'fixture',
    title: 'Fixture',
    description: 'A dataset made by a test.',
    relationTypes: relationTypes.map((d) => ({ ...d })),
    sources: [],
    actors: [...ids].map((id) => ({ id, label: id, kind: 'state', description: 'A test actor.' })),
    relations,
  };
}

/** Midnight UTC of an ISO date, in ms. */
export function ms(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}
