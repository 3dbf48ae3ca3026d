// The floors rule of eslint.config.js bites: an import that climbs (src/model importing the UI, io importing the
// view, the command line importing the state) fails lint, type-only imports too; imports down or within a floor
// pass; there are no exceptions. Linted in memory through ESLint's API,
// with the project's own config (type-aware parsing off: the files do not exist).
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
});

/** The floors rule's messages for a file at `path` holding `code`. */
async function floorErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, {
    filePath: resolve(ROOT, path),
  });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the floors rule', () => {
  it.each([
    ['src/model/x.ts', "import { Header } from '../ui/Header';", 'src/model is below ui'],
    ['src/model/x.ts', "import type { ViewState } from '../state/viewState';", 'src/model is below state'],
    ['src/model/time/x.ts', "import { readAny } from '../../io/import';", 'src/model is below io'],
    ['src/model/x.ts', "import { THEME_COLOURS } from '../look/look';", 'src/model is below look'],
    ['src/model/x.ts', "import cytoscape from 'cytoscape';", 'src/model stays pure'],
    ['src/look/x.ts', "import { readAny } from '../io/import';", 'src/look is below io'],
    ['src/look/x.ts', "import type { ViewState } from '../state/viewState';", 'src/look is below state'],
    ['src/io/export/x.ts', "import { GraphSync } from '../../view/sync';", 'src/io is below view'],
    ['src/io/export/x.ts', "import { composeFigure } from '../../figure/compose';", 'src/io is below figure'],
    ['src/io/import/x.ts', "export { something } from '../../state/store';", 'src/io is below state'],
    ['src/state/x.ts', "import { layoutPositions } from '../view/layout';", 'src/state is below view'],
    ['src/view/x.ts', "import { composeFigure } from '../figure/compose';", 'src/view is below figure'],
    ['src/view/x.ts', "import { Header } from '../ui/Header';", 'src/view is below ui'],
    ['src/figure/x.ts', "import { Header } from '../ui/Header';", 'src/figure is below ui'],
    ['src/ui/x.ts', "import App from '../App';", 'src/ui is below app'],
    ['src/ui/x.ts', "import type { FaultlineHandle } from '../testHook';", 'src/ui is below app'],
    ['src/cli/commands/x.ts', "import { parseIsoDay } from '../../state/url';", 'src/cli is below state'],
    ['src/cli/x.ts', "import { LiveView } from '../view/liveView';", 'src/cli is below view'],
    ['src/cli/x.ts', "import { composeFigure } from '../figure/compose';", 'src/cli is below figure'],
    ['src/figure/x.ts', "import type { Core } from 'cytoscape';", 'Only src/view takes a Cytoscape Core'],
    ['src/ui/x.ts', "import cytoscape from 'cytoscape';", 'Only src/view holds Cytoscape'],
    ['src/state/x.ts', "import fcose from 'cytoscape-fcose';", 'Only src/view holds Cytoscape'],
    [
      'src/ui/x.ts',
      "import type { Dataset } from '../model/dataset/schema';",
      'Import src/model through its index',
    ],
    [
      'src/io/export/x.ts',
      "import { parseWhen } from '../../model/time/edtf';",
      'Import src/model through its index',
    ],
    [
      'src/cli/x.ts',
      "import { parseCsv } from '../io/import/csv-parse';",
      'Import src/io/import through its index',
    ],
    [
      'src/figure/x.ts',
      "import { escapeXml } from '../io/xml/writer';",
      'Import src/io/xml through its index',
    ],
  ])('%s: %s fails', async (path, code, message) => {
    const errors = await floorErrors(path, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(message);
  });

  it.each([
    ['src/model/x.ts', "import { DAY_MS } from './time/view';"],
    ['src/model/graph/x.ts', "import { parseWhen } from '../time/edtf';"],
    ['src/look/x.ts', "import { RELATION_TYPE_INFO } from '../model';"],
    ['src/io/import/x.ts', "import { parseWhen } from '../../model';"],
    ['src/io/import/x.test.ts', "import { parseWhen } from '../../model/time/edtf';"],
    ['src/io/export/x.ts', "import { readAny } from '../import/index';"],
    ['src/io/export/x.ts', "import { parseXml } from '../xml/tree';"],
    ['src/ui/x.ts', "import { FIXTURE } from '../model/dataset/test-fixture';"],
    ['src/cli/x.ts', "import { parseCsv } from '../io/import';"],
    ['src/io/export/x.ts', "import { THEME_COLOURS } from '../../look/look';"],
    ['src/view/x.ts', "import type { Theme } from '../state/viewState';"],
    ['src/view/x.ts', "import { buildStylesheet } from '../look/stylesheet';"],
    ['src/figure/x.ts', "import type { LiveView } from '../view/liveView';"],
    ['src/figure/x.ts', "import type { ViewState } from '../state/viewState';"],
    ['src/ui/x.ts', "import { createViewStore } from '../state/store';"],
    ['src/ui/x.ts', "import { composeFigure } from '../figure/compose';"],
    ['src/App.tsx', "import { Header } from './ui/Header';"],
    ['src/App.tsx', "import { publishTestHook } from './testHook';"],
    ['src/cli/commands/x.ts', "import { readAny } from '../../io';"],
    ['src/cli/commands/x.ts', "import { FIGURE_PARTS } from '../../io/export';"],
    ['src/cli/commands/x.ts', "import { main } from '../main';"],
    ['src/view/x.ts', "import type { Core } from 'cytoscape';"],
    ['src/look/x.ts', "import type { StylesheetJson } from 'cytoscape';"],
    ['src/figure/x.ts', "import type { GraphHandle } from '../view/graphHandle';"],
  ])('%s: %s passes', async (path, code) => {
    expect(await floorErrors(path, code)).toEqual([]);
  });
});
