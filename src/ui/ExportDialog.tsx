// The export dialog: one figure's settings (background, caption, which parts to show) shared by a still image
// (PNG at 1×–4× or a width in pixels, JPEG, SVG, PDF) and an animation (GIF or WebM over a date range, with a
// progress bar and Cancel), and the data formats of the whole dataset or the current view. Every file is saved
// through an <a download> under a name that says what it holds.
import { useEffect, useRef, useState } from 'react';
import { EDGE_MODES, EDGES_OPTION, EXPORT_FORMATS, type EdgeMode, type ExportFormatId } from '../io/export';
import {
  BACKGROUNDS,
  FIGURE_PARTS,
  IMAGE_FORMATS,
  MAX_SCALE,
  MAX_WIDTH_PX,
  MIN_WIDTH_PX,
  type Background,
  type FigurePart,
  type ImageFormat,
} from '../io/export';
import { download } from './download';
import { Choice, NumberField } from './ExportFields';
import { ExportAnimationSection } from './ExportAnimationSection';
import { exportData, type DataScope } from './exportData';
import { exportImage, failureText, type ExportContext, type FigureRequest } from '../figure/exportFigure';
import './export.css';

const PART_LABELS: Readonly<Record<FigurePart, string>> = {
  title: 'Title',
  caption: 'Caption',
  when: 'Date and mode',
  filters: 'Filters',
  legend: 'Legend',
  sources: 'Sources',
};
const BACKGROUND_LABELS: Readonly<Record<Background, string>> = {
  white: 'White',
  dark: 'Dark',
  transparent: 'Transparent',
};
const FORMAT_LABELS: Readonly<Record<ImageFormat, string>> = {
  png: 'PNG',
  jpeg: 'JPEG',
  svg: 'SVG (vector)',
  pdf: 'PDF (vector)',
};
const SCALES = Array.from({ length: MAX_SCALE }, (_, i) => i + 1);

/** The --edges modes in words (docs/export.md, Direction). */
const EDGE_LABELS: Readonly<Record<EdgeMode, string>> = {
  auto: 'Auto: opens in every program',
  directed: 'Directed',
  undirected: 'Undirected',
  mixed: 'Mixed: each edge says (Gephi, yEd)',
};

export function ExportDialog({ context, onClose }: { context: ExportContext; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const view = context.store.get();
  const [figure, setFigure] = useState<FigureRequest>({
    background: view.theme === 'dark' ? 'dark' : 'white',
    caption: '',
    parts: Object.fromEntries(FIGURE_PARTS.map((p) => [p, true])) as Record<FigurePart, boolean>,
  });
  const [format, setFormat] = useState<ImageFormat>('png');
  const [scale, setScale] = useState(2);
  const [width, setWidth] = useState('');
  const [dataFormat, setDataFormat] = useState<ExportFormatId>('json');
  const [scope, setScope] = useState<DataScope>('view');
  const [edges, setEdges] = useState<EdgeMode>('auto');
  // The direction choice is shown for the writers that register the --edges option (GEXF, GraphML).
  const takesEdges =
    EXPORT_FORMATS.find((f) => f.id === dataFormat)?.options?.includes(EDGES_OPTION) ?? false;
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const run = async (what: string, job: () => Promise<{ fileName: string }>) => {
    setBusy(true);
    setStatus({ text: `${what}…`, error: false });
    try {
      const file = await job();
      setStatus({ text: `Saved ${file.fileName}`, error: false });
    } catch (e) {
      setStatus({ text: failureText(e), error: true });
    } finally {
      setBusy(false);
    }
  };
  const raster = format === 'png' || format === 'jpeg';
  const pixelWidth = width.trim() === '' ? undefined : Number(width);
  const saveImage = () =>
    run('Drawing the figure', async () => {
      const file = await exportImage(context, {
        format,
        ...figure,
        ...(raster ? { scale, ...(pixelWidth !== undefined ? { width: pixelWidth } : {}) } : {}),
      });
      download(file);
      return file;
    });
  const saveData = () =>
    run('Writing the data', () => {
      const file = exportData(context, dataFormat, scope, takesEdges ? EDGES_OPTION.apply(edges) : {});
      download(file);
      return Promise.resolve(file);
    });
  const setPart = (part: FigurePart, on: boolean) =>
    setFigure((f) => ({ ...f, parts: { ...f.parts, [part]: on } }));

  return (
    <dialog ref={dialog} className="export-dialog" aria-label="Export" onClose={onClose}>
      <header>
        <h2>Export</h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close export">
          ×
        </button>
      </header>
      <fieldset>
        <legend>Figure</legend>
        <Choice
          label="Background"
          value={figure.background}
          options={BACKGROUNDS}
          labels={BACKGROUND_LABELS}
          onChange={(background) => setFigure((f) => ({ ...f, background }))}
        />
        <label className="wide">
          Caption{' '}
          <input
            type="text"
            value={figure.caption}
            maxLength={500}
            placeholder="A line under the title"
            onChange={(e) => setFigure((f) => ({ ...f, caption: e.target.value }))}
          />
        </label>
        <span role="group" aria-label="Parts of the figure" className="parts">
          {FIGURE_PARTS.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={figure.parts[p]}
                onChange={(e) => setPart(p, e.target.checked)}
              />{' '}
              {PART_LABELS[p]}
            </label>
          ))}
        </span>
      </fieldset>
      <fieldset>
        <legend>Image of this view</legend>
        <Choice
          label="Image format"
          value={format}
          options={IMAGE_FORMATS}
          labels={FORMAT_LABELS}
          onChange={setFormat}
        />
        <Choice
          label="Scale"
          value={scale}
          options={SCALES}
          labels={(s) => `${s}×`}
          onChange={setScale}
          disabled={!raster}
        />
        <NumberField
          label="or width in pixels"
          min={MIN_WIDTH_PX}
          max={MAX_WIDTH_PX}
          step={1}
          value={width}
          disabled={!raster}
          placeholder="auto"
          onChange={setWidth}
        />
        <button type="button" className="primary" disabled={busy} onClick={() => void saveImage()}>
          Download image
        </button>
      </fieldset>
      <ExportAnimationSection
        context={context}
        figure={figure}
        busy={busy}
        setBusy={setBusy}
        setStatus={setStatus}
      />
      <fieldset>
        <legend>Data</legend>
        <Choice
          label="Data format"
          value={dataFormat}
          options={EXPORT_FORMATS.map((f) => f.id)}
          labels={(id) => EXPORT_FORMATS.find((f) => f.id === id)?.label ?? id}
          onChange={setDataFormat}
        />
        {takesEdges && (
          <Choice
            label="Graph direction"
            value={edges}
            options={EDGE_MODES}
            labels={EDGE_LABELS}
            onChange={setEdges}
          />
        )}
        <span role="radiogroup" aria-label="What to export">
          <label>
            <input type="radio" checked={scope === 'view'} onChange={() => setScope('view')} /> This view
          </label>
          <label>
            <input type="radio" checked={scope === 'dataset'} onChange={() => setScope('dataset')} /> Whole
            dataset
          </label>
        </span>
        <button type="button" disabled={busy} onClick={() => void saveData()}>
          Download data
        </button>
      </fieldset>
      <p role="status" className={status?.error ? 'export-status error' : 'export-status'}>
        {status?.text}
      </p>
    </dialog>
  );
}
