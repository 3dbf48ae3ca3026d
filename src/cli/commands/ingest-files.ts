// What `faultline ingest` reads of its files before DuckDB does: the first line, for GDELT's columns (told by the
// row's width) and for refusing a file that lacks the columns its format's query reads.
import { open } from 'node:fs/promises';
import { DIALECT, gdeltColumns, stageOf, type IngestFormat } from '../../io';
import { CommandFailure } from '../args';

/** The first line of a file, without reading the rest. */
async function headOf(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    return text.split(/\r?\n/, 1)[0] ?? '';
  } finally {
    await handle.close();
  }
}

/** GDELT's column names by the width of the first file's first row; the header's check for the others. */
export async function columnsOf(
  format: IngestFormat,
  files: readonly string[],
): Promise<string[] | undefined> {
  const stage = stageOf(format, DIALECT.duckdb);
  for (const file of files) {
    const head = await headOf(file);
    if (format === 'gdelt') {
      const width = head.split('\t').length;
      const names =
        width === 57
          ? gdeltColumns(false, false)
          : width === 58
            ? gdeltColumns(false, true)
            : width === 61
              ? gdeltColumns(true, true)
              : undefined;
      if (!names)
        throw new CommandFailure(
          `${file}:1: not a GDELT events file: its first row has ${width} tab-separated cells, not 57, 58 or 61`,
        );
      return names;
    }
    const cells = head.split(stage.tabSeparated ? '\t' : ',').map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
    const missing = stage.columns.filter((c) => !cells.includes(c));
    if (missing.length > 0)
      throw new CommandFailure(
        `${file}:1: not a ${format} file: its header lacks ${missing.map((m) => `"${m}"`).join(', ')}`,
      );
  }
  return undefined;
}
