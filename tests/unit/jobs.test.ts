import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { JobRegistry } from '../../electron/services/jobs';

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('background jobs', () => {
  it('reports progress, then the result', async () => {
    const jobs = new JobRegistry();
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
    expect(jobs.status(id)).toMatchObject({ state: 'done', progress: 1, result: 42 });
  });

  it('keeps the Chinese message of an AppError', async () => {
    const jobs = new JobRegistry();
    const id = jobs.start('t', async () => {
      throw new AppError('BAD_FILE', '文件已损坏');
    });
    await settle();
    expect(jobs.status(id)).toMatchObject({ state: 'failed', error: { code: 'BAD_FILE', message: '文件已损坏' } });
  });

  it('refuses an unknown job id', () => {
    expect(() => new JobRegistry().status('nope')).toThrow(/任务不存在/);
  });
});
