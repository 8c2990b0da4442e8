import { request, Agent } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatorOptionsError, startSimulator, type Simulator } from './index.js';
import { simApi } from './test-support/sim-api.js';

const running: Simulator[] = [];
async function start(options?: Parameters<typeof startSimulator>[0]): Promise<Simulator> {
  const sim = await startSimulator(options);
  running.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sim) => sim.stop()));
});

describe('startSimulator', () => {
  it('listens on an ephemeral loopback port and describes itself in env()', async () => {
    const sim = await start();
    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.env()).toEqual({
      PINTEREST_API_URI: sim.url,
      PINTEREST_OAUTH_URI: sim.url,
      PINTEREST_APP_ID: sim.app.id,
      PINTEREST_APP_SECRET: sim.app.secret,
      ACCESS_TOKEN: sim.users[0]?.accessToken,
      TARGET_ACCESS_TOKEN: sim.users[1]?.accessToken,
      V3_ACCESS_TOKEN: sim.users[0]?.v3AccessToken,
      V3_TARGET_ACCESS_TOKEN: sim.users[1]?.v3AccessToken,
    });
  });

  it('mints Pinterest-shaped tokens with every v5 scope', async () => {
    const sim = await start();
    expect(sim.users.map((user) => user.username)).toEqual(['pinkit_demo', 'pinkit_target']);
    for (const user of sim.users) {
      expect(user.accessToken).toMatch(/^pina_[A-Z0-9]{40,}$/);
      expect(user.refreshToken).toMatch(/^pinr_[A-Z0-9]{40,}$/);
      expect(user.scopes).toContain('pins:write');
      expect(user.scopes).toHaveLength(19);
    }
  });

  it('mints each user a second pair of tokens, as if signed in through v3, that reads v3 and refreshes there', async () => {
    const sim = await start();
    const demo = sim.users[0]!;
    expect(demo.v3AccessToken).toMatch(/^pina_[A-Z0-9]{40,}$/);
    expect(demo.v3RefreshToken).toMatch(/^pinr_[A-Z0-9]{40,}$/);
    expect(new Set([demo.accessToken, demo.v3AccessToken, sim.users[1]?.v3AccessToken]).size).toBe(3);
    expect((await simApi(sim, demo.v3AccessToken).get('/v3/users/me/')).status).toBe(200);
    const refreshed = await fetch(`${sim.url}/v3/oauth/access_token/`, {
      method: 'PUT',
      headers: {
        authorization: `Basic ${Buffer.from(`${sim.app.id}:${sim.app.secret}`).toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ grant_type: 'refresh_token', refresh_token: demo.v3RefreshToken }),
    });
    expect(((await refreshed.json()) as { scope: string }).scope.split(' ')).toContain('read_boards');
  });

  it('gives the same ids, tokens and data for the same seed, and others for another seed', async () => {
    const snapshot = async (seed: number) => {
      const sim = await start({ seed });
      const boards = await simApi(sim).get<{ items: { id: string; name: string }[] }>('/v5/boards');
      return { app: sim.app, users: sim.users, boards: boards.body.items.map(({ id, name }) => ({ id, name })) };
    };
    const first = await snapshot(7);
    expect(await snapshot(7)).toEqual(first);
    const other = await snapshot(8);
    expect(other.users[0]?.accessToken).not.toBe(first.users[0]?.accessToken);
    expect(other.boards[0]?.id).not.toBe(first.boards[0]?.id);
  });

  it('puts a unique x-pinterest-rid on every response, errors included', async () => {
    const sim = await start();
    const api = simApi(sim);
    const rids = new Set<string>();
    for (const path of ['/v5/user_account', '/v5/boards?page_size=0', '/v5/no-such-thing']) {
      const response = await api.get(path);
      rids.add(response.headers.get('x-pinterest-rid') ?? '');
    }
    expect(rids.size).toBe(3);
  });

  it('answers an unknown path with 404 and a known path with the wrong method with 405', async () => {
    const sim = await start();
    const api = simApi(sim);
    expect((await api.get('/v5/nowhere')).status).toBe(404);
    const wrongMethod = await api.call<{ code: number }>('PUT', '/v5/user_account');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body.code).toBe(5);
  });

  it('closes keep-alive sockets on stop()', async () => {
    const sim = await startSimulator();
    const agent = new Agent({ keepAlive: true });
    // Wrapped in an object: resolving with a bare promise would wait for it.
    const { socketClosed } = await new Promise<{ socketClosed: Promise<boolean> }>((resolve, reject) => {
      const req = request(
        `${sim.url}/v5/user_account`,
        { agent, headers: { authorization: `Bearer ${sim.users[0]?.accessToken}` } },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ socketClosed: new Promise((closed) => req.socket?.once('close', () => closed(true))) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    const closedBeforeStop = await Promise.race([socketClosed, new Promise((idle) => setImmediate(() => idle(false)))]);
    expect(closedBeforeStop).toBe(false);
    await sim.stop();
    expect(await socketClosed).toBe(true);
    agent.destroy();
    await expect(fetch(`${sim.url}/v5/user_account`)).rejects.toThrow();
  });

  it('mints extra tokens with chosen scopes and refuses unknown users', async () => {
    const sim = await start();
    const token = sim.issueToken(sim.users[1]?.id ?? '', ['user_accounts:read']);
    expect(token).toMatch(/^pina_/);
    const account = await simApi(sim, token).get<{ username: string }>('/v5/user_account');
    expect(account.body.username).toBe('pinkit_target');
    expect(() => sim.issueToken('42', [])).toThrow(SimulatorOptionsError);
  });
});

describe('options', () => {
  it.each([
    [{ faultRate: 1.5 }, 'faultRate', /between 0 and 1/],
    [{ faultRate: -0.1 }, 'faultRate', /between 0 and 1/],
    [{ latencyMs: -1 }, 'latencyMs', /from 0 to 600000/],
    [{ writeRate: 0 }, 'writeRate', /above 0/],
    [{ rateLimits: { org_wrte: 10 } }, 'rateLimits', /no rate-limit category.*org_write/],
    [{ rateLimits: { org_write: '10/hour' } }, 'rateLimits', /per minute \("100\/min"\) or per second/],
    [{ rateLimits: { org_write: 0 } }, 'rateLimits', /> 0/],
    [{ port: 70000 }, 'port', /0 to 65535/],
    [{ host: '0.0.0.0' }, 'host', /loopback/],
    [{ boards: 1.5 }, 'boards', /whole number/],
    [{ spamDomains: [''] }, 'spamDomains', /host names/],
  ])('refuses %j with a SimulatorOptionsError naming %s', async (options, option, message) => {
    const error: unknown = await startSimulator(options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SimulatorOptionsError);
    expect(error).toMatchObject({ name: 'SimulatorOptionsError', option });
    expect((error as Error).message).toMatch(message);
  });

  it('names the port when it is already in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(startSimulator({ port })).rejects.toThrow(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('validates knobs given to configure() and leaves them unchanged on error', async () => {
    const sim = await start();
    expect(() => sim.configure({ faultRate: 2 })).toThrow(SimulatorOptionsError);
    expect((await simApi(sim).get('/v5/user_account')).status).toBe(200);
  });
});
