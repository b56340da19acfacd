import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/helpers/chromium';

/**
 * Timeouts are set from measurements on a 2-core machine shared by several test runs (load average
 * 20–38) plus a busy loop: a journey took up to about 80 s there, so a test has 240 s; the slowest
 * single step, 载入演示数据 through the page, took over 20 s, so an expectation waits up to 60 s. On a
 * quiet machine they pass in a fraction of that. Slowness is measured by `npm run bench`, not here.
 */
/**
 * The browser and the app's server run on one office PC, with one clock and one time zone: the
 * renderer dates a step by its "today" and the server refuses a date after its own "today". The tests
 * keep that true whatever zone the CI machine is set to (between 16:00 and 24:00 UTC the two days
 * differ): the runner, its workers and every app server they spawn inherit TZ; the pages get the
 * same zone through `timezoneId`.
 */
const officeTimeZone = 'Asia/Shanghai';
process.env.TZ = officeTimeZone;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // one demo database per run, copied by the tests that start from the demo (fixtures.ts `seed`)
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 240_000,
  expect: { timeout: 60_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: officeTimeZone,
    viewport: { width: 1440, height: 900 },
    // the app turns antd's motion off for users who ask for reduced motion (renderer/hooks/use-reduced-motion.ts):
    // dialogs and menus then appear at once, whatever the frame rate of a busy machine
    reducedMotion: 'reduce',
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath(),
      args: chromiumArgs,
    },
    // Recording a trace doubles the CPU a test takes (a DOM snapshot and screencast frame at every action),
    // even when it is thrown away after a pass: a failure leaves its error context (the page's accessibility
    // tree) and a screenshot instead; rerun a failing test with `--trace on` to step through it.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
