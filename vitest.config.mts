import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // both cores: vitest's default on a 2-core machine is one worker (cores - 1); with two, the files that wait
    // on LibreOffice conversions run beside the others
    maxWorkers: 2,
    env: { KAOPING_CHECK_OUTPUT: '1' },
  },
});
