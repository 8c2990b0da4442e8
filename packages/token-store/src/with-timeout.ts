/** Thrown by withTimeout when the work did not settle in time. */
export class TimeoutExpired extends Error {
  override name = 'TimeoutExpired';
}

/**
 * Settles like `work()`, or rejects with TimeoutExpired after `ms`. The work itself cannot be
 * cancelled (a keytar call blocks a libuv worker thread until D-Bus answers); only the wait ends.
 */
export async function withTimeout<T>(work: () => Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new TimeoutExpired(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
