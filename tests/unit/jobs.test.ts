import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { JobRegistry, throwIfCancelled } from '../../electron/jobs';

const settle = () => new Promise((r) => setTimeout(r, 5));
/** a registry of one test kind 't' whose work may return anything */
const registry = () => new JobRegistry<{ t: unknown }>();

describe('background jobs', () => {
  it('reports progress, then the result', async () => {
    const jobs = registry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = jobs.start('t', async (report) => {
      report(0.5, '正在读取');
      await gate;
      return 42;
    });
    expect(jobs.status(id).state).toBe('running');
    await settle();
    expect(jobs.status(id)).toMatchObject({ state: 'running', progress: 0.5, stage: '正在读取' });
    release();
    await settle();
    expect(jobs.status(id)).toMatchObject({ kind: 't', state: 'done', progress: 1, result: 42 });
  });

  it('keeps the Chinese message of an AppError', async () => {
    const jobs = registry();
    const id = jobs.start('t', async () => {
      throw new AppError('BAD_FILE', '文件已损坏');
    });
    await settle();
    expect(jobs.status(id)).toMatchObject({ state: 'failed', error: { code: 'BAD_FILE', message: '文件已损坏' } });
  });

  it('refuses an unknown job id', () => {
    expect(() => registry().status('nope')).toThrow(/任务不存在/);
  });

  it('cancels a running job: the work sees the signal and no result is kept', async () => {
    const jobs = registry();
    let steps = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const id = jobs.start('t', async (_report, signal) => {
      steps++;
      await gate;
      throwIfCancelled(signal);
      steps++;
      return new Uint8Array([1, 2, 3]);
    });
    await settle();
    jobs.cancel(id);
    release();
    await settle();
    expect(steps).toBe(1);
    expect(jobs.status(id)).toMatchObject({ state: 'cancelled', stage: '已取消' });
    expect(jobs.status(id).result).toBeUndefined();
  });

  it('keeps a finished job as it is when cancelled late', async () => {
    const jobs = registry();
    const id = jobs.start('t', async () => 7);
    await settle();
    jobs.cancel(id);
    expect(jobs.status(id)).toMatchObject({ state: 'done', result: 7 });
  });
});
