// The lint gate `npm test` runs (with `prettier --check` and `dpdm` for import cycles, see package.json):
// TypeScript's recommended rules and React's rules of hooks.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**', '.tmp/**'] },
  // A disable comment that no longer silences anything fails the gate, so leftovers go.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Build scripts, the CLI launcher and benchmarks run in Node.
    files: ['**/*.{mjs,cjs}', 'tests/bench/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Benchmarks hand functions to the page they drive.
    files: ['tests/bench/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The rules of hooks. The React Compiler's extra rules (refs, set-state-in-effect, memoization) are
    // left out: Spanmark does not use the compiler, and its stores already keep render pure.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
