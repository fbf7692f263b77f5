// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'crypto',
  'stream',
  'worker_threads',
];

/**
 * Layer boundaries, enforced here rather than remembered:
 * - shared/ is environment-free: no DOM, no Node, no electron, no React, nothing from app/ or renderer/.
 * - renderer/ runs sandboxed: no Node, no electron, nothing from app/.
 * - app/ is the machine side: no React, no Dexie, nothing from renderer/.
 */
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      ...restrict(
        [...NODE_BUILTINS, 'electron', 'react', 'react-dom', 'dexie', '**/app/**', '**/renderer/**'],
        'shared/ holds environment-free code: no Node, DOM, electron, React or storage, and nothing from app/ or renderer/.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...NODE_BUILTINS, 'electron', '**/app/**'],
        'The renderer is sandboxed: no Node, no electron, nothing from app/. Use the host contract.',
      ),
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    // Everything in the renderer outside data/ reads through data/hooks and writes through data/actions.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/data/**'],
    rules: restrict(
      [
        ...NODE_BUILTINS,
        'electron',
        '**/app/**',
        'dexie',
        'dexie-react-hooks',
        '**/data/db',
        '**/data/database',
        '**/data/items',
        '**/data/seed',
        '**/data/snapshot',
        '**/data/import-library',
        '**/data/test-library',
      ],
      'Components read through data/hooks and write through data/actions; they never touch the database.',
    ),
  },
  {
    files: ['app/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: restrict(
      ['react', 'react-dom', 'dexie', '**/renderer/**'],
      'app/ is the machine side: no React, no Dexie, nothing from renderer/.',
    ),
  },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts', '*.config.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Playwright reads a fixture's dependencies from its destructuring pattern, even an empty one.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
);
