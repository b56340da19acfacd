import fs from 'node:fs';

/**
 * Debian's Chromium: Playwright cannot download its own browsers here (ARCHITECTURE §8). The old
 * headless shell (`chromium-headless-shell`, the build Playwright itself runs headless) draws the same
 * pages with about a fifth less CPU than the full browser in headless mode, which is what a 2-core
 * machine running two test workers is short of; the full browser is the fallback. `CHROMIUM_PATH`
 * overrides both.
 */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const shell = '/usr/bin/chromium-headless-shell';
  return fs.existsSync(shell) ? shell : '/usr/bin/chromium';
}

/** Nothing the tests do needs a sandbox (root in CI), a GPU, or the browser's own network traffic. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
