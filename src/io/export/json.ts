// The Faultline dataset format ("faultline-dataset/1") written back: keys in the order the format declares them
// (read from the schema itself, so the two cannot drift), two-space indentation and a final newline. Reading the
// bundled file and writing it again gives the same bytes; `attributes` keep the order they were given in.
import type { Dataset } from '../../model';
import {
  actorSchema,
  datasetSchema,
  evidenceSchema,
  relationSchema,
  relationTypeDeclarationSchema,
  sourceSchema,
} from '../../model';
import { datasetForExport, type ExportOptions } from './selection';
import { textFile, type WriterFormat } from './writer-format';

const keysOf = (schema: { shape: object }): readonly string[] => Object.keys(schema.shape);

const DATASET_KEYS = keysOf(datasetSchema);
const ACTOR_KEYS = keysOf(actorSchema);
const RELATION_KEYS = keysOf(relationSchema);
const EVIDENCE_KEYS = keysOf(evidenceSchema);
const SOURCE_KEYS = keysOf(sourceSchema);
const TYPE_KEYS = keysOf(relationTypeDeclarationSchema);

/** A copy of `value` holding `keys` in that order; absent (undefined) values are left out. */
function ordered(value: object, keys: readonly string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
  return out;
}

/** The dataset with every record's keys in the format's order. */
export function canonicalDataset(dataset: Dataset): Record<string, unknown> {
  return ordered(
    {
      ...dataset,
      relationTypes: dataset.relationTypes?.map((t) => ordered(t, TYPE_KEYS)),
      sources: dataset.sources.map((s) => ordered(s, SOURCE_KEYS)),
      actors: dataset.actors.map((a) => ordered(a, ACTOR_KEYS)),
      relations: dataset.relations.map((r) =>
        ordered({ ...r, evidence: r.evidence.map((e) => ordered(e, EVIDENCE_KEYS)) }, RELATION_KEYS),
      ),
    },
    DATASET_KEYS,
  );
}

export function writeJson(dataset: Dataset, options: ExportOptions = {}): string {
  return `${JSON.stringify(canonicalDataset(datasetForExport(dataset, options.edgeKeys)), null, 2)}\n`;
}

/** How writeJson's text starts, up to the dataset's id: the format's first two keys, as it writes them. */
function head(dataset: Pick<Dataset, 'format' | 'id'>): string {
  return `{\n  "format": ${JSON.stringify(dataset.format)},\n  "id": ${JSON.stringify(dataset.id)},\n`;
}

/**
 * What writeJson writes for `dataset` under the id `id`, made from the text it wrote for `dataset` (`json`) by
 * rewriting its head: no second walk through a large dataset (the import keeps both under a new id on the page,
 * where writing 200,000 relations again held it for half a second). Undefined when `json` does not start as
 * writeJson writes this dataset, so the caller writes it instead.
 */
export function jsonWithId(json: string, dataset: Dataset, id: string): string | undefined {
  const from = head(dataset);
  if (!json.startsWith(from)) return undefined;
  return head({ format: dataset.format, id }) + json.slice(from.length);
}

const JSON_FILE = { extension: 'json', mediaType: 'application/json' };

export const jsonWriter: WriterFormat<'json'> = {
  id: 'json',
  label: 'Faultline dataset (JSON)',
  ...JSON_FILE,
  write: textFile(JSON_FILE, writeJson),
};
