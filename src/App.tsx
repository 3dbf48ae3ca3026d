// The explorer: loads the dataset the view state names, derives what to show from (model, view state) and lays
// out the panels around the one graph view. Sets the ready signal (#root[data-ready]) and the test hook.
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { openingOf, type EdgeRecord, type Model } from './model';
import { DatasetError, formatProblem } from './model';
import { onLibraryChange } from './state/library';
import { useViewState, type ViewStore } from './state/store';
import { preparePositions } from './view/positions';
import { storeRenderer, storedRenderer, type Renderer } from './state/renderer';
import { measureSince } from './state/openTimes';
import { publishTestHook } from './testHook';
import { DEFAULT_DATASET, dayOf, type ViewState } from './state/viewState';
import { AnalysisPanel } from './ui/AnalysisPanel';
import { ComparePanel } from './ui/ComparePanel';
import { Details } from './ui/Details';
import { exportAnimation } from './figure/exportAnimation';
import { exportImage, type ExportContext } from './figure/exportFigure';
import { exportStory } from './figure/exportStory';
import { Filters } from './ui/Filters';
import { Header } from './ui/Header';
import { EdgeModeSwitch } from './ui/EdgeModeSwitch';
import { Legend } from './ui/Legend';
import { RelationTable } from './ui/RelationTable';
import { Search } from './ui/Search';
import { SideTabs } from './ui/SideTabs';
import { StoryPanel } from './ui/StoryPanel';
import { useStoryReader } from './ui/useStoryReader';
import { TimeBar } from './ui/TimeBar';
import { periodOf } from './state/timeActions';
import { Tooltip } from './ui/Tooltip';
import { ShortcutsHelp } from './ui/ShortcutsHelp';
import { useShortcuts } from './ui/useShortcuts';
import { viewCount, viewCountText } from './ui/viewCount';
import { GraphView, type Hover } from './view/GraphView';
import { Basemap } from './view/Basemap';
import { geoMapOf } from './view/geo/map';
import { ViewportFeed } from './view/viewport';
import { detectGpu } from './view/gpu';
import { openDataset, type OpenStep } from './view/openStored';
import { drawingFor } from './look/stylesheet';
import type { GraphHandle } from './view/graphHandle';
import { compareInputOf } from './view/compare';
import { LiveViewDeriver, passesFilters, type LiveView } from './view/liveView';

type Load =
  | { readonly status: 'loading'; readonly id: string; readonly step?: LoadStep }
  | { readonly status: 'ready'; readonly id: string; readonly model: Model }
  | { readonly status: 'error'; readonly id: string; readonly lines: readonly string[] };

/** What the loading screen says: a phase of reading the dataset, the share of it built, or its first layout. */
type LoadStep = OpenStep;

function loadingText(id: string, step: LoadStep | undefined): string {
  if (step === undefined || step === 'reading') return `Loading ${id}…`;
  if (step === 'checking') return `Checking ${id}…`;
  if (step === 'building' || 'building' in step) return `Building the time index of ${id}…`;
  return `Laying out ${step.places.toLocaleString('en-GB')} places for the first time (kept in this browser for the next visit)…`;
}

/** When the model and its positions were ready: the ready signal closes the opening's `draw` phase. */
let drawFrom: number | null = null;

function setReady(ready: boolean): void {
  const root = document.getElementById('root');
  if (root) root.dataset.ready = String(ready);
  // The benchmark reads load-to-first-paint from this mark (ms since navigation began).
  if (ready) performance.mark('faultline:ready');
  if (ready && drawFrom !== null) measureSince('draw', drawFrom);
  drawFrom = null;
}

function errorLines(e: unknown): string[] {
  if (e instanceof DatasetError) return e.problems.map(formatProblem);
  return [e instanceof Error ? e.message : String(e)];
}

export function App({ store }: { store: ViewStore }) {
  const state = useViewState(store);
  const [load, setLoad] = useState<Load>({ status: 'loading', id: state.dataset });
  // Bumped when the dataset shown is imported again under its id, so the new version is loaded.
  const [version, setVersion] = useState(0);

  useEffect(() => onLibraryChange((id) => id === store.get().dataset && setVersion((v) => v + 1)), [store]);

  useEffect(() => {
    let cancelled = false;
    setReady(false);
    const id = state.dataset;
    const report = (step: LoadStep) => !cancelled && setLoad({ status: 'loading', id, step });
    const control = new AbortController();
    // Positions first, so the graph is drawn once, in place; a large graph is laid out in a worker.
    openDataset(id, store.get().layout, report, control.signal)
      .then((model) => {
        drawFrom = performance.now();
        return model;
      })
      // The explorer's first render in a task of its own, not after the last step of opening.
      .then((model) => new Promise<Model>((resolve) => setTimeout(() => resolve(model), 0)))
      .then(
        (model) => {
          if (cancelled) return;
          // The dataset's own opening, or its newest source's date: never a date after what the data knows.
          const first = openingOf(model)?.date ?? periodOf(model)?.last ?? dayOf(Date.now());
          // A transition: React renders the explorer's panels one at a time with turns of the event loop between
          // them, instead of in one task that holds the page while a large dataset's first view is worked out.
          startTransition(() => {
            store.update((s) => (s.date === null ? { ...s, date: first } : s), 'replace');
            setLoad({ status: 'ready', id: state.dataset, model });
          });
        },
        (e: unknown) => !cancelled && setLoad({ status: 'error', id: state.dataset, lines: errorLines(e) }),
      );
    return () => {
      cancelled = true;
      control.abort();
    };
  }, [state.dataset, store, version]);

  useEffect(() => {
    document.documentElement.dataset.theme = state.theme;
  }, [state.theme]);

  if (load.status === 'error') {
    return (
      <main className="load-error" aria-label="Dataset error">
        <h1>The dataset “{load.id}” could not be opened</h1>
        <ul>
          {load.lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
        {load.id !== DEFAULT_DATASET && (
          <button
            type="button"
            onClick={() => store.update((s) => ({ ...s, dataset: DEFAULT_DATASET, date: null }), 'push')}
          >
            Open the bundled dataset ({DEFAULT_DATASET})
          </button>
        )}
      </main>
    );
  }
  if (load.status === 'loading' || load.id !== state.dataset || state.date === null) {
    const step = load.status === 'loading' && load.id === state.dataset ? load.step : undefined;
    return (
      <p className="loading" role="status">
        {loadingText(state.dataset, step)}
        {step !== undefined && step !== 'reading' && (
          <progress
            aria-label="Loading"
            {...(typeof step === 'object' && 'building' in step && { value: step.building })}
          />
        )}
      </p>
    );
  }
  return <Explorer model={load.model} state={{ ...state, date: state.date }} store={store} />;
}

function Explorer({
  model,
  state,
  store,
}: {
  model: Model;
  state: ViewState & { date: number };
  store: ViewStore;
}) {
  const deriver = useMemo(() => new LiveViewDeriver(model), [model]);
  const { date, mode, window: win, memory, filters, focus, edgeMode, compare } = state;
  const keep = useCallback((e: EdgeRecord) => passesFilters(e, filters, model), [filters, model]);
  // Compare mode: the earlier date's snapshot against the view now, and what appeared in between (each diff's
  // cost follows what changed).
  const changes = useMemo(
    () => compareInputOf(model, { ...store.get(), date, mode, window: win, memory, filters, compare }),
    [model, store, compare, date, mode, win, memory, filters],
  );
  const live = useMemo(
    () =>
      deriver.derive({ ...store.get(), date, mode, window: win, memory, filters, focus, edgeMode }, changes),
    [deriver, store, date, mode, win, memory, filters, focus, edgeMode, changes],
  );
  // The period depends on the date only for a dataset without dated relations: a new period object on every step
  // would recompute the time bar's histogram and the analysis series on every step.
  const dataPeriod = useMemo(() => periodOf(model), [model]);
  const openingWindow = useMemo(() => openingOf(model)?.window ?? null, [model]);
  const undatedDay = dataPeriod ? null : date;
  const period = useMemo(
    () => dataPeriod ?? { first: undatedDay ?? 0, last: undatedDay ?? 0 },
    [dataPeriod, undatedDay],
  );
  // A layout chosen later may need computing (a worker, for a large graph): the old one stays until it is ready.
  const [prepared, setPrepared] = useState(state.layout);
  useEffect(() => {
    let cancelled = false;
    preparePositions(model, state.layout).then(
      () => !cancelled && setPrepared(state.layout),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, [model, state.layout]);
  const drawing = useMemo(() => drawingFor(model), [model]);
  // The map layout's countries follow the graph's zoom and pan.
  const viewport = useMemo(() => new ViewportFeed(), []);
  const geoMap = prepared === 'geo' ? geoMapOf(model) : undefined;
  const gpu = useMemo(() => detectGpu(), []);
  const [renderer, setRenderer] = useState<Renderer>(() =>
    storedRenderer() === 'webgl' && gpu.webgl ? 'webgl' : 'canvas',
  );
  const chooseRenderer = useCallback((next: Renderer) => {
    storeRenderer(next);
    setRenderer(next);
  }, []);
  const [hover, setHover] = useState<Hover | null>(null);
  const [relayout, setRelayout] = useState(0);
  const relayoutNow = useCallback(() => setRelayout((n) => n + 1), []);
  const [fit, setFit] = useState(0);
  const fitNow = useCallback(() => setFit((n) => n + 1), []);
  const [help, setHelp] = useState(false);
  const shortcuts = useMemo(
    () => ({
      fit: fitNow,
      search: () => document.querySelector<HTMLInputElement>('.search input[type="search"]')?.focus(),
      help: () => setHelp(true),
    }),
    [fitNow],
  );
  useShortcuts(shortcuts);
  const reader = useStoryReader(model, state.dataset, state.story, store);

  const countText = useMemo(() => viewCountText(viewCount(live)), [live]);
  const liveRef = useRef<LiveView>(live);
  useLayoutEffect(() => {
    liveRef.current = live;
  }, [live]);
  const graphRef = useRef<GraphHandle | null>(null);
  const exportContext = useMemo<ExportContext>(
    () => ({ graph: () => graphRef.current, model: () => model, live: () => liveRef.current, store }),
    [model, store],
  );
  const onReady = useCallback(
    (graph: GraphHandle) => {
      graphRef.current = graph;
      const exporter = {
        image: exportImage.bind(null, exportContext),
        animation: exportAnimation.bind(null, exportContext),
        story: exportStory.bind(null, exportContext),
      };
      publishTestHook({ graph, model: () => model, live: () => liveRef.current, store, exporter });
      setReady(true);
    },
    [model, store, exportContext],
  );

  return (
    <div className="app">
      <Header
        title={model.dataset.title}
        dataset={state.dataset}
        panel={state.panel}
        layout={state.layout}
        theme={state.theme}
        moved={Object.keys(state.positions).length > 0}
        store={store}
        onRelayout={relayoutNow}
        canRelayout={drawing === 'detailed' && state.layout !== 'geo'}
        exportContext={exportContext}
      />
      <aside className="left-panel" aria-label="Search and filters">
        <Search model={model} focus={state.focus} store={store} />
        <Filters filters={state.filters} types={model.relationTypes} store={store} />
      </aside>
      <main className="graph-panel" aria-label="Graph">
        {geoMap && <Basemap map={geoMap} theme={state.theme} viewport={viewport} />}
        <GraphView
          model={model}
          live={live}
          state={prepared === state.layout ? state : { ...state, layout: prepared }}
          store={store}
          relayout={relayout}
          fit={fit}
          webgl={renderer === 'webgl'}
          onReady={onReady}
          onHover={setHover}
          onViewport={viewport.publish}
        />
        <button type="button" className="fit-button" onClick={fitNow} title="Fit the graph to the view (F)">
          Fit
        </button>
        <Tooltip model={model} hover={hover} />
        <p className="view-count" aria-live="polite">
          <span data-testid="view-count">{countText}</span>{' '}
          <EdgeModeSwitch mode={state.edgeMode} store={store} />
          {(gpu.hardware || renderer === 'webgl') && (
            <label className="gpu-choice" title={gpu.renderer ?? undefined}>
              <input
                type="checkbox"
                checked={renderer === 'webgl'}
                onChange={(e) => chooseRenderer(e.target.checked ? 'webgl' : 'canvas')}
              />{' '}
              Draw with the GPU (WebGL)
            </label>
          )}
        </p>
        {state.panel === 'table' && (
          <RelationTable model={model} live={live} selection={state.selection} store={store} />
        )}
      </main>
      <aside className="right-panel" aria-label="Legend and details">
        <Legend
          types={model.relationTypes}
          theme={state.theme}
          drawing={drawing}
          edgeMode={state.edgeMode}
          changes={live.changes}
          date={date}
        />
        <SideTabs side={state.side} comparing={state.compare !== null} store={store} />
        {state.side === 'details' && (
          <Details
            model={model}
            selection={state.selection}
            live={live}
            date={date}
            theme={state.theme}
            store={store}
          />
        )}
        {state.side === 'analysis' && <AnalysisPanel model={model} live={live} state={state} store={store} />}
        {state.side === 'compare' && <ComparePanel model={model} state={state} live={live} store={store} />}
        {state.side === 'story' && (
          <StoryPanel
            model={model}
            state={state}
            store={store}
            reader={reader}
            exportContext={exportContext}
          />
        )}
      </aside>
      {help && <ShortcutsHelp onClose={() => setHelp(false)} />}
      <TimeBar
        model={model}
        state={state}
        store={store}
        period={period}
        opening={openingWindow}
        keep={keep}
        series={state.side === 'analysis'}
      />
    </div>
  );
}
