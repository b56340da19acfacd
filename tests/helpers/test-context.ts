import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, closeDatabase } from '../../db/open';
import { createContext, type AppContext } from '../../electron/context';
import { dispatch } from '../../electron/dispatch';
import { handlers } from '../../electron/handlers';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract';
import type { JobKind, JobResult } from '../../shared/contract/jobs';

export interface TestApp {
  readonly ctx: AppContext;
  readonly dir: string;
  /** calls a channel exactly as the renderer would (validation, Result); throws on { ok: false } */
  call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** calls a channel and returns the raw Result */
  result<C extends ChannelName>(channel: C, input?: ChannelInput<C>): ReturnType<typeof dispatch>;
  close(): void;
}

export interface TestAppOptions {
  /** the services' clock (ctx.now()), so waiting periods (admin-password throttle) need no sleep */
  readonly now?: () => Date;
  /**
   * today's date as the services see it (ctx.today()); a function to move it during a test. Default:
   * far ahead, so dated fixtures of any year are in the past whatever day the suite runs on; tests of
   * the "not after today" rules set their own.
   */
  readonly today?: string | (() => string);
}

/** A real SQLite file in a fresh temp folder, with the app's migrations applied. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaoping-test-'));
  const dbPath = path.join(dir, 'kaoping.sqlite');
  const db = await openDatabase(dbPath);
  const given = options.today ?? '2099-12-31';
  const today = typeof given === 'string' ? () => given : given;
  const ctx = createContext({ db, dataDir: dir, dbPath, backupDir: path.join(dir, 'backups'), mode: 'browser', version: 'test', actor: () => '测试员', now: options.now, today });
  const result = (channel: string, input?: unknown) => dispatch(handlers, ctx, channel, input ?? {});
  return {
    ctx,
    dir,
    result: result as TestApp['result'],
    async call(channel, input) {
      const r = await result(channel, input);
      if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), { code: r.error.code, payload: r.error });
      return r.value as never;
    },
    close() {
      closeDatabase(ctx.db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits for a background job (imports, exports) through `jobs.status`, as the renderer's useJob
 * does; the result is typed by the job's kind. Throws the job's error when it failed.
 */
export async function waitForJob<K extends JobKind>(app: Pick<TestApp, 'call'>, kind: K, jobId: string): Promise<JobResult<K>> {
  for (let i = 0; i < 600; i++) {
    const s = await app.call('jobs.status', { jobId });
    if (s.kind !== kind) throw new Error(`job ${jobId} is a ${s.kind} job, not ${kind}`);
    if (s.state === 'done') return s.result as JobResult<K>;
    if (s.state === 'failed') throw Object.assign(new Error(`${s.error?.code}: ${s.error?.message}`), { code: s.error?.code, payload: s.error });
    if (s.state === 'cancelled') throw new Error(`job ${jobId} was cancelled`);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job timed out');
}

/** copies of fixtures made by LibreOffice (outside this repo at first), kept in the repo so CI has them */
export const sharedFixtures = path.resolve(__dirname, '../fixtures/shared');
export const ownFixtures = path.resolve(__dirname, '../fixtures');
