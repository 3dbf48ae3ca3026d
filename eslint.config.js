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

/** The no-restricted-imports options forbidding `floors`. */
function forbid(floor, floors, cytoscapeOk = floor === 'src/view' || floor === 'src/model') {
  return [
    'error',
    {
      patterns: [
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
  ...FLOORS.map((f) => ({
    files: f.files,
    rules: { 'no-restricted-imports': forbid(f.name, f.above) },
  })),
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
