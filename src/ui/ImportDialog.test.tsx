// @vitest-environment happy-dom
// The import dialog as a user meets it: a file chosen through the header's Import input is read and the dialog
// shows what the reader made of it. A broken file lists each problem with its place and offers no Open, and the
// dataset shown stays open; a valid one shows its counts and offers Open.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAny } from '../io/import';
import { FIXTURE } from '../model/dataset/test-fixture';
import type * as Importer from '../state/importer';
import { createViewStore, type ViewStore } from '../state/store';
import { DEFAULT_VIEW } from '../state/viewState';
import { ImportButton } from './ImportButton';

// The app reads in a Web Worker whose whole job is `readAny` (src/io/import/worker.ts); happy-dom runs no module
// worker, so the same reader runs here on the test's thread. Everything else (the file's bytes, the flow, the
// dialog) is the app's own, and what the dialog shows is the real reader's output.
vi.mock('../state/importer', async (importOriginal) => {
  const original = await importOriginal<typeof Importer>();
  return {
    ...original,
    startImport: (
      source: Parameters<typeof original.startImport>[0],
      _onProgress: unknown,
      typeMapping?: Parameters<typeof original.startImport>[2],
      events?: Parameters<typeof original.startImport>[3],
    ): Importer.RunningImport => ({
      result: readAny(source.input, source.fileName, {
        ...(typeMapping && { typeMapping }),
        ...(events && { events }),
      }),
      cancel: () => undefined,
    }),
  };
});

function importFile(name: string, text: string): ViewStore {
  const store = createViewStore({ ...DEFAULT_VIEW, dataset: FIXTURE.id, date: Date.UTC(2026, 1, 22) });
  render(<ImportButton store={store} />);
  const file = new File([text], name, { type: 'text/plain' });
  fireEvent.change(screen.getByLabelText('Import a file'), { target: { files: [file] } });
  return store;
}

const BROKEN_JSON = '{\n  "format": "faultline-dataset/1",\n  "actors": [\n    { "id": "a" ,, }\n  ]\n}';
const BAD_DATE_CSV = 'Source,Target,Type,When,Summary\nBeta,Gamma,clash,not a date,bad\n';

afterEach(cleanup);

describe('ImportDialog', () => {
  it.each([
    ['broken.json', BROKEN_JSON, /^broken\.json:4:18: the file is not valid JSON/],
    ['dates.csv', BAD_DATE_CSV, /^dates\.csv:2:18: When: "not a date" is not a time Faultline can read/],
  ])(
    'lists the problem of %s with its place, offers no Open, and leaves the dataset open',
    async (name, text, problem) => {
      const store = importFile(name, text);
      const before = store.get();
      const dialog = await screen.findByRole('dialog', { name: 'Import data' });
      const problems = await within(dialog).findByRole('list', { name: 'Problems' });
      const items = within(problems).getAllByRole('listitem');
      expect(items).toHaveLength(1);
      expect(items[0]!.textContent).toMatch(problem);
      expect(within(dialog).getByRole('alert').textContent).toContain(
        `${name} cannot be opened: the dataset shown now stays open.`,
      );
      expect(within(dialog).queryByRole('button', { name: /^Open$|Load the valid part/ })).toBeNull();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(store.get()).toBe(before);
    },
  );

  it('shows the counts of a valid file and offers Open', async () => {
    const store = importFile('fixture.json', JSON.stringify(FIXTURE, null, 2));
    const before = store.get();
    const summary = await screen.findByRole('region', { name: 'What was read' });
    expect(summary.textContent).toMatch(/^6 actors, 6 relations, 1 source · JSON · from /);
    expect(screen.queryByRole('list', { name: 'Problems' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open' })).toBeTruthy();
    // Nothing changes until Open.
    expect(store.get()).toBe(before);
  });
});
