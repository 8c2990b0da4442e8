import { backoffDelay } from './backoff-delay.js';
import { assertRetryAfterWaitable } from './engine-context.js';
import type { EngineContext } from './engine-context.js';
import type { CopyVia } from './copy-event.js';
import { CopyReadError, CopyStoppedError, describeError } from './copy-errors.js';
import type { ItemKind } from './copy-report.js';
import type { RecordNote } from './journal-store.js';
import { checkWriteOnceArguments } from './check-engine-arguments.js';

export interface WriteSpec<T extends { id: string }> {
  key: string;
  item: ItemKind;
  sourceId: string;
  create(): Promise<T>;
  /** Looks for the item in the target, for when a create may have taken effect unheard. */
  find(): Promise<T | undefined>;
  /** The target may hold the item already although the journal never tried it: look first. */
  mayExist?: boolean;
  /** Fingerprint of the content, kept with the intent and the outcome (publishing compares it on reruns). */
  digest?: string;
}

export type WriteOutcome =
  | { status: 'done'; targetId: string; via: Exclude<CopyVia, 'planned'> }
  | { status: 'planned' }
  | { status: 'spam'; message: string }
  | { status: 'failed'; message: string; cause: unknown }
  | { status: 'cancelled' };

/** What the journal keeps with this write's records: its digest and, once done, when. */
function noteOf(ctx: EngineContext, spec: WriteSpec<{ id: string }>, done: boolean): RecordNote {
  if (spec.digest === undefined) return {};
  return done ? { digest: spec.digest, at: ctx.clock.now() } : { digest: spec.digest };
}

async function adoptExisting<T extends { id: string }>(ctx: EngineContext, spec: WriteSpec<T>): Promise<string | undefined> {
  for (;;) {
    const found = await spec.find();
    if (!found) return undefined;
    // Another task may have adopted the same item while this lookup was reading; look again
    // without it rather than map two source items to one target item.
    if (!ctx.journal.isClaimed(spec.item, found.id)) return found.id;
  }
}

/**
 * Creates one item exactly once across retries, crashes and reruns: intent is journaled before
 * the create, the mapping after it, and after any failure that may have taken effect the target
 * is searched before the create is sent again.
 */
export async function writeOnce<T extends { id: string }>(ctx: EngineContext, spec: WriteSpec<T>): Promise<WriteOutcome> {
  checkWriteOnceArguments(ctx, spec);
  const prior = ctx.journal.lookup(spec.key);
  if (prior.state === 'done') return { status: 'done', targetId: prior.targetId, via: 'journal' };
  if (ctx.dryRun) return { status: 'planned' };
  let uncertain = prior.state === 'intent' || spec.mayExist === true;
  let transientFailures = 0;
  let rateLimits = 0;
  try {
    for (;;) {
      if (uncertain) {
        const adopted = await adoptExisting(ctx, spec);
        if (adopted !== undefined) {
          await ctx.journal.recordDone(spec.key, spec.item, adopted, true, noteOf(ctx, spec, true));
          return { status: 'done', targetId: adopted, via: 'adopted' };
        }
      }
      await ctx.limiter.acquire(ctx.signal);
      await ctx.journal.recordIntent(spec.key, noteOf(ctx, spec, false));
      let created: T;
      try {
        created = await spec.create();
      } catch (error) {
        const failure = ctx.classify(error);
        if (failure.kind === 'fatal') throw new CopyStoppedError(error);
        if (failure.kind === 'spam') return { status: 'spam', message: describeError(error) };
        if (failure.kind === 'conflict') {
          const adopted = await adoptExisting(ctx, spec);
          if (adopted === undefined) return { status: 'failed', message: describeError(error), cause: error };
          await ctx.journal.recordDone(spec.key, spec.item, adopted, true, noteOf(ctx, spec, true));
          return { status: 'done', targetId: adopted, via: 'adopted' };
        }
        if (failure.kind === 'permanent') return { status: 'failed', message: describeError(error), cause: error };
        if (failure.kind === 'rate-limited') {
          // A 429 was refused before taking effect: no lookup needed, only the shared pause. The
          // limiter should keep these rare, so they get a budget of their own.
          if (++rateLimits >= ctx.retry.maxAttempts * 2) return gaveUp(rateLimits, error);
          assertRetryAfterWaitable(ctx, failure.retryAfterMs, error);
          const pause = ctx.limiter.rateLimited(failure.retryAfterMs, { keepRate: failure.quotaKnown === true });
          ctx.progress.rateLimited(failure.retryAfterMs ?? null, pause.pauseMs, pause.writesPerSecond);
          continue;
        }
        uncertain = true;
        if (++transientFailures >= ctx.retry.maxAttempts) return gaveUp(transientFailures, error);
        const delayMs = backoffDelay(transientFailures, { ...ctx.retry, random: ctx.random });
        ctx.progress.retry(spec.item, spec.sourceId, transientFailures, delayMs, describeError(error));
        // Waiting first also gives a create that did land time to show up in the lookup.
        await ctx.clock.sleep(delayMs, ctx.signal);
        continue;
      }
      ctx.limiter.succeeded();
      await ctx.journal.recordDone(spec.key, spec.item, created.id, false, noteOf(ctx, spec, true));
      return { status: 'done', targetId: created.id, via: 'created' };
    }
  } catch (error) {
    if (error instanceof CopyReadError) return { status: 'failed', message: error.message, cause: error };
    // Aborts surface as the signal's reason; anything else (journal, stop) ends the whole run.
    if (ctx.signal.aborted && error === ctx.signal.reason) return { status: 'cancelled' };
    throw error;
  }
}

function gaveUp(attempts: number, cause: unknown): WriteOutcome {
  return {
    status: 'failed',
    message: `Gave up after ${attempts} attempts: ${describeError(cause)}. Running the same copy again checks the target before retrying.`,
    cause,
  };
}
