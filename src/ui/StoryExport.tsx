// The story panel's export: the story shown, every step at its own view with its caption and cited passages,
// saved as a GIF or a WebM (each step held for the seconds chosen), a PDF (one page per step) or an HTML page
// that plays offline. Saved through the same download as the export dialog; a progress bar while the steps are
// drawn, and Cancel.
import { useEffect, useRef, useState } from 'react';
import { STORY_FORMATS, STORY_VIDEO_FPS, type StoryFormat } from '../io/export';
import type { Story } from '../model';
import { ExportCancelled } from '../figure/animate';
import { failureText, type ExportContext } from '../figure/exportFigure';
import { exportStory } from '../figure/exportStory';
import { viewOfStep } from '../state/storyView';
import { download } from './download';
import { Choice, NumberField } from './ExportFields';

const FORMAT_LABELS: Readonly<Record<StoryFormat, string>> = {
  gif: 'GIF',
  webm: 'WebM video',
  pdf: 'PDF, a page per step',
  html: 'HTML page',
};

export function StoryExport({ context, story }: { context: ExportContext; story: Story }) {
  const [format, setFormat] = useState<StoryFormat>('pdf');
  const [hold, setHold] = useState(3);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Leaving the panel cancels an export: nothing would show its progress or its end.
  useEffect(() => () => abort.current?.abort(), []);
  const video = format === 'gif' || format === 'webm';

  const save = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ done: 0, total: story.steps.length });
    setStatus({ text: 'Drawing the steps…', error: false });
    try {
      const base = context.store.get();
      const file = await exportStory(
        context,
        {
          format,
          title: story.title,
          holdSeconds: hold,
          background: base.theme === 'dark' ? 'dark' : 'white',
          steps: story.steps.map((s) => ({
            state: viewOfStep(base, s.view),
            caption: s.caption,
            citations: s.citations,
          })),
        },
        { signal: controller.signal, onProgress: (p) => setProgress({ done: p.done, total: p.total }) },
      );
      download(file);
      setStatus({ text: `Saved ${file.fileName}`, error: false });
    } catch (e) {
      setStatus(
        e instanceof ExportCancelled
          ? { text: 'Cancelled.', error: false }
          : { text: failureText(e), error: true },
      );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return (
    <details className="story-export">
      <summary>Export story as GIF / WebM / PDF / HTML</summary>
      <Choice
        label="Story format"
        value={format}
        options={STORY_FORMATS}
        labels={FORMAT_LABELS}
        onChange={setFormat}
        disabled={progress !== null}
      />
      {video && (
        <NumberField
          label="Seconds per step"
          min={1 / STORY_VIDEO_FPS}
          max={60}
          step={1 / STORY_VIDEO_FPS}
          value={hold}
          onChange={(v) => setHold(Number(v))}
          disabled={progress !== null}
        />
      )}
      {progress ? (
        <span className="recording">
          <progress value={progress.done} max={progress.total || 1} aria-label="Story export progress" />
          <span>
            {progress.done} / {progress.total}
          </span>
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" disabled={story.steps.length === 0} onClick={() => void save()}>
          Export story
        </button>
      )}
      {status && (
        <p role="status" className={status.error ? 'warning' : undefined}>
          {status.text}
        </p>
      )}
    </details>
  );
}
