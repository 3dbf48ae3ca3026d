// A zip of CSV tables (what the CSV export writes): relations.csv with actors.csv, sources.csv, evidence.csv and
// dataset.csv (the dataset's id, title and description) beside it. Sizes are checked before anything is inflated, so a small archive cannot unpack past the import limit.
import { unzipSync } from 'fflate';
import type { Problem } from '../../model';
import { decodeText, MAX_IMPORT_BYTES } from './text';
import { fileErrorIn } from '../problem';

export const ZIP_TABLES = ['relations', 'actors', 'sources', 'evidence', 'dataset'] as const;
export type ZipTable = (typeof ZIP_TABLES)[number];

export type ZipRead =
  | {
      readonly ok: true;
      readonly tables: Map<ZipTable, { text: string; fileName: string }>;
      readonly warnings: Problem[];
    }
  | { readonly ok: false; readonly problems: Problem[] };

function tableOf(name: string): ZipTable | undefined {
  const base = name.replace(/^.*\//, '').toLowerCase();
  return ZIP_TABLES.find(
    (t) => base === `${t}.csv` || base.endsWith(`-${t}.csv`) || base.endsWith(`_${t}.csv`),
  );
}

export function readZip(bytes: Uint8Array, file: string): ZipRead {
  const fail = (message: string): ZipRead => ({
    ok: false,
    problems: [fileErrorIn(file, message)],
  });
  let total = 0;
  let files;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!f.name.toLowerCase().endsWith('.csv')) return false;
        total += f.originalSize;
        return total <= MAX_IMPORT_BYTES;
      },
    });
  } catch {
    // fflate reports a damaged or unsupported archive with a plain Error and a code, not a type of its own.
    return fail('the file is not a zip archive Faultline can open');
  }
  if (total > MAX_IMPORT_BYTES)
    return fail('the tables in the zip unpack to more than 200 MB, more than Faultline reads');
  const names = Object.keys(files);
  const tables = new Map<ZipTable, { text: string; fileName: string }>();
  const warnings: Problem[] = [];
  for (const name of names) {
    const table = tableOf(name) ?? (names.length === 1 ? 'relations' : undefined);
    if (!table || tables.has(table)) continue;
    const decoded = decodeText(files[name]!, name);
    if (!decoded.ok) return { ok: false, problems: decoded.problems };
    warnings.push(...decoded.warnings);
    tables.set(table, { text: decoded.text, fileName: name });
  }
  if (!tables.has('relations')) return fail('the zip holds no relations table (a file named relations.csv)');
  return { ok: true, tables, warnings };
}
