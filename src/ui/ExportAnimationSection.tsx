// The animation part of the export dialog: a date range, a step and a frame rate played into a GIF or a WebM
// video, one frame per date with the date drawn on it; a progress bar while it records, and Cancel.
import { useEffect, useMemo, useRef, useState } from 'react';
import { DAY_MS } from '../model';
import { ANIMATION_FORMATS, MIN_WIDTH_PX, STEPS, type AnimationFormat, type Step } from '../io/export';
import { ExportCancelled, animationDates } from '../figure/animate';
import { parseIsoDay } from '../state/url';
import { isoDay } from '../state/viewState';
import { download } from './download';
import { Choice, NumberField } from './ExportFields';
import { exportAnimation } from '../figure/exportAnimation';
import { failureText, type ExportContext, type FigureRequest } from '../figure/exportFigure';
import { windowOf } from '../state/timeActions';

const STEP_LABELS: Readonly<Record<Step, string>> = { day: 'a day', week: 'a week', month: 'a month' };
const FORMAT_LABELS: Readonly<Record<AnimationFormat, string>> = { gif: 'GIF', webm: 'WebM video' };
/** The default range when the view is not a window: the twelve weeks up to the date shown. */
const DEFAULT_WEEKS = 12;

interface Props {
  readonly context: ExportContext;
  readonly figure: FigureRequest;
  readonly busy: boolean;
  readonly setBusy: (busy: boolean) => void;
  readonly setStatus: (status: { text: string; error: boolean } | null) => void;
}

export function ExportAnimationSection({ context, figure, busy, setBusy, setStatus }: Props) {
  const initial = useMemo(() => {
    const s = context.store.get();
    const date = s.date ?? 0;
    const range =
      s.mode === 'window' ? windowOf({ ...s, date }) : { from: date - DEFAULT_WEEKS * 7 * DAY_MS, to: date };
    return { from: isoDay(range.from), to: isoDay(range.to) };
  }, [context]);
  const [format, setFormat] = useState<AnimationFormat>('gif');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [step, setStep] = useState<Step>('week');
  const [fps, setFps] = useState(4);
  const [width, setWidth] = useState(960);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Closing the dialog cancels a recording: nothing would show its progress or its end.
  useEffect(() => () => abort.current?.abort(), []);

  const frames = useMemo(() => {
    const a = parseIsoDay(from);
    const b = parseIsoDay(to);
    if (a === null || b === null) return 'choose both days';
    try {
      const n = animationDates(a, b, step).length;
      return `${n} frame${n === 1 ? '' : 's'}, ${(n / fps).toFixed(1)} s`;
    } catch (e) {
      return failureText(e);
    }
  }, [from, to, step, fps]);

  const record = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProgress({ done: 0, total: 0 });
    setStatus({ text: 'Recording…', error: false });
    try {
      const file = await exportAnimation(
        context,
        { format, from, to, step, fps, width, ...figure },
        { signal: controller.signal, onProgress: (p) => setProgress({ done: p.done, total: p.total }) },
      );
      download(file);
      setStatus({ text: `Saved ${file.fileName} (${file.frames} frames)`, error: false });
    } catch (e) {
      setStatus(
        e instanceof ExportCancelled
          ? { text: 'Cancelled.', error: false }
          : { text: failureText(e), error: true },
      );
    } finally {
      abort.current = null;
      setProgress(null);
      setBusy(false);
    }
  };

  return (
    <fieldset>
      <legend>Animation</legend>
      <Choice
        label="Animation format"
        value={format}
        options={ANIMATION_FORMATS}
        labels={FORMAT_LABELS}
        onChange={setFormat}
      />
      <label>
        From <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        To <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <Choice label="Step" value={step} options={STEPS} labels={STEP_LABELS} onChange={setStep} />
      <NumberField
        label="Frames per second"
        min={0.5}
        max={30}
        step={0.5}
        value={fps}
        onChange={(v) => setFps(Number(v))}
      />
      <NumberField
        label="Frame width in pixels"
        min={MIN_WIDTH_PX}
        max={3840}
        step={2}
        value={width}
        onChange={(v) => setWidth(Number(v))}
      />
      <span className="frames">{frames}</span>
      {progress ? (
        <span className="recording">
          <progress value={progress.done} max={progress.total || 1} aria-label="Recording progress" />
          <span>
            {progress.done} / {progress.total || '…'}
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" disabled={busy} onClick={() => void record()}>
          Record animation
        </button>
      )}
    </fieldset>
  );
}
