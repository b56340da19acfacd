import { defineConfig } from 'vitest/config';

/**
 * Files that replace modules (`vi.mock`), patch globals or draw React into jsdom need a module graph of their
 * own. Every other file reads and writes only its own database and temp files, so those share one module graph
 * per worker: each module (exceljs, the services, the contract schemas) is loaded once per worker rather than
 * once per file, which saves about a fifth of the run. `npm run test:shuffled` checks that no file leans on
 * another's leftovers.
 */
const isolatedFiles = [
  'tests/unit/**/*.test.tsx',
  'tests/unit/electron-main.test.ts',
  'tests/unit/electron-preload.test.ts',
  'tests/unit/display-text.test.ts',
  'tests/integration/roster-import.test.ts',
];
const allFiles = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'];

const shared = {
  environment: 'node',
  testTimeout: 30_000,
  hookTimeout: 30_000,
  pool: 'forks',
  env: { KAOPING_CHECK_OUTPUT: '1' },
} as const;

export default defineConfig({
  test: {
    // both cores: vitest's default on a 2-core machine is one worker (cores - 1); with two, the files that wait
    // on LibreOffice conversions run beside the others
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'isolated', include: isolatedFiles } },
      { test: { ...shared, name: 'shared', include: allFiles, exclude: isolatedFiles, isolate: false } },
    ],
  },
});
