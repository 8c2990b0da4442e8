import { backoffDelay } from './backoff-delay.js';
import { assertRetryAfterWaitable } from './engine-context.js';
import type { EngineContext } from './engine-context.js';
import { CopyReadError, CopyStoppedError, describeError } from './copy-errors.js';
import { checkReadArguments } from './check-engine-arguments.js';

/** Waits before read attempt `attempt + 1`, or throws when the failure is not worth retrying. */
async function pauseBeforeRetry(ctx: EngineContext, what: string, attempt: number, error: unknown): Promise<void> {
  ctx.signal.throwIfAborted();
  const failure = ctx.classify(error);
  if (failure.kind === 'fatal') throw new CopyStoppedError(error);
  const retryable = failure.kind === 'transient' || failure.kind === 'rate-limited';
  if (!retryable || attempt >= ctx.retry.maxAttempts) throw new CopyReadError(what, error);
  if (failure.kind === 'rate-limited') assertRetryAfterWaitable(ctx, failure.retryAfterMs, error);
  const delayMs =
    (failure.kind === 'rate-limited' ? failure.retryAfterMs : undefined) ?? backoffDelay(attempt, { ...ctx.retry, random: ctx.random });
  ctx.progress.readRetry(what, attempt, delayMs, describeError(error));
  await ctx.clock.sleep(delayMs, ctx.signal);
}

/**
 * Streams a listing, restarting it after a transient failure and skipping the items it already
 * yielded (a paged listing cannot be resumed mid-way once its iterator has thrown).
 */
export async function* readWithRetry<T extends { id: string }>(
  ctx: EngineContext,
  what: string,
  list: () => AsyncIterable<T>,
): AsyncGenerator<T> {
  checkReadArguments(false, ctx, what, list);
  const yielded = new Set<string>();
  let attempt = 0;
  let yieldedBefore = 0;
  for (;;) {
    try {
      for await (const item of list()) {
        if (yielded.has(item.id)) continue;
        yielded.add(item.id);
        yield item;
      }
      return;
    } catch (error) {
      // A long listing may meet several unrelated hiccups; only failures in a row count.
      attempt = yielded.size > yieldedBefore ? 1 : attempt + 1;
      yieldedBefore = yielded.size;
      await pauseBeforeRetry(ctx, what, attempt, error);
    }
  }
}

/** One read call with the same retry rules as a listing. */
export async function readOnceWithRetry<T>(ctx: EngineContext, what: string, read: () => Promise<T>): Promise<T> {
  checkReadArguments(true, ctx, what, read);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      await pauseBeforeRetry(ctx, what, attempt, error);
    }
  }
}
