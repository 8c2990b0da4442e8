import { describe, expect, it } from 'vitest';
import { fuzzArgument } from './fuzz-arguments.js';

class NamedError extends Error {
  override name = 'NamedError';
}

describe('fuzzArgument', () => {
  it('passes a function that refuses every wrong value with a named error', async () => {
    const outcomes = await fuzzArgument(
      (value) => {
        if (typeof value !== 'number' || value !== 5) throw new NamedError('count must be 5');
      },
      { accepts: ['5'] },
    );
    expect(outcomes.get('5')).toBe('accepted');
    expect(outcomes.get('null')).toBe('NamedError');
  });

  it('fails on a bare TypeError from inside, naming the value', async () => {
    await expect(fuzzArgument((value) => (value as { length: number }).length.toFixed())).rejects.toThrow(/null: TypeError/);
  });

  it('fails on a value taken silently, a multi-line message and a hang', async () => {
    await expect(fuzzArgument(() => undefined)).rejects.toThrow('"zzz": accepted');
    await expect(
      fuzzArgument(() => {
        throw new NamedError('one\ntwo');
      }),
    ).rejects.toThrow('more than one line');
    await expect(fuzzArgument(() => new Promise(() => {}), { timeoutMs: 5, accepts: [] })).rejects.toThrow('did not settle');
  });
});
