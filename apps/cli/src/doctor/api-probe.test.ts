import { describe, expect, it } from 'vitest';
import { readPinkitConfig } from '../config/pinkit-config.js';
import { clockCheck, trialCheck, type ProbeAnswer } from './api-probe.js';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const answer = (date: string | null, code: unknown = 1, status = 400): ProbeAnswer => ({ status, code, message: '', date });

describe('clockCheck', () => {
  it('passes a clock within a few minutes of the Date header', () => {
    expect(clockCheck(answer(new Date(NOW - 90_000).toUTCString()), NOW)[0]).toMatchObject({
      status: 'ok',
      detail: "within 90 s of Pinterest's",
    });
  });

  it('warns past five minutes of skew, saying which way', () => {
    const [line] = clockCheck(answer(new Date(NOW + 600_000).toUTCString()), NOW);
    expect(line).toMatchObject({ status: 'warn', detail: "this machine's clock is 600 s behind Pinterest's: expiry times will be off" });
  });

  it('skips an answer without a usable Date header', () => {
    expect(clockCheck(answer('yesterday'), NOW)[0]?.status).toBe('skip');
    expect(clockCheck(new Error('connect ECONNREFUSED'), NOW)[0]?.status).toBe('skip');
  });
});

describe('trialCheck', () => {
  const config = readPinkitConfig({});
  it('warns of code 29 outside the sandbox and says how to write there', () => {
    const [trial, sandbox] = trialCheck(config, answer(null, 29, 403), true);
    expect(trial).toMatchObject({ status: 'warn' });
    expect(trial?.fix).toMatch(/--sandbox \(or PINTEREST_SANDBOX=1\)/);
    expect(sandbox?.detail).toBe('off: requests go to https://api.pinterest.com');
  });

  it('does not judge Trial access when the probe was refused for the token', () => {
    expect(trialCheck(config, answer(null, 2, 401), false)[0]?.status).toBe('skip');
  });
});
