import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright cannot download its own browsers here (DESIGN §8).
/**
 * Timeouts are set for a 2-core machine with another process keeping one core busy (README, DESIGN
 * §9): each journey takes at most about 40 s there, so a test has 3× that; a single step (a click, an
 * expectation) gets 20 s, several times what a loaded machine needs. Slowness is measured by
 * `npm run bench`, not by these limits.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  timeout: 240_000,
  expect: { timeout: 20_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    // the app turns antd's motion off for users who ask for reduced motion (renderer/hooks/use-reduced-motion.ts):
    // dialogs and menus then appear at once, whatever the frame rate of a busy machine
    reducedMotion: 'reduce',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
  },
});
