// The import flow's state, shared by the Open button, drag and drop, paste and `?data=`: a source is read in
// the worker (progress, Cancel), the result waits in the dialog (report, mapping step, or problems), and only
// "Open" replaces the view, after the dataset is kept in the library. The current dataset stays open until then.
import { useCallback, useRef, useState } from 'react';
import { defaultTypeMapping, ImportCancelled, type ImportResult, type TypeMapping } from '../io/import';
import type { EventImportOptions } from '../io/import';
import type { Dataset } from '../model';
import type { EventCodeCount } from '../model';
import { StorageFullError, StorageUnavailableError } from '../state/db';
import { besideKept, DatasetExistsError, keepForThisPage, saveDataset } from '../state/library';
import { startImport, type ImportProgress, type ImportSource } from '../state/importer';
import type { ViewStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';

export type ImportStage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly fileName: string; readonly progress: ImportProgress }
  | {
      readonly kind: 'read';
      readonly source: ImportSource;
      readonly result: ImportResult;
      readonly mapping: TypeMapping;
      /** Event data's options (window, evidence kept, code mapping); empty for the readers' defaults. */
      readonly events: EventImportOptions;
      /**
       * Event data: the codes its events use, from the report, or from the reading before when this one gave no
       * report (every code left out and a bad row: nothing valid), so the choice can still be undone.
       */
      readonly eventCodes?: readonly EventCodeCount[];
    }
  | { readonly kind: 'failed'; readonly message: string }
  /** Read and checked, but the browser would not keep it: it may still be opened for this page only. */
  | { readonly kind: 'notKept'; readonly dataset: Dataset; readonly message: string; readonly full: boolean }
  /** Another dataset is kept under the same id: replace it, or keep both. */
  | { readonly kind: 'exists'; readonly dataset: Dataset; readonly kept: DatasetExistsError };

/** What Open does when a dataset is already kept under the same id. */
export type OnExisting = 'ask' | 'replace' | 'keepBoth';

export interface ImportFlow {
  readonly stage: ImportStage | null;
  // Properties, not methods: the dialogs pass them unbound as event handlers.
  readonly choose: () => void;
  /** Reads what `get` gives (a file being read, a fetch): a source, or a result that refuses it outright. */
  readonly begin: (
    fileName: string,
    get: (signal: AbortSignal) => Promise<ImportSource | ImportResult>,
  ) => void;
  readonly remap: (mapping: TypeMapping) => void;
  /** Event data: reads the file again with other options (fold, evidence kept, code mapping). */
  readonly refold: (events: EventImportOptions) => void;
  readonly open: (dataset: Dataset, onExisting?: OnExisting) => void;
  /** Opens a dataset the browser would not keep, for this page only. */
  readonly openUnkept: (dataset: Dataset) => void;
  readonly cancel: () => void;
  readonly close: () => void;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The view of a newly opened dataset: its own defaults, the user's look kept. */
export function switchTo(store: ViewStore, id: string): void {
  store.update(
    (s) =>
      s.dataset === id
        ? s
        : { ...DEFAULT_VIEW, dataset: id, theme: s.theme, layout: s.layout, panel: s.panel },
    'push',
  );
}

export function useImport(store: ViewStore): ImportFlow {
  const [stage, setStage] = useState<ImportStage | null>(null);
  const running = useRef<{ cancel(): void } | null>(null);

  const read = useCallback(
    (
      source: ImportSource,
      mapping?: TypeMapping,
      events: EventImportOptions = {},
      codesBefore?: readonly EventCodeCount[],
    ) => {
      running.current?.cancel();
      const job = startImport(
        source,
        (progress) => setStage({ kind: 'reading', fileName: source.fileName, progress }),
        mapping,
        events,
      );
      running.current = job;
      job.result.then(
        (result) => {
          if (running.current !== job) return;
          running.current = null;
          const report = result.ok ? result.report : result.partial?.report;
          const eventCodes = report?.eventCodes ?? codesBefore;
          setStage({
            kind: 'read',
            source,
            result,
            mapping: mapping ?? defaultTypeMapping(report?.foreignTypes ?? []),
            events,
            ...(eventCodes && { eventCodes }),
          });
        },
        (e: unknown) => {
          if (running.current === job) running.current = null;
          if (!(e instanceof ImportCancelled)) setStage({ kind: 'failed', message: errorText(e) });
        },
      );
    },
    [],
  );

  const begin = useCallback(
    (fileName: string, get: (signal: AbortSignal) => Promise<ImportSource | ImportResult>) => {
      running.current?.cancel();
      const control = new AbortController();
      // Whatever `get` answers after a Cancel or a newer import is dropped: a cancelled import stays cancelled.
      const job = { cancel: () => control.abort() };
      running.current = job;
      setStage({ kind: 'reading', fileName, progress: { phase: 'reading', done: null } });
      get(control.signal).then(
        (got) => {
          if (running.current !== job) return;
          running.current = null;
          if ('input' in got) read(got);
          else
            setStage({
              kind: 'read',
              source: { fileName, input: '' },
              result: got,
              mapping: new Map(),
              events: {},
            });
        },
        (e: unknown) => {
          if (running.current !== job) return;
          running.current = null;
          if (!(e instanceof ImportCancelled)) setStage({ kind: 'failed', message: errorText(e) });
        },
      );
    },
    [read],
  );

  const remap = useCallback(
    (mapping: TypeMapping) => {
      if (stage?.kind === 'read') read(stage.source, mapping, stage.events, stage.eventCodes);
    },
    [stage, read],
  );

  // The type names an event file yields follow from its options ("clash series" only where a relation outlasts an
  // event), so a new fold starts from the proposal for the names it gives.
  const refold = useCallback(
    (events: EventImportOptions) => {
      if (stage?.kind === 'read') read(stage.source, undefined, events, stage.eventCodes);
    },
    [stage, read],
  );

  const open = useCallback(
    (dataset: Dataset, onExisting: OnExisting = 'ask') => {
      const saved =
        onExisting === 'keepBoth'
          ? besideKept(dataset).then((d) => saveDataset(d))
          : saveDataset(dataset, onExisting === 'replace');
      saved.then(
        (id) => {
          setStage(null);
          switchTo(store, id);
        },
        (e: unknown) =>
          setStage(
            e instanceof DatasetExistsError
              ? { kind: 'exists', dataset, kept: e }
              : e instanceof StorageUnavailableError
                ? { kind: 'notKept', dataset, message: e.message, full: e instanceof StorageFullError }
                : { kind: 'failed', message: errorText(e) },
          ),
      );
    },
    [store],
  );

  const openUnkept = useCallback(
    (dataset: Dataset) => {
      setStage(null);
      switchTo(store, keepForThisPage(dataset));
    },
    [store],
  );

  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    setStage(null);
  }, []);

  return {
    stage,
    choose: useCallback(() => setStage({ kind: 'choose' }), []),
    begin,
    remap,
    refold,
    open,
    openUnkept,
    cancel,
    close: cancel,
  };
}
