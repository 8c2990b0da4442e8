import { fuzzArgument } from '@pinkit/test-support';
import { describe, expect, it } from 'vitest';
import { ArgumentError, backoffDelay, CategoryPacer, describeWait, sleep } from './index.js';
import { virtualClock } from './test-support/virtual-clock.js';

const NON_NEGATIVE = ['0', '5', '1.5', '1e308'];
const backoff = { baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.5 };
const pacerOptions = () => ({ quota: { limit: 10, windowMs: 1000 }, clock: virtualClock(), maxPauseMs: 1000 });
const pacer = () => new CategoryPacer(pacerOptions());
const withKey = (base: object, key: string, value: unknown) => ({ ...base, [key]: value });

// Each public function with one argument or option replaced by every hostile value, the others valid.
const calls: Array<[string, (value: unknown) => unknown, string[]]> = [
  ['sleep(ms)', (value) => sleep(value as number), ['0', '5', '1.5']],
  ['sleep(ms, signal)', (value) => sleep(1, value as AbortSignal), ['undefined']],
  ['describeWait(ms)', (value) => describeWait(value as number), [...NON_NEGATIVE, 'Infinity']],
  ['backoffDelay(attempt)', (value) => backoffDelay(value as number, backoff), ['0', '5']],
  ['backoffDelay(options)', (value) => backoffDelay(1, value as typeof backoff), []],
  ...(['baseDelayMs', 'maxDelayMs'] as const).map((key): [string, (value: unknown) => unknown, string[]] => [
    `backoffDelay(options.${key})`,
    (value) => backoffDelay(1, withKey(backoff, key, value) as typeof backoff),
    NON_NEGATIVE,
  ]),
  ['backoffDelay(options.random)', (value) => backoffDelay(1, withKey(backoff, 'random', value) as typeof backoff), ['function']],
  ['new CategoryPacer(options)', (value) => new CategoryPacer(value as never), []],
  ['new CategoryPacer(options.quota)', (value) => new CategoryPacer(withKey(pacerOptions(), 'quota', value) as never), ['undefined']],
  [
    'new CategoryPacer(options.quota.limit)',
    (value) => new CategoryPacer(withKey(pacerOptions(), 'quota', { limit: value, windowMs: 1000 }) as never),
    NON_NEGATIVE,
  ],
  [
    'new CategoryPacer(options.quota.windowMs)',
    (value) => new CategoryPacer(withKey(pacerOptions(), 'quota', { limit: 1, windowMs: value }) as never),
    NON_NEGATIVE,
  ],
  ['new CategoryPacer(options.burst)', (value) => new CategoryPacer(withKey(pacerOptions(), 'burst', value) as never), ['undefined', '5']],
  ['new CategoryPacer(options.clock)', (value) => new CategoryPacer(withKey(pacerOptions(), 'clock', value) as never), []],
  [
    'new CategoryPacer(options.maxPauseMs)',
    (value) => new CategoryPacer(withKey(pacerOptions(), 'maxPauseMs', value) as never),
    ['0', '5', '1.5', '1e308'],
  ],
  ['new CategoryPacer(options.backoff)', (value) => new CategoryPacer(withKey(pacerOptions(), 'backoff', value) as never), ['undefined']],
  // A Date is an object with no options of its own: taken like {}.
  ['pacer.acquire(options)', (value) => pacer().acquire(value as never), ['undefined', '{}', 'Date']],
  ['pacer.acquire(options.signal)', (value) => pacer().acquire({ signal: value as AbortSignal }), ['undefined']],
  [
    'pacer.acquire(options.maxWaitMs)',
    (value) => pacer().acquire({ maxWaitMs: value as number }),
    ['undefined', ...NON_NEGATIVE, 'Infinity'],
  ],
  ['pacer.acquire(options.what)', (value) => pacer().acquire({ what: value as string }), ['undefined', '"x"', '"zzz"']],
  ['pacer.settle(ticket)', (value) => pacer().settle(value as never, { kind: 'answered' }), ['undefined']],
  ['pacer.settle(outcome)', (value) => pacer().settle(undefined, value as never), []],
  [
    'pacer.settle(outcome.retryAfterMs)',
    (value) => pacer().settle(undefined, { kind: 'rate-limited', retryAfterMs: value as number }),
    ['undefined', ...NON_NEGATIVE],
  ],
  ['pacer.settle(outcome.rateLimit)', (value) => pacer().settle(undefined, { kind: 'answered', rateLimit: value as never }), ['undefined']],
];

describe('argument checks', () => {
  it.each(calls)('%s refuses what it cannot use with ArgumentError', async (_name, call, accepts) => {
    await fuzzArgument(call, { accepts });
  });

  it('names the argument and what it must be', async () => {
    await expect(sleep(-1)).rejects.toThrow(ArgumentError);
    await expect(sleep(Number.NaN)).rejects.toThrow('sleep: ms must be a finite number from 0 to 31536000000, not NaN.');
    expect(() => new CategoryPacer({ ...pacerOptions(), maxPauseMs: Number.NaN })).toThrow('options.maxPauseMs');
  });
});
