/**
 * Runs saves one after another, in the order the keys were pressed. A grid saves on every key and
 * shows the new value at once; if the saves ran side by side, two requests could reach the service in
 * the other order (browser mode spreads them over several connections) and an older value would be
 * stored last, or a quota check would see the keys in the wrong order. One queue per page keeps the
 * order of the keyboard; a failed save does not stop the ones behind it.
 */
export type SaveQueue = <T>(save: () => Promise<T>) => Promise<T>;

export function createSaveQueue(): SaveQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(save: () => Promise<T>): Promise<T> => {
    const run = tail.then(save, save);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };
}
