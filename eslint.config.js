import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  // Fixture scripts are stand-ins for vendors' tags, served to pages in end-to-end tests.
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/e2e/.tmp/**', 'tests/fixtures/**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Captured content is rendered as text, never as HTML.' },
      ],
    },
  },
  {
    files: ['lib/analyze/**', 'lib/numbers/**', 'lib/text/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill', 'dexie', 'react', '**/store/**', '**/capture/**'] }],
    },
  },
  {
    // The plan takes data and returns text: the store and the browser are read by lib/background.
    files: ['lib/plan/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/*', 'webextension-polyfill', 'dexie', 'react', '**/store/**', '**/capture/**', '**/background/**'] }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
