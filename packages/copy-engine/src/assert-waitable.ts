import type { CopyContext } from './copy-context.js';
import { RetryAfterTooLongError } from './copy-errors.js';

/**
 * Stops the whole copy when a 429 asks for a pause past `maxRetryAfterMs`: the pause is shared
 * by every writer, so waiting it out would stall the run for as long as the server says.
 */
export function assertWaitable(ctx: CopyContext, retryAfterMs: number | undefined, cause: unknown): void {
  if (retryAfterMs !== undefined && retryAfterMs > ctx.retry.maxRetryAfterMs) {
    throw new RetryAfterTooLongError(retryAfterMs, ctx.retry.maxRetryAfterMs, cause);
  }
}
