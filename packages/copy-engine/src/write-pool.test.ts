import { describe, expect, it } from 'vitest';
import { WritePool } from './write-pool.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WritePool', () => {
  it('never runs more tasks than its limit, and makes spawn wait for a slot', async () => {
    const pool = new WritePool(3, () => {});
    const signal = new AbortController().signal;
    let running = 0;
    let most = 0;
    let spawned = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      for (let index = 0; index < 3; index += 1) await tick();
      running -= 1;
    };
    const producer = (async () => {
      for (let index = 0; index < 10; index += 1) {
        await pool.spawn(task, signal);
        spawned += 1;
      }
    })();
    await tick();
    expect(spawned).toBe(3);
    await producer;
    await pool.drain();
    expect(most).toBe(3);
    expect(running).toBe(0);
  });

  it('hands task errors to its callback instead of losing them', async () => {
    const errors: unknown[] = [];
    const pool = new WritePool(2, (error) => errors.push(error));
    await pool.spawn(async () => {
      throw new Error('boom');
    }, new AbortController().signal);
    await pool.drain();
    expect(errors).toEqual([new Error('boom')]);
  });

  it('stops waiting for a slot when the signal aborts', async () => {
    const pool = new WritePool(1, () => {});
    const controller = new AbortController();
    let release = () => {};
    await pool.spawn(() => new Promise<void>((resolve) => (release = resolve)), controller.signal);
    const waiting = pool.run(async () => 'ran', controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    release();
    await pool.drain();
    expect(await pool.run(async () => 'ran', new AbortController().signal)).toBe('ran');
  });
});
