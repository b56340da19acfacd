import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { callApi } from './evaluation-helpers';
import { demoDatabaseEnv, startApp, stopApp } from './fixtures';

/**
 * Builds the demo database once for the run (tests with `test.use({ seed: 'demo' })` copy it): the
 * built app on a temporary data folder, 载入演示数据 through the API, then a clean stop, which
 * checkpoints the WAL into the .sqlite file and removes it, so the one file holds everything. The demo
 * is dated from today, so one build per run is current. Returns the teardown that deletes it.
 */
export default async function globalSetup(): Promise<() => void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-e2e-demo-'));
  const { child, url, output } = await startApp(dataDir);
  try {
    await callApi({ url, dataDir, output }, 'demo.load', {});
  } finally {
    // a clean stop folds the WAL in; a busy machine gets a minute for it
    await stopApp(child, 60_000);
  }
  const file = path.join(dataDir, 'kaoping.sqlite');
  if (fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0) throw new Error(`the demo database was not checkpointed on stop:\n${output()}`);
  process.env[demoDatabaseEnv] = file;
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
