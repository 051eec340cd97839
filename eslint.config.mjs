// ESLint for the whole repository: typescript-eslint's recommended rules, React's, and the office.js
// rules of eslint-plugin-office-addins (sync inside loops, reads before load/sync …). Our own config
// rather than office-addin-lint's, whose default skips .tsx and flags Office/Excel as undefined.
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, 'error']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', '.bench/**', '.scratch/**', 'assets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins, react },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    settings: { react: { version: 'detect' } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      'react/prop-types': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // The office.js rules read `x.load(...)`, `context.sync()` and property reads by name: on ExcelJS code
    // (the CLI's adapter, its tests) they misfire, so they apply where office.js is used.
    files: ['src/adapters/office/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    rules: officeRules,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
