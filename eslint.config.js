// ESLint: typescript-eslint's type-checked recommended rules plus React hooks, and the floors: a file may import
// its own floor and the floors below it, never one above (docs/architecture.md). CI allows zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What an import of each floor looks like, as no-restricted-imports patterns (gitignore style, on the path). */
const FLOOR_PATTERNS = {
  look: ['**/look/**'],
  io: ['**/io', '**/io/**'],
  state: ['**/state/**'],
  view: ['**/view/**'],
  figure: ['**/figure/**'],
  ui: ['**/ui/**'],
  cli: ['**/cli/**'],
  // src/main.tsx is imported by nobody (index.html loads it); '../main' is also the command line's own main.ts.
  app: ['**/App', '**/App.tsx', '**/testHook'],
};

/**
 * The floors, lowest first: each one's files and the floors it must not import (those above it). The look (colours,
 * stylesheet data, legend) stands on the model alone, so the data exports carry the view's colours. State, view and
 * the figure export share a floor, in that order: the view builds on the state's types, the figure asks the view for
 * its picture. The command line stands on the model, the look and io.
 */
const FLOORS = [
  {
    name: 'src/model',
    files: ['src/model/**'],
    above: ['look', 'io', 'state', 'view', 'figure', 'ui', 'cli', 'app'],
  },
  { name: 'src/look', files: ['src/look/**'], above: ['io', 'state', 'view', 'figure', 'ui', 'cli', 'app'] },
  { name: 'src/io', files: ['src/io/**'], above: ['state', 'view', 'figure', 'ui', 'cli', 'app'] },
  { name: 'src/state', files: ['src/state/**'], above: ['view', 'figure', 'ui', 'cli', 'app'] },
  { name: 'src/view', files: ['src/view/**'], above: ['figure', 'ui', 'cli', 'app'] },
  { name: 'src/figure', files: ['src/figure/**'], above: ['ui', 'cli', 'app'] },
  { name: 'src/ui', files: ['src/ui/**'], above: ['cli', 'app'] },
  { name: 'src/cli', files: ['src/cli/**'], above: ['state', 'view', 'figure', 'ui', 'app'] },
];

/**
 * Folders with a true entry file: code outside the folder imports it through its index.ts, never a file inside
 * (tests and test fixtures may reach in). The io floor is entered by its four folders.
 */
const ENTRIES = [
  { folder: 'src/model', outside: (floor) => floor !== 'src/model' },
  ...['import', 'export', 'ingest', 'xml'].map((sub) => ({
    folder: `src/io/${sub}`,
    outside: (floor) => floor !== 'src/model' && floor !== 'src/look' && floor !== 'src/io',
  })),
];

/** Deep imports into the folders entered by their index, for a file of `floor` (not a test). */
function entryPatterns(floor) {
  return ENTRIES.filter((e) => e.outside(floor)).map((e) => {
    const name = e.folder.replace('src/', '');
    return {
      regex: `^\\.{1,2}/(\\.\\./)*${name}/(?!index$)(?!.*(fixture|test-support)).+$`,
      message: `Import ${e.folder} through its index (${e.folder}/index.ts), its public API.`,
    };
  });
}

/** The no-restricted-imports options forbidding `floors` (and, outside tests, deep imports into entered folders). */
function forbid(floor, floors, cytoscapeOk = floor === 'src/view' || floor === 'src/model', test = true) {
  return [
    'error',
    {
      patterns: [
        ...(test ? [] : entryPatterns(floor)),
        ...(floor === 'src/model'
          ? [{ group: ['react', 'react-dom', 'cytoscape', 'cytoscape-*'], message: 'src/model stays pure.' }]
          : []),
        ...(!cytoscapeOk
          ? [
              // Types of the stylesheet may be named (the look builds it); the instance and its `Core` type
              // stay in the view.
              {
                regex: '^cytoscape(-[a-z-]+)?$',
                allowTypeImports: true,
                message: "Only src/view holds Cytoscape: ask the graph's handle (src/view/graphHandle.ts).",
              },
              {
                regex: '^cytoscape$',
                importNames: ['Core'],
                message:
                  "Only src/view takes a Cytoscape Core: ask the graph's handle (src/view/graphHandle.ts).",
              },
            ]
          : []),
        ...floors.map((above) => ({
          group: FLOOR_PATTERNS[above],
          message: `${floor} is below ${above}: floors only import downwards (docs/architecture.md).`,
        })),
      ],
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'bench/results', 'bin'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // The configs at the root and the scripts' declarations sit outside tsconfig.json, which covers src only.
          allowDefaultProject: ['vite.config.ts', 'playwright.config.ts', 'scripts/preview.d.mts'],
          defaultProject: 'tsconfig.node.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...FLOORS.flatMap((f) => [
    {
      files: f.files,
      ignores: ['**/*.test.ts', '**/*.test.tsx', '**/*fixture*', '**/*test-support.ts'],
      rules: { 'no-restricted-imports': forbid(f.name, f.above, undefined, false) },
    },
    {
      files: f.files.flatMap((g) => [
        `${g}/*.test.ts`,
        `${g}/*.test.tsx`,
        `${g}/*fixture*`,
        `${g}/*test-support.ts`,
      ]),
      rules: { 'no-restricted-imports': forbid(f.name, f.above) },
    },
  ]),
  // The tests that load our .cyjs export into Cytoscape.js headless, as another program would.
  {
    files: ['src/io/export/cytoscape.test.ts', 'src/io/export/cytoscapejs.test.ts'],
    rules: { 'no-restricted-imports': forbid('src/io', FLOORS.find((f) => f.name === 'src/io').above, true) },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
);
