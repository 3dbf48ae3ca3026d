// The top bar: the app and dataset names, the dataset switcher and Import, the graph / table switch, the layout choice and re-run, the theme and Export.
import type { ViewStore } from '../state/store';
import { memo } from 'react';
import { DatasetSwitcher } from './DatasetSwitcher';
import { ExportButton } from './ExportButton';
import { ImportButton } from './ImportButton';
import type { ExportContext } from '../figure/exportFigure';
import { LAYOUTS, PANELS, type LayoutName, type Panel, type Theme, type ViewState } from '../state/viewState';

const LAYOUT_TITLES: Readonly<Record<LayoutName, string>> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  kind: 'Grouped by kind',
  geo: 'Map',
};
const PANEL_TITLES: Readonly<Record<Panel, string>> = { graph: 'Graph', table: 'Table' };

interface HeaderProps {
  readonly title: string;
  /** The library id of the dataset shown (bundled, or `local:` for an imported one). */
  readonly dataset: string;
  readonly panel: Panel;
  readonly layout: LayoutName;
  readonly theme: Theme;
  readonly moved: boolean;
  readonly store: ViewStore;
  readonly onRelayout: () => void;
  /** False for datasets drawn the fast way, whose full force layout would block the page for minutes, and on the map. */
  readonly canRelayout: boolean;
  readonly exportContext: ExportContext;
}

export const Header = memo(function Header({
  title,
  dataset,
  panel,
  layout,
  theme,
  moved,
  store,
  onRelayout,
  canRelayout,
  exportContext,
}: HeaderProps) {
  const push = (patch: Partial<ViewState>) => store.update((s) => ({ ...s, ...patch }), 'push');
  return (
    <header className="app-header">
      <h1>
        Faultline{' '}
        <span className="dataset-title" title={title}>
          {title}
        </span>
      </h1>
      <DatasetSwitcher current={dataset} store={store} />
      <ImportButton store={store} />
      <span role="group" aria-label="View" className="segmented">
        {PANELS.map((p) => (
          <button key={p} type="button" aria-pressed={panel === p} onClick={() => push({ panel: p })}>
            {PANEL_TITLES[p]}
          </button>
        ))}
      </span>
      <label>
        Layout{' '}
        <select
          value={layout}
          onChange={(e) => push({ layout: e.target.value as LayoutName, positions: {} })}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_TITLES[l]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={onRelayout}
        disabled={!canRelayout}
        title={
          canRelayout
            ? 'Run the force layout again on the actors shown now'
            : layout === 'geo'
              ? 'Not on the map: a force layout would move the actors off their countries'
              : 'Not for a dataset this large: the full force layout would hold the page for minutes'
        }
      >
        Re-layout
      </button>
      <button
        type="button"
        onClick={() => push({ positions: {} })}
        disabled={!moved}
        title="Forget dragged positions"
        aria-label="Reset positions"
      >
        Reset
      </button>
      <button
        type="button"
        aria-pressed={theme === 'dark'}
        onClick={() => push({ theme: theme === 'dark' ? 'light' : 'dark' })}
      >
        Dark theme
      </button>
      <ExportButton context={exportContext} />
    </header>
  );
});
