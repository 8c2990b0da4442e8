import type { Board } from '@pinkit/api-v5';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../start-simulator.js';
import { simApi, tokenOf, walkPages, type ErrorBody } from '../test-support/sim-api.js';
import { useSimulator } from '../test-support/use-simulator.js';

describe('write rate limit', () => {
  // A tiny rate: the bucket holds one write and refills far slower than any test runs.
  const sim = useSimulator({ writeRate: 0.01 });

  it('answers writes beyond the rate with 429 code 8 and a whole-second Retry-After', async () => {
    const api = simApi(sim());
    expect((await api.post('/v5/boards', { name: 'one' })).status).toBe(201);
    const limited = await api.post<ErrorBody>('/v5/boards', { name: 'two' });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe(8);
    expect(limited.body.message).not.toMatch(/spam/i);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number.isInteger(Number(limited.headers.get('retry-after')))).toBe(true);
    expect(sim().stats).toMatchObject({ writes: 1, rateLimited: 1 });
  });

  it('limits each user separately and never limits reads', async () => {
    const api = simApi(sim());
    await api.post('/v5/boards', { name: 'one' });
    expect((await api.post('/v5/boards', { name: 'two' })).status).toBe(429);
    expect((await api.get('/v5/boards')).status).toBe(200);
    expect((await simApi(sim(), tokenOf(sim(), 1)).post('/v5/boards', { name: 'one' })).status).toBe(201);
  });

  it('lifts the limit when configure() sets writeRate to undefined', async () => {
    const api = simApi(sim());
    await api.post('/v5/boards', { name: 'one' });
    sim().configure({ writeRate: undefined });
    expect((await api.post('/v5/boards', { name: 'two' })).status).toBe(201);
  });
});

describe('faults', () => {
  it('with faultRate 1 fails every request as a 5xx or a dropped connection', async () => {
    const sim = await startSimulator({ faultRate: 1, seed: 3 });
    try {
      const outcomes = new Set<string>();
      for (let i = 0; i < 30; i += 1) {
        const outcome = await simApi(sim)
          .get<ErrorBody>('/v5/user_account')
          .then((response) => String(response.status))
          .catch(() => 'dropped');
        outcomes.add(outcome);
      }
      expect(outcomes).toEqual(new Set(['500', '503', 'dropped']));
      expect(sim.stats.faults).toBe(30);
    } finally {
      await sim.stop();
    }
  });

  it('makes lost-response writes take effect although the client sees the connection drop', async () => {
    const sim = await startSimulator({ faultRate: 1, seed: 5 });
    try {
      const api = simApi(sim);
      const dropped: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const name = `attempt ${i}`;
        const status = await api.post<ErrorBody>('/v5/boards', { name }).then(
          (response) => response.status,
          () => undefined,
        );
        if (status === undefined) dropped.push(name);
        else expect([500, 503]).toContain(status);
      }
      sim.configure({ faultRate: 0 });
      const created = (await walkPages<Board>(api, '/v5/boards')).items
        .map((board) => board.name)
        .filter((name) => name.startsWith('attempt'));
      // Every board that exists came from a request whose response was lost, and there are some.
      expect(created.length).toBeGreaterThan(0);
      expect(created.every((name) => dropped.includes(name))).toBe(true);
      expect(created.length).toBeLessThan(dropped.length);
    } finally {
      await sim.stop();
    }
  });

  it('chooses the same faults for the same seed', async () => {
    const run = async () => {
      const sim = await startSimulator({ faultRate: 0.5, seed: 11 });
      const outcomes: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        outcomes.push(
          await simApi(sim)
            .get('/v5/user_account')
            .then(
              (response) => String(response.status),
              () => 'dropped',
            ),
        );
      }
      await sim.stop();
      return outcomes;
    };
    const first = await run();
    expect(new Set(first).size).toBeGreaterThan(1);
    expect(await run()).toEqual(first);
  });
});

describe('latency', () => {
  it('still answers with latency, and stop() ends a request that is waiting', async () => {
    const sim = await startSimulator({ latencyMs: 20 });
    expect((await simApi(sim).get('/v5/user_account')).status).toBe(200);
    sim.configure({ latencyMs: 60_000 });
    const pending = simApi(sim).get('/v5/user_account');
    while (sim.stats.requests < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await sim.stop();
    await expect(pending).rejects.toThrow();
  });
});
