/**
 * Runs `work` over `items`, the first alone and then `concurrency` at a time, until done or
 * `signal` aborts. The first goes alone so that an answer that stops the run (trial access, a
 * refused token) arrives before a second write is sent. A throw stops the run through `stop`.
 */
export async function runRows<T>(
  items: readonly T[],
  concurrency: number,
  signal: AbortSignal,
  stop: (reason: unknown) => void,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (limit: number) => {
    while (next < Math.min(limit, items.length) && !signal.aborted) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        // After an abort, whatever a row throws is the abort itself, not a reason to stop.
        if (!signal.aborted) stop(error);
        return;
      }
    }
  };
  await worker(1);
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, () => worker(items.length)));
}
