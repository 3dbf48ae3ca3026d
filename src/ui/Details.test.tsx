// @vitest-environment happy-dom
// The details panel as a user meets it, on the test fixture and a real view store: a relation shows its type,
// parties, date in words, status with who alleges it and each quote with its source; an actor shows its name and
// relations, and clicking one of them selects that relation.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildModel } from '../model';
import { FIXTURE } from '../model/dataset/test-fixture';
import { createViewStore, useViewState, type ViewStore } from '../state/store';
import { DEFAULT_VIEW, type Selection } from '../state/viewState';
import { LiveViewDeriver } from '../view/liveView';
import { Details } from './Details';

const model = buildModel(FIXTURE);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const DATE = day('2026-02-22');

/** The panel as App wires it: it follows the store, so a click that selects something shows it. */
function Panel({ store }: { store: ViewStore }) {
  const state = useViewState(store);
  const live = new LiveViewDeriver(model).derive({ ...state, date: DATE });
  return (
    <Details
      model={model}
      selection={state.selection}
      live={live}
      date={DATE}
      theme={state.theme}
      store={store}
    />
  );
}

function show(selection: Selection): ViewStore {
  const store = createViewStore({ ...DEFAULT_VIEW, dataset: FIXTURE.id, date: DATE, selection });
  render(<Panel store={store} />);
  return store;
}

/** The text of the definition after the term `term` in the panel's list. */
function definition(term: string): string {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent ?? '';
}

afterEach(cleanup);

describe('Details', () => {
  it('asks for a click when nothing is selected', () => {
    show(null);
    expect(screen.getByText(/Click an actor or a relation/)).toBeTruthy();
  });

  it('shows an alleged relation: type, parties, date in words, who alleges it, the quote and its source', () => {
    show({ kind: 'relation', id: 'r-support' });
    const panel = screen.getByRole('article', { name: /support/i });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toMatch(/Support/i);
    expect(within(panel).getByText('Beta Government → Gamma Front')).toBeTruthy();
    // `2021-08/..` is a month: said as a month, never as an invented day.
    expect(definition('When')).toMatch(/August 2021/);
    expect(definition('When')).not.toMatch(/\b1 August/);
    expect(definition('Status')).toMatch(/Alleged/);
    expect(within(panel).getByRole('button', { name: 'Alpha' })).toBeTruthy();
    expect(definition('Alleged by')).toBe('Alpha');
    const quote = within(panel).getByText('A passage that stands in for a quote in tests.');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    const figure = quote.closest('figure')!;
    expect(within(figure).getByText('Test note').tagName).toBe('CITE');
    expect(within(panel).getByText('Backing.')).toBeTruthy();
  });

  it('says a reported relation is reported, with no one alleging it', () => {
    show({ kind: 'relation', id: 'r-attack' });
    expect(definition('When')).toMatch(/22 February 2026/);
    expect(definition('Status')).toMatch(/^Reported/);
    expect(screen.queryByText('Alleged by')).toBeNull();
  });

  it('shows an actor with its name and relations, and a click on one selects that relation', () => {
    const store = show({ kind: 'actor', id: 'beta' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Beta Government');
    const inView = screen.getByRole('heading', { name: /In the current view/ });
    const list = inView.nextElementSibling as HTMLElement;
    const lines = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(lines.some((l) => l?.includes('Alpha') && /attack/i.test(l))).toBe(true);
    expect(lines.some((l) => l?.includes('Gamma Front') && /support/i.test(l))).toBe(true);
    fireEvent.click(within(list).getByRole('button', { name: /attack/i }));
    expect(store.get().selection).toEqual({ kind: 'relation', id: 'r-attack' });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toMatch(/Attack/i);
  });
});
