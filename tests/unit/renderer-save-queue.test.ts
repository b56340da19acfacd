import { describe, expect, it } from 'vitest';
import { createSaveQueue } from '../../renderer/hooks/save-queue';

/** A save that answers when told to, so the test decides the order in which the service would answer. */
function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createSaveQueue', () => {
  it('starts a save only after the one before it has answered, in the order asked', async () => {
    const queue = createSaveQueue();
    const started: string[] = [];
    const first = deferred();
    const second = deferred();
    const a = queue(async () => {
      started.push('a');
      await first.promise;
      return 'A';
    });
    const b = queue(async () => {
      started.push('b');
      await second.promise;
      return 'B';
    });
    const c = queue(async () => {
      started.push('c');
      return 'C';
    });
    await Promise.resolve();
    expect(started).toEqual(['a']);
    second.resolve(); // the later save cannot overtake: it has not even been sent
    await Promise.resolve();
    expect(started).toEqual(['a']);
    first.resolve();
    expect(await a).toBe('A');
    expect(await b).toBe('B');
    expect(await c).toBe('C');
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('goes on with the next save after a refused one, and hands the refusal to its caller', async () => {
    const queue = createSaveQueue();
    const refused = queue(() => Promise.reject(new Error('超出范围')));
    const next = queue(() => Promise.resolve(2));
    await expect(refused).rejects.toThrow('超出范围');
    expect(await next).toBe(2);
  });
});
