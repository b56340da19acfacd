// Layering (ARCHITECTURE §2) is enforced here, per folder, so a wrong import fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import noDeepFeatureImport from './eslint-rules/no-deep-feature-import.mjs';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'stream', 'zlib', 'worker_threads'];
const serverOnly = ['better-sqlite3', 'exceljs', '@e965/xlsx', 'iconv-lite'];
const pattern = (group, message) => ({ group, message });
const noNetwork = { selector: "Literal[value=/^https?:\\/\\/(?!127\\.0\\.0\\.1|localhost)/]", message: 'The app never touches the network.' };
// Every table has one owner module in db/ (ARCHITECTURE §5): database calls outside db/ are errors.
const dbCallMessage = 'SQL stays in db/: call the owner module of the table (db/<feature>/), not the database. Transactions (db.transaction) are fine.';
export const noDatabaseCalls = [
  { selector: "CallExpression[callee.property.name=/^(prepare|pragma)$/]", message: dbCallMessage },
  { selector: "CallExpression[callee.property.name='exec'][callee.object.name=/^(db|database)$/i]", message: dbCallMessage },
  { selector: "CallExpression[callee.property.name='exec'][callee.object.property.name=/^(db|database)$/i]", message: dbCallMessage },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/output/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noNetwork],
    },
  },
  {
    // A promise nobody awaits loses its error (ARCHITECTURE §8). These two rules need types: the source and test
    // folders are parsed through one program (tsconfig.eslint.json); root config files and .mjs scripts without.
    files: ['{shared,db,electron,renderer,tests}/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    // React code lives in renderer/ and the unit tests that render it (Playwright fixtures call a `use` that is
    // not React's). Only the two classic rules: the React Compiler rules of 7.x would ask for a rewrite of every
    // dialog that resets its fields in an effect, and the app does not use the compiler.
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // One folder per feature in each layer; other features go through its index.ts.
    files: ['db/**/*.ts', 'electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { kaoping: { rules: { 'no-deep-feature-import': noDeepFeatureImport } } },
    rules: { 'kaoping/no-deep-feature-import': 'error' },
  },
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: { 'no-restricted-syntax': ['error', noNetwork, ...noDatabaseCalls] },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs', '.ci/**/*.mjs', 'eslint-rules/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', __dirname: 'readonly', setTimeout: 'readonly' } },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron', ...nodeBuiltins, ...serverOnly], 'shared/ is pure TypeScript: no Node, no Electron.'),
        pattern(['**/db/*', '**/electron/*', '**/renderer/*', '**/db', '**/electron', '**/renderer'], 'shared/ imports nothing from the other folders.'),
      ] }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron', 'exceljs'], 'db/ may import shared/ and Node only.'),
        pattern(['**/electron/*', '**/renderer/*'], 'db/ may import shared/ and Node only.'),
      ] }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron'], "Only electron/main.ts and electron/preload.ts may import 'electron'."),
        pattern(['**/renderer/*'], 'The main process never imports the renderer.'),
      ] }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron', ...nodeBuiltins, ...serverOnly], 'renderer/ talks to the app only through renderer/api.ts.'),
        pattern(['**/db/*', '**/electron/*', '**/db', '**/electron'], 'renderer/ may import shared/ only.'),
      ] }],
    },
  },
);
