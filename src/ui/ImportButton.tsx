// The header's Import button and every other way in: a file input, files dropped anywhere on the window, text
// pasted (Ctrl/Cmd+V) outside a text field, and `?data=<url>` in the address at launch. All go through one
// flow (useImport) and one dialog.
import { useEffect, useRef } from 'react';
import { dataUrl, fetchSource, fileSource, pastedSource, refuseLarge } from '../state/importer';
import type { ViewStore } from '../state/store';
import { ACCEPT, ImportDialog } from './ImportDialog';
import { useImport, type ImportFlow } from './useImport';

/** `?data=` (and `datatimeout=`, seconds) as the page was opened with them, before the URL binding rewrites it. */
const LAUNCH = new URLSearchParams(window.location.search);
const LAUNCH_DATA = LAUNCH.get('data');
const LAUNCH_TIMEOUT_S = Number(LAUNCH.get('datatimeout'));
let launched = false;

function importFile(flow: ImportFlow, file: File): void {
  flow.begin(file.name, () => Promise.resolve(refuseLarge(file.size, file.name) ?? fileSource(file)));
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function ImportButton({ store }: { store: ViewStore }) {
  const flow = useImport(store);
  const input = useRef<HTMLInputElement>(null);
  const { begin } = flow;
  const flowRef = useRef(flow);
  useEffect(() => {
    flowRef.current = flow;
  });

  useEffect(() => {
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      e.preventDefault();
      importFile(flowRef.current, file);
    };
    const onPaste = (e: ClipboardEvent) => {
      if (typing(e.target) || flowRef.current.stage) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim() === '') return;
      e.preventDefault();
      flowRef.current.begin('pasted text', () => Promise.resolve(pastedSource(text)));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, []);

  useEffect(() => {
    // Once per page load, however often the header mounts.
    if (LAUNCH_DATA === null || launched) return;
    launched = true;
    const idleTimeoutMs = LAUNCH_TIMEOUT_S > 0 ? LAUNCH_TIMEOUT_S * 1000 : undefined;
    begin(LAUNCH_DATA, async (signal) =>
      fetchSource(dataUrl(LAUNCH_DATA, window.location.href), {
        signal,
        ...(idleTimeoutMs !== undefined && { idleTimeoutMs }),
      }),
    );
  }, [begin]);

  return (
    <>
      <button type="button" onClick={flow.choose} aria-haspopup="dialog">
        Import
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        data-testid="import-file"
        aria-label="Import a file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) importFile(flow, file);
        }}
      />
      {flow.stage && <ImportDialog flow={flow} onPick={() => input.current?.click()} />}
    </>
  );
}
