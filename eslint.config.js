// ESLint: typescript-eslint's type-checked recommended rules plus React hooks, and the floors: a file may import
// its own floor and the floors below it, never one above (docs/architecture.md). CI allows zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** What an import of each floor looks like, as no-restricted-imports patterns (gitignore style, on the path). */
const FLOOR_PATTERNS = {
  io: ['**/io', '**/io/**'],
  figure: ['**/figure/**', 'figure/**', './figure/**'],
  state: ['**/state/**'],
  view: ['**/view/**'],
  ui: ['**/ui/**'],
  cli: ['**/cli/**'],
  // src/main.tsx is imported by nobody (index.html loads it); '../main' is also the command line's own main.ts.
  app: ['**/App', '**/App.tsx'],
};

/**
 * The floors, lowest first: each one's files and the floors it must not import (those above it). State, view and
 * the figure export share a floor, but the view builds on the state (its types), so the state does not import the
 * view. The command line stands on the model and io alone.
 */
const FLOORS = [
  {
    name: 'src/model',
    files: ['src/model/**'],
    above: ['io', 'figure', 'state', 'view', 'ui', 'cli', 'app'],
  },
  {
    name: 'src/io',
    files: ['src/io/**'],
    ignores: ['src/io/export/figure/**'],
    above: ['figure', 'state', 'view', 'ui', 'cli', 'app'],
  },
  { name: 'src/state', files: ['src/state/**'], above: ['view', 'figure', 'ui', 'cli', 'app'] },
  { name: 'src/view', files: ['src/view/**'], above: ['ui', 'cli', 'app'] },
  { name: 'figure export', files: ['src/io/export/figure/**'], above: ['ui', 'cli', 'app'] },
  { name: 'src/ui', files: ['src/ui/**'], above: ['cli', 'app'] },
  { name: 'src/cli', files: ['src/cli/**'], above: ['figure', 'state', 'view', 'ui', 'app'] },
];

/**
 * Imports that climb today, each with the floor it may reach: to be moved in the floors reshuffle. Nothing else
 * may climb; a new upward import fails `npm run lint`.
 */
const EXCEPTIONS = [
  { file: 'src/state/positions.ts', allow: ['view'], why: 'runs the layout worker of src/view' },
  {
    file: 'src/state/positions.test.ts',
    allow: ['view'],
    why: 'tests positions with the view’s fixture and layout',
  },
  {
    file: 'src/state/testHook.ts',
    allow: ['view', 'figure'],
    why: "the test hook's type names the view's LiveView and the figure export's requests",
  },
  {
    file: 'src/io/export/palette.ts',
    allow: ['view'],
    why: "the exports' colours are the view's light theme",
  },
  {
    file: 'src/io/export/cytoscape.ts',
    allow: ['view'],
    why: "the Cytoscape.js export carries the view's stylesheet",
  },
  {
    file: 'src/io/export/animate.ts',
    allow: ['figure'],
    why: "the animation's steps and frame limit are the figure's types",
  },
  {
    file: 'src/cli/commands/export-image.ts',
    allow: ['state', 'figure'],
    why: "the image export checks the figure's request types and types the page's test hook",
  },
];

/** The no-restricted-imports options forbidding `floors`. */
function forbid(floor, floors) {
  return [
    'error',
    {
      patterns: [
        ...(floor === 'src/model'
          ? [{ group: ['react', 'react-dom', 'cytoscape', 'cytoscape-*'], message: 'src/model stays pure.' }]
          : []),
        ...floors.map((above) => ({
          group: FLOOR_PATTERNS[above],
          message: `${floor} is below ${above}: floors only import downwards (docs/architecture.md).`,
        })),
      ],
    },
  ];
}

const floorOf = (file) => FLOORS.findLast((f) => f.files.some((g) => file.startsWith(g.replace('/**', '/'))));

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
    ...(f.ignores ? { ignores: f.ignores } : {}),
    rules: { 'no-restricted-imports': forbid(f.name, f.above) },
  })),
  ...EXCEPTIONS.map((e) => {
    const floor = floorOf(e.file);
    return {
      files: [e.file],
      rules: {
        'no-restricted-imports': forbid(
          floor.name,
          floor.above.filter((a) => !e.allow.includes(a)),
        ),
      },
    };
  }),
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
);
