// The free-form `attributes` of actors and relations (values Faultline keeps for other tools) as columns for the
// table-like exports: one column per key, typed by the values it holds, named by the key unless the key would
// shadow a column the format already writes (then `attributes.<key>`), so nothing is lost and nothing overwritten.
import type { Attributes } from '../../model';

export type AttributeKind = 'number' | 'boolean' | 'string';

export interface AttributeColumn {
  readonly key: string;
  /** The column or attribute name written in the file. */
  readonly name: string;
  /** `number` or `boolean` when every non-null value is one; `string` otherwise. */
  readonly kind: AttributeKind;
}

/** Columns for every attribute key used by `records`, in order of first use. */
export function attributeColumns(
  records: Iterable<{ readonly attributes?: Attributes | undefined }>,
  reserved: Iterable<string>,
): AttributeColumn[] {
  const kinds = new Map<string, AttributeKind | null>();
  for (const r of records) {
    for (const [key, value] of Object.entries(r.attributes ?? {})) {
      const seen = kinds.get(key) ?? null;
      if (value === null) {
        if (!kinds.has(key)) kinds.set(key, null);
        continue;
      }
      const kind: AttributeKind =
        typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
      kinds.set(key, seen === null || seen === kind ? kind : 'string');
    }
  }
  const taken = new Set([...reserved].map((n) => n.toLowerCase()));
  return [...kinds].map(([key, kind]) => ({
    key,
    name: taken.has(key.toLowerCase()) ? `attributes.${key}` : key,
    kind: kind ?? 'string',
  }));
}

/** The value of one attribute as text, or undefined when the record lacks it (or holds null). */
export function attributeText(attributes: Attributes | undefined, key: string): string | undefined {
  const value = attributes?.[key];
  return value === undefined || value === null ? undefined : String(value);
}
