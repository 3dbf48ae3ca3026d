// Data exports from the explorer: the whole dataset, or the relations behind the current view, in any format of
// the data exporters (writeAny), named like the images (`af-pak_2026-02-27.gexf` for a view), with the node
// positions the graph shows for the formats that carry them.
import { writeAny, type ExportFormatId, type WriteOptions } from '../io/export';
import { exportFileStem } from '../figure/file-name';
import type { ExportedFile } from '../io/export';
import type { ExportContext } from '../figure/exportFigure';

export type DataScope = 'dataset' | 'view';

/** `options` are the writer's own (the graph's direction for GEXF and GraphML). */
export function exportData(
  ctx: ExportContext,
  format: ExportFormatId,
  scope: DataScope,
  options: WriteOptions = {},
): ExportedFile {
  const model = ctx.model();
  const live = ctx.live();
  const positions = ctx.graph()?.positions() ?? {};
  const written = writeAny(model.dataset, format, {
    ...options,
    positions,
    ...(scope === 'view'
      ? { edgeKeys: live.edges, fileStem: exportFileStem(model.dataset.id, live.spec) }
      : {}),
  });
  const bytes = typeof written.bytes === 'string' ? new TextEncoder().encode(written.bytes) : written.bytes;
  return { fileName: written.fileName, mime: written.mime, bytes };
}
