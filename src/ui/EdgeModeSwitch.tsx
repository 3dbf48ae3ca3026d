// Lines: one per pair of actors and tone (readable), or one per relation (every record apart). Switching keeps
// every actor where it is: only the lines change.
import type { ViewStore } from '../state/store';
import type { EdgeMode } from '../state/viewState';

const TITLES: Readonly<Record<EdgeMode, string>> = { pairs: 'One per pair', relations: 'Every relation' };

export function EdgeModeSwitch({ mode, store }: { mode: EdgeMode; store: ViewStore }) {
  return (
    <span role="group" aria-label="Lines" className="segmented edge-mode">
      <span className="muted">Lines:</span>
      {(['pairs', 'relations'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => store.update((s) => (s.edgeMode === m ? s : { ...s, edgeMode: m }), 'push')}
        >
          {TITLES[m]}
        </button>
      ))}
    </span>
  );
}
