// The import dialog: choose or paste what to import, watch it being read (progress, Cancel), then see what was
// read before anything changes: the report and, for files with their own types, the mapping step, then "Open";
// or the problems, with the current dataset untouched: records rejected one by one leave the rest to open, the
// default action (focused), with the rejected rows to download as CSV. Text from the file is rendered as text,
// never as markup.
import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultTypeMapping, IMPORT_EXTENSIONS, rejectedToCsv, type ImportResult } from '../io/import';
import { pastedSource, type ImportProgress } from '../state/importer';
import { download } from './download';
import { EventCodeStep } from './EventCodeStep';
import { EventOptionsStep } from './EventOptionsStep';
import { ImportSummary, ProblemList } from './ImportSummary';
import { TypeMappingStep } from './TypeMappingStep';
import type { ImportFlow } from './useImport';
import './export.css';
import './import.css';

export const ACCEPT = IMPORT_EXTENSIONS.map((e) => `.${e}`).join(',');

const PHASE_TEXT: Readonly<Record<ImportProgress['phase'], string>> = {
  reading: 'Reading the file',
  parsing: 'Reading the records and checking them',
};

function Progress({ fileName, progress }: { fileName: string; progress: ImportProgress }) {
  const percent = progress.done === null ? null : Math.round(progress.done * 100);
  return (
    <section aria-label="Import progress">
      <p>
        {PHASE_TEXT[progress.phase]}: {fileName}
        {percent !== null && ` (${percent}%)`}
      </p>
      {/* No value while the phase cannot say how far it is: the bar then shows activity, not a made-up share. */}
      <progress
        aria-label="Import progress"
        max={1}
        {...(progress.done !== null && { value: progress.done })}
      />
    </section>
  );
}

function Chooser({ flow, onPick }: { flow: ImportFlow; onPick: () => void }) {
  const [text, setText] = useState('');
  return (
    <section aria-label="Choose what to import">
      <p>
        Open a file (JSON, CSV or a zip of CSV tables, GEXF, GraphML, Cytoscape JSON), drop one onto the
        window, or paste its text here.
      </p>
      <button type="button" onClick={onPick}>
        Choose a file…
      </button>
      <label className="paste-area">
        Pasted text
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      </label>
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => flow.begin('pasted text', () => Promise.resolve(pastedSource(text)))}
      >
        Read the pasted text
      </button>
    </section>
  );
}

function rejectedFileName(fileName: string): string {
  return `${fileName.replace(/\.[^.]*$/, '') || 'import'}-rejected.csv`;
}

function Outcome({ flow, fileName, result }: { flow: ImportFlow; fileName: string; result: ImportResult }) {
  const stage = flow.stage;
  const report = result.ok ? result.report : result.partial?.report;
  const proposal = useMemo(() => defaultTypeMapping(report?.foreignTypes ?? []), [report]);
  const mapping = stage?.kind === 'read' ? stage.mapping : proposal;
  const events = stage?.kind === 'read' ? stage.events : {};
  const eventCodes = stage?.kind === 'read' ? stage.eventCodes : report?.eventCodes;
  // Event data is mapped by its codes, before folding, not by the Faultline types the fold gives.
  const mappingStep = eventCodes ? (
    <>
      <EventOptionsStep options={events} onChange={flow.refold} />
      <EventCodeStep codes={eventCodes} options={events} onChange={flow.refold} />
    </>
  ) : (
    report &&
    report.foreignTypes.length > 0 && (
      <TypeMappingStep
        foreignTypes={report.foreignTypes}
        mapping={mapping}
        proposal={proposal}
        onChange={flow.remap}
      />
    )
  );
  if (result.ok) {
    return (
      <>
        <ImportSummary report={result.report} warnings={result.warnings} />
        {mappingStep}
        <footer>
          <button type="button" className="primary" onClick={() => flow.open(result.dataset)}>
            Open
          </button>
          <button type="button" onClick={flow.close}>
            Cancel
          </button>
        </footer>
      </>
    );
  }
  const partial = result.partial;
  const rejected = partial?.rejected.length ?? 0;
  const problemsText =
    result.problems.length === 1 ? 'The problem:' : `The ${result.problems.length} problems:`;
  return (
    <>
      {/* With a valid part the rejected records are left out and the rest is what opens, as the command line's
          convert does unless --strict; the dataset shown now stays open until then. */}
      <p role="alert">
        {partial
          ? `${fileName}: ${rejected} ${rejected === 1 ? 'record is' : 'records are'} rejected and left out; “Load the valid part” opens the rest (the dataset shown now stays open until then). `
          : `${fileName} cannot be opened: the dataset shown now stays open. `}
        {problemsText}
      </p>
      <ProblemList problems={result.problems} label="Problems" />
      {partial && <ImportSummary report={partial.report} warnings={[]} />}
      {mappingStep}
      <footer>
        {partial && (
          <>
            <button type="button" className="primary" autoFocus onClick={() => flow.open(partial.dataset)}>
              Load the valid part ({rejected} {rejected === 1 ? 'row' : 'rows'} rejected)
            </button>
            <button
              type="button"
              disabled={rejected === 0}
              onClick={() =>
                download({
                  fileName: rejectedFileName(fileName),
                  mime: 'text/csv',
                  bytes: new TextEncoder().encode(rejectedToCsv(partial.rejected)),
                })
              }
            >
              Download rejected rows (CSV)
            </button>
          </>
        )}
        <button type="button" onClick={flow.close}>
          Close
        </button>
      </footer>
    </>
  );
}

export function ImportDialog({ flow, onPick }: { flow: ImportFlow; onPick: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = flow.stage;
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  if (!stage) return null;
  return (
    <dialog
      ref={dialog}
      className="export-dialog import-dialog"
      aria-label="Import data"
      onCancel={(e) => {
        e.preventDefault();
        flow.cancel();
      }}
    >
      <header>
        <h2>Import data</h2>
        <button type="button" onClick={flow.cancel} aria-label="Close the import">
          ×
        </button>
      </header>
      {stage.kind === 'choose' && <Chooser flow={flow} onPick={onPick} />}
      {stage.kind === 'reading' && (
        <>
          <Progress fileName={stage.fileName} progress={stage.progress} />
          <footer>
            <button type="button" onClick={flow.cancel}>
              Cancel
            </button>
          </footer>
        </>
      )}
      {stage.kind === 'read' && (
        <Outcome flow={flow} fileName={stage.source.fileName} result={stage.result} />
      )}
      {stage.kind === 'exists' && (
        <>
          <p role="alert">
            {stage.kept.message} It was kept on{' '}
            {new Date(stage.kept.savedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}
            {stage.kept.title === stage.dataset.title ? '' : ` as “${stage.kept.title}”`}, perhaps from
            another tab. Nothing has changed yet.
          </p>
          <footer>
            <button type="button" onClick={() => flow.open(stage.dataset, 'replace')}>
              Replace the kept one
            </button>
            <button type="button" onClick={() => flow.open(stage.dataset, 'keepBoth')}>
              Keep both
            </button>
            <button type="button" onClick={flow.close}>
              Cancel
            </button>
          </footer>
        </>
      )}
      {stage.kind === 'notKept' && (
        <>
          <p role="alert">
            {stage.message}. “{stage.dataset.title}” was read and checked but not kept, and the dataset open
            before is unchanged.
          </p>
          <p>
            {stage.full
              ? 'Remove imported datasets you no longer need (Dataset, then Remove) and import it again, or open it for this page only: '
              : 'You can open it for this page only: '}
            a reload or a new tab will not find it; export it from the view to keep a copy.
          </p>
          <footer>
            <button type="button" onClick={() => flow.openUnkept(stage.dataset)}>
              Open for this page only
            </button>
            <button type="button" onClick={flow.close}>
              Close
            </button>
          </footer>
        </>
      )}
      {stage.kind === 'failed' && (
        <>
          <p role="alert">{stage.message}</p>
          <footer>
            <button type="button" onClick={flow.close}>
              Close
            </button>
          </footer>
        </>
      )}
    </dialog>
  );
}
