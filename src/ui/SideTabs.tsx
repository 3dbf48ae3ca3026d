// The tabs of the right-hand panel: the selection's details, the analysis of the view, the comparison of two
// dates. The choice is part of the view state (and so of the address).
import type { ViewStore } from '../state/store';
import { SIDES, type Side } from '../state/viewState';

const TITLES: Readonly<Record<Side, string>> = {
  details: 'Details',
  analysis: 'Analysis',
  compare: 'Compare',
  story: 'Story',
};

export function SideTabs({ side, comparing, store }: { side: Side; comparing: boolean; store: ViewStore }) {
  return (
    <div role="tablist" aria-label="Panel" className="side-tabs segmented">
      {SIDES.map((s) => (
        <button
          key={s}
          type="button"
          role="tab"
          aria-selected={side === s}
          onClick={() => store.update((v) => (v.side === s ? v : { ...v, side: s }), 'push')}
        >
          {TITLES[s]}
          {s === 'compare' && comparing && ' •'}
        </button>
      ))}
    </div>
  );
}
