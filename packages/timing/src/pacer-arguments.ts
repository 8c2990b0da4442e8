import { argumentsOf } from '@pinkit/arguments';
import type { AcquireOptions, CategoryPacerOptions, PaceOutcome, PaceTicket } from './pacer-types.js';

const construct = argumentsOf('new CategoryPacer');
const acquire = argumentsOf('CategoryPacer.acquire');
const settle = argumentsOf('CategoryPacer.settle');
const OUTCOMES = ['answered', 'rate-limited', 'no-answer'] as const;

/** The pacer's options as its constructor checks them: a wrong one would pace nothing, or stall every request. */
export function checkPacerOptions(options: CategoryPacerOptions): void {
  construct.object(options, 'options');
  const quota = construct.object(options.quota, 'options.quota', { optional: true });
  if (quota) {
    construct.number(quota.limit, 'options.quota.limit', { min: 0 });
    construct.number(quota.windowMs, 'options.quota.windowMs', { min: 0 });
  }
  construct.integer(options.burst, 'options.burst', { optional: true, min: 1 });
  const clock = construct.object(options.clock, 'options.clock');
  construct.function(clock.now, 'options.clock.now');
  construct.function(clock.sleep, 'options.clock.sleep');
  construct.number(options.maxPauseMs, 'options.maxPauseMs', { min: 0 });
  const backoff = construct.object(options.backoff, 'options.backoff', { optional: true });
  if (backoff) {
    construct.number(backoff.baseMs, 'options.backoff.baseMs', { min: 0 });
    construct.number(backoff.maxMs, 'options.backoff.maxMs', { min: 0 });
  }
}

export function checkAcquireOptions(options: AcquireOptions | AbortSignal): AcquireOptions {
  if (options instanceof AbortSignal) return { signal: options };
  acquire.object(options, 'options');
  acquire.signal(options.signal, 'options.signal', { optional: true });
  // Infinity is the documented "no bound".
  if (options.maxWaitMs !== Number.POSITIVE_INFINITY) acquire.number(options.maxWaitMs, 'options.maxWaitMs', { optional: true, min: 0 });
  acquire.string(options.what, 'options.what', { optional: true, maxLength: 200, singleLine: true });
  return options;
}

export function checkSettle(ticket: PaceTicket | undefined, outcome: PaceOutcome): void {
  const given = settle.object(ticket, 'ticket', { optional: true });
  if (given) {
    settle.integer(given.seq, 'ticket.seq', { min: 1 });
    settle.number(given.sentAt, 'ticket.sentAt');
  }
  settle.object(outcome, 'outcome');
  settle.oneOf(outcome.kind, 'outcome.kind', OUTCOMES);
  if (outcome.kind === 'no-answer') return;
  const rateLimit = settle.object(outcome.rateLimit, 'outcome.rateLimit', { optional: true });
  if (rateLimit) {
    settle.number(rateLimit.limit, 'outcome.rateLimit.limit');
    settle.number(rateLimit.remaining, 'outcome.rateLimit.remaining');
    settle.array(rateLimit.policies, 'outcome.rateLimit.policies');
  }
  if (outcome.kind === 'rate-limited') settle.number(outcome.retryAfterMs, 'outcome.retryAfterMs', { optional: true, min: 0 });
}
