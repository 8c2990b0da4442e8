import { describe, expect, it } from 'vitest';
import { simApi } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';
import { TRIAL_REQUESTS_PER_DAY, TrialAccess } from './trial-access.js';

interface ErrorBody {
  code: number;
  message: string;
}

describe('TrialAccess', () => {
  it('allows 1,000 requests an app a UTC day, then answers 429 until midnight', () => {
    const trial = new TrialAccess();
    const noon = Date.UTC(2026, 10, 30, 12);
    for (let n = 0; n < TRIAL_REQUESTS_PER_DAY; n += 1) trial.charge('app', false, noon);
    const refused = (() => {
      try {
        trial.charge('app', false, noon);
      } catch (error) {
        return error as { status: number; code: number; headers: Record<string, string> };
      }
      return undefined;
    })();
    expect(refused).toMatchObject({ status: 429, code: 8, headers: { 'retry-after': String(12 * 3600) } });
    expect(() => trial.charge('other-app', false, noon)).not.toThrow();
    expect(() => trial.charge('app', false, Date.UTC(2026, 11, 1, 0, 0, 1))).not.toThrow();
  });
});

describe('the simulator with trialAccess', () => {
  const sim = useSimulator({ trialAccess: true });

  it('reads, and refuses every write with 403 code 29 pointing at the API sandbox', async () => {
    const api = simApi(sim());
    expect((await api.get('/v5/boards')).status).toBe(200);
    const write = await api.post<ErrorBody>('/v5/boards', { name: 'Not in trial' });
    expect([write.status, write.body.code]).toEqual([403, 29]);
    expect(write.body.message).toContain('https://api-sandbox.pinterest.com');
  });
});
