// The export registry: every writer, once, in the order menus and help list them. writeAny, the export dialog's
// menu, the command line's formats, outputs and options, and the docs' table (docs/export.md, checked by
// formats.test.ts) are derived from it. A new format is a file with its WriterFormat, its test, its section in
// docs/export.md, and one line here.
import { csvWriter } from './csv';
import { cytoscapeWriter } from './cytoscape';
import { gexfWriter } from './gexf';
import { graphmlWriter } from './graphml';
import { jsonWriter } from './json';
import type { WriteOptions, WriterFormat } from './writer-format';

export const WRITERS = [jsonWriter, gexfWriter, graphmlWriter, csvWriter, cytoscapeWriter] as const;

export type ExportFormatId = (typeof WRITERS)[number]['id'];

export function isExportFormat(id: string): id is ExportFormatId {
  return WRITERS.some((f) => f.id === id);
}

export function writerOf(id: ExportFormatId): WriterFormat<ExportFormatId> {
  return WRITERS.find((f) => f.id === id)!;
}

/** Every file extension an export can have, with the format and the options that file is written with. */
export const EXPORT_OUTPUTS: readonly {
  readonly extension: string;
  readonly format: ExportFormatId;
  readonly options: WriteOptions;
  readonly label: string;
}[] = WRITERS.flatMap((w: WriterFormat<ExportFormatId>) => [
  { extension: w.extension, format: w.id, options: {}, label: w.label },
  ...(w.variants ?? []).map((v) => ({ ...v, format: w.id })),
]);
