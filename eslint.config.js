// Lint the TypeScript sources; generated output, fixtures and local scratch folders are not ours to lint.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const namedExportsOnly = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  { selector: 'ExportAllDeclaration', message: 'Re-export names explicitly.' },
];

// The pure core: what the browser bundle is built from (src/web/browser-build.ts). It reaches no file,
// terminal, clock or randomness; those come in as parameters from the edges listed below.
const core = ['src/condition/**', 'src/catalogue/**', 'src/answers/**', 'src/risk/**', 'src/verdict/**', 'src/flow/**', 'src/yaml/**', 'src/schema-validation/**', 'src/problems/**', 'src/canonical/**', 'src/i18n/**', 'src/package-version.ts'];
const coreEdges = [
  'src/catalogue/read-catalogue.ts', // the thin reader of a catalogue folder (and of the bytes the precompiled snapshot stands for)
  'src/catalogue/render-precompiled-catalogue.ts', // generation time only
  'src/answers/read-answers.ts', // reads an answers file
  'src/flow/terminal-session.ts', // the terminal
  'src/flow/confirmation-gate.ts', // the terminal
  'src/flow/state-file.ts', // the saved state file
  'src/canonical/sha256.ts', // Node's native hash; the browser build swaps in sha256-browser.ts
  'src/yaml/yaml-library.ts', // Node's lazy require; the browser build swaps in yaml-library-browser.ts
];
const outside = 'the pure core reaches no file, terminal, clock or randomness: take it as a parameter from an edge (see eslint.config.js)';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'fixtures/', 'coverage/', '**/*.generated.*', '.pkvw-light/', '.scratch*', 'out/'] },
  { languageOptions: { parserOptions: { tsconfigRootDir: import.meta.dirname } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Augmenting a library's global namespace (pdfkit's types lag the library) needs `declare global { namespace … }`.
      '@typescript-eslint/no-namespace': ['error', { allowDeclarations: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...namedExportsOnly],
    },
  },
  {
    files: core,
    ignores: coreEdges,
    rules: {
      'no-restricted-imports': ['error', { paths: builtinModules.map((name) => ({ name, message: outside })), patterns: [{ group: ['node:*'], message: outside }] }],
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', 'global', '__dirname', '__filename', 'performance', 'crypto', 'setTimeout', 'setInterval', 'setImmediate'].map((name) => ({ name, message: outside }))],
      'no-restricted-syntax': [
        'error',
        ...namedExportsOnly,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: `new Date() reads the clock; ${outside}` },
        { selector: "CallExpression[callee.name='Date']", message: `Date() reads the clock; ${outside}` },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: `Date.now reads the clock; ${outside}` },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: `Math.random is not reproducible; ${outside}` },
      ],
    },
  },
  {
    // The CLI edge is the only place that writes to the terminal.
    files: ['cli/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
