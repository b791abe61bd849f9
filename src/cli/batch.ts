/**
 * Maps `work` over `items`, running up to `concurrency` calls at once and yielding the results
 * in the order of the items, each as soon as it and those before it are done. At most
 * `concurrency` results are held at a time, so memory stays flat however many items there are.
 *
 * A finished result is yielded without waiting for the next item: when items come slowly (NDJSON
 * records piped in one by one), each result goes out as soon as it is ready.
 *
 * With `--jobs N` the CLI runs it with a `work` that reads on the main thread and analyses there
 * or in one of N − 1 worker threads (see jobs.ts), and a concurrency that fills their batches.
 * `concurrency` may be a function, asked before each item is pulled: the jobs raise theirs when
 * their workers start.
 */
export async function* mapOrdered<T, R>(
  items: AsyncIterable<T>,
  work: (item: T) => Promise<R>,
  concurrency: number | (() => number) = 1,
): AsyncGenerator<R> {
  const limit = typeof concurrency === 'function' ? concurrency : () => concurrency;
  if (!Number.isInteger(limit()) || limit() < 1) {
    throw new RangeError(`concurrency must be a positive integer, got ${limit()}`);
  }
  const iterator = items[Symbol.asyncIterator]();
  const running: { result: Promise<R>; settled: boolean }[] = [];
  let pulling = false;
  let exhausted = false;
  let failure: { error: unknown } | undefined;
  // the loop below sleeps on `wake` until an item comes or a result settles
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const pull = () => {
    pulling = true;
    iterator.next().then(
      (next) => {
        pulling = false;
        if (next.done) exhausted = true;
        else {
          const entry = { result: work(next.value), settled: false };
          // a failure is rethrown when its turn comes, not reported as unhandled before
          const settle = () => ((entry.settled = true), notify());
          entry.result.then(settle, settle);
          running.push(entry);
        }
        notify();
      },
      (error: unknown) => {
        pulling = false;
        failure = { error };
        notify();
      },
    );
  };
  try {
    for (;;) {
      if (failure) throw failure.error;
      if (!exhausted && !pulling && running.length < limit()) pull();
      const head = running[0];
      if (head?.settled) {
        running.shift();
        yield await head.result;
      } else if (head === undefined && exhausted) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // an iterator waiting for its next item (standard input) is let go without waiting for it
    if (!exhausted) {
      const closing = iterator.return?.();
      if (!pulling) await closing;
      else closing?.catch(() => undefined);
    }
  }
}
