// @vitest-environment happy-dom
// The time bar as a user meets it, on the test fixture and a real view store: the date in words, the mode buttons
// changing the store's mode, and the event buttons moving the date to the next and previous event days.
// happy-dom provides ResizeObserver (the bar reads its width with one) and lays nothing out, so the axis keeps its
// default width; nothing here depends on the width.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { FIXTURE } from '../model/dataset/test-fixture';
import { createViewStore, useViewState, type ViewStore } from '../state/store';
import { periodOf } from '../state/timeActions';
import { DEFAULT_VIEW } from '../state/viewState';
import { TimeBar } from './TimeBar';

const model = buildModel(FIXTURE);
const period = periodOf(model)!;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));
const keep = () => true;

/** The bar as App wires it: it follows the store. */
function Bar({ store }: { store: ViewStore }) {
  const state = useViewState(store);
  return (
    <TimeBar
      model={model}
      state={{ ...state, date: state.date! }}
      store={store}
      period={period}
      keep={keep}
    />
  );
}

function show(date: string): ViewStore {
  const store = createViewStore({ ...DEFAULT_VIEW, dataset: FIXTURE.id, date: day(date) });
  render(<Bar store={store} />);
  return store;
}

const words = () =>
  screen.getByRole('region', { name: 'Time' }).querySelector('output.date-words')!.textContent;

afterEach(cleanup);

describe('TimeBar', () => {
  it('shows the date in words', () => {
    show('2025-10-19');
    expect(words()).toBe('19 October 2025');
  });

  it.each([
    ['Cumulative', 'cumulative', /^everything up to 19 October 2025$/],
    ['Window', 'window', / – 19 October 2025$/],
  ] as const)('clicking %s sets the mode to %s and says so', (button, mode, said) => {
    const store = show('2025-10-19');
    const modes = screen.getByRole('group', { name: 'Time mode' });
    expect(within(modes).getByRole('button', { name: 'Snapshot' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(modes).getByRole('button', { name: button }));
    expect(store.get().mode).toBe(mode);
    expect(within(modes).getByRole('button', { name: button }).getAttribute('aria-pressed')).toBe('true');
    expect(words()).toMatch(said);
    fireEvent.click(within(modes).getByRole('button', { name: 'Snapshot' }));
    expect(store.get().mode).toBe('snapshot');
    expect(words()).toBe('19 October 2025');
  });

  it('moves the date to the next and previous event days of the fixture, and stops at the last', () => {
    const store = show('2025-10-19');
    const next = screen.getByRole('button', { name: 'Next event' });
    const previous = screen.getByRole('button', { name: 'Previous event' });
    expect(previous.hasAttribute('disabled')).toBe(true);
    fireEvent.click(next);
    expect(iso(store.get().date)).toBe('2026-02-20');
    expect(words()).toBe('20 February 2026');
    fireEvent.click(next);
    expect(iso(store.get().date)).toBe('2026-02-22');
    expect(next.hasAttribute('disabled')).toBe(true);
    fireEvent.click(previous);
    expect(iso(store.get().date)).toBe('2026-02-20');
  });
});
