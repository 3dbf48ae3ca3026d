// The header's Export button: opens the export dialog, and runs the export the address bar asked for (if any)
// once the graph is drawn, saving the file as the dialog would and saying in a status line what happened.
import { useEffect, useState } from 'react';
import { download } from './download';
import { ExportDialog } from './ExportDialog';
import { exportAnimation } from '../figure/exportAnimation';
import { exportImage, failureText, type ExportContext } from '../figure/exportFigure';
import { LAUNCH_QUERY, exportFromQuery } from './urlExport';
import { toQuery } from '../state/url';
import { painted } from '../view/graphHandle';

/** Resolves once the graph is drawn and the app has said it is ready; false when that takes over a minute. */
async function drawn(context: ExportContext): Promise<boolean> {
  for (let i = 0; i < 3600; i++) {
    if (context.graph() && document.getElementById('root')?.dataset.ready === 'true') return true;
    await painted();
  }
  return false;
}

let launched = false;

export function ExportButton({ context }: { context: ExportContext }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    const asked = exportFromQuery(LAUNCH_QUERY);
    // Once per page load, however often the header mounts.
    if (!asked || launched) return;
    launched = true;
    void (async () => {
      if (!(await drawn(context))) return setNote('The export asked for in the address could not start.');
      try {
        const file =
          asked.kind === 'image'
            ? await exportImage(context, asked.request)
            : await exportAnimation(context, asked.request);
        download(file);
        setNote(`Saved ${file.fileName}`);
      } catch (e) {
        setNote(failureText(e));
      } finally {
        // Done once: the address no longer asks for it, so a reload or a shared link does not export again.
        window.history.replaceState(
          window.history.state,
          '',
          `${window.location.pathname}${toQuery(context.store.get())}${window.location.hash}`,
        );
      }
    })();
  }, [context]);

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export
      </button>
      {note && (
        <span role="status" className="export-note">
          {note}
        </span>
      )}
      {open && <ExportDialog context={context} onClose={() => setOpen(false)} />}
    </>
  );
}
