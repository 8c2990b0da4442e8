import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

const DAY = 24 * 60 * 60 * 1000;

let sim: Simulator;
let env: Record<string, string>;
const file = () => join(env.PINTEREST_OAUTH_TOKEN_DIR!, 'access_token.json');
const stored = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;

beforeAll(async () => {
  sim = await startSimulator({ autoApprove: true });
  env = await signedOutEnv(sim);
});
afterAll(() => sim.stop());

/** Signs in through the simulator's auto-approving consent page: no browser needed. */
async function signIn() {
  const run = await runPinkit(['get-access-token', '-w', '--token-store', 'file', '-l', '0'], {
    ...env,
    BROWSER: FETCH_BROWSER,
  });
  expect(run.code, run.stderr).toBe(0);
}

describe('pinkit refresh-access-token', () => {
  it('stores the renewed refresh token and its 60-day expiry with the new access token; the old refresh token is dead', async () => {
    await signIn();
    const before = stored();
    const run = await runPinkit(['refresh-access-token', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    const after = stored();
    expect(after.access_token).not.toBe(before.access_token);
    expect(after.refresh_token).toMatch(/^pinr_/);
    expect(after.refresh_token).not.toBe(before.refresh_token);
    const expiresIn = Date.parse(after.refresh_token_expires_at as string) - Date.now();
    expect(expiresIn).toBeGreaterThan(59.9 * DAY);
    expect(expiresIn).toBeLessThanOrEqual(60 * DAY);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(readdirSync(env.PINTEREST_OAUTH_TOKEN_DIR!)).toEqual(['access_token.json']);
    expect(run.stdout).toMatch(/^hashed access token: [0-9a-f]{64}$/m);
    // 60 days from the refresh; the command's clock may read a few ms before or after it.
    expect(run.stdout).toMatch(/^refresh token expires \S+ \(in (59|60) days\)$/m);
    expect(run.stdout).not.toContain(after.refresh_token as string);

    const status = await runPinkit(['auth', 'status', '--token-store', 'file', '--json'], env);
    expect(JSON.parse(status.stdout.trim())).toMatchObject({ refresh_token_expires_at: after.refresh_token_expires_at });
    // The refresh token it replaced was stored nowhere else; Pinterest refuses it now.
    writeFileSync(file(), JSON.stringify(before), { mode: 0o600 });
    const stale = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], env);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^pinkit: Pinterest refused the refresh token \(400: .*replaced by a newer one/);
    rmSync(file());
  });

  it('with --continuous (kept for compatibility) renews and stores the refresh token too', async () => {
    await signIn();
    const before = stored();
    const run = await runPinkit(['refresh-access-token', '--continuous', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(stored().refresh_token).not.toBe(before.refresh_token);
    const again = await runPinkit(['refresh-access-token', '--token-store', 'file'], env);
    expect(again.code, again.stderr).toBe(0);
  });

  it('refuses a token that only exists in the environment', async () => {
    const run = await runPinkit(['refresh-access-token', '--token-store', 'file'], { ...env, ACCESS_TOKEN: sim.env().ACCESS_TOKEN! });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pinkit: Token "access_token" comes from the environment variable ACCESS_TOKEN/);
  });

  it('refreshes an expired access token once on a 401 and saves it, without the user noticing', async () => {
    await signIn();
    const before = stored();
    writeFileSync(file(), JSON.stringify({ ...before, access_token: 'pina_EXPIREDEXPIREDEXPIRED' }), { mode: 0o600 });
    const run = await runPinkit(['get-user-boards', '--token-store', 'file', '--json', '-l', '1'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('refreshing it and trying again');
    expect(stored().access_token).not.toBe('pina_EXPIREDEXPIREDEXPIRED');
    expect(stored().refresh_token).not.toBe(before.refresh_token);
  });
});

/** A loopback server that answers every request with `answer`; records what reached it. */
async function hostile(
  answer: (req: IncomingMessage, body: string) => { status: number; headers?: Record<string, string>; body?: string },
) {
  const seen: Array<{ url: string; authorization: string | undefined; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization, body });
      const { status, headers = {}, body: reply = '' } = answer(req, body);
      res.writeHead(status, headers).end(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

describe('redirects from Pinterest hosts', () => {
  it('a token endpoint answering 307 elsewhere is an error naming status and host; nothing is resent there or stored', async () => {
    await signIn();
    const before = readFileSync(file(), 'utf8');
    const { refresh_token: refreshToken } = stored() as { refresh_token: string };
    const thief = await hostile(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ access_token: 'pina_STOLENSTOLENSTOLEN', token_type: 'bearer', expires_in: 3600, scope: 'boards:read' }),
    }));
    const api = await hostile((req) => ({ status: 307, headers: { location: `${thief.url}${req.url}` } }));
    try {
      const run = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], { ...env, PINTEREST_API_URI: api.url });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^pinkit: .*307.*127\.0\.0\.1:\d+/);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain(refreshToken);
      expect(api.seen).toHaveLength(1);
      expect(thief.seen).toHaveLength(0);
      expect(readFileSync(file(), 'utf8')).toBe(before);
    } finally {
      await Promise.all([api.close(), thief.close()]);
    }
  });

  it('an API request answered with 307 elsewhere fails clearly and never carries Authorization there', async () => {
    await signIn();
    const thief = await hostile(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"items":[]}' }));
    const api = await hostile((req) => ({ status: 307, headers: { location: `${thief.url}${req.url}` } }));
    try {
      const run = await runPinkit(['get-user-boards', '--token-store', 'file', '--json', '-l', '0'], {
        ...env,
        PINTEREST_API_URI: api.url,
      });
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^pinkit: .*307.*127\.0\.0\.1:\d+/);
      expect(api.seen[0]?.authorization).toMatch(/^Bearer /);
      expect(thief.seen).toHaveLength(0);
    } finally {
      await Promise.all([api.close(), thief.close()]);
    }
  });
});

describe('token answers with fields of the wrong type', () => {
  it.each([
    ['expires_in', { expires_in: 'abc' }],
    ['access_token', { access_token: 'pina_INJECTED\r\nX-Evil: 1' }],
    ['scope', { scope: ['boards:read'] }],
  ])('a refresh answered with a bad %s prints one line naming it and stores nothing', async (field, fields) => {
    await signIn();
    const before = readFileSync(file(), 'utf8');
    const pinterest = await hostile(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ access_token: 'pina_NEWNEWNEWNEW', token_type: 'bearer', expires_in: 3600, scope: 'boards:read', ...fields }),
    }));
    try {
      const run = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], {
        ...env,
        PINTEREST_API_URI: pinterest.url,
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^pinkit: Pinterest's token answer has an unusable "${field}"`));
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain('pina_');
      expect(readFileSync(file(), 'utf8')).toBe(before);
    } finally {
      await pinterest.close();
    }
  });
});

describe('pinkit auth logout revokes the refresh token too', () => {
  it('after logout the old refresh token is refused by the simulator', async () => {
    await signIn();
    const before = readFileSync(file(), 'utf8');
    const logout = await runPinkit(['auth', 'logout', 'access_token', '--token-store', 'file'], env);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toContain('Revoked the access token and the refresh token of "access_token" at Pinterest.');
    writeFileSync(file(), before, { mode: 0o600 });
    const refresh = await runPinkit(['refresh-access-token', '--token-store', 'file', '-l', '0'], env);
    rmSync(file());
    expect(refresh.code).toBe(1);
    expect(refresh.stderr).toMatch(/^pinkit: Pinterest refused the refresh token \(400: .*revoked/);
  });

  it('says which token Pinterest would not revoke, and deletes the local copy anyway', async () => {
    await signIn();
    const pinterest = await hostile((_req, body) =>
      new URLSearchParams(body).get('token_type_hint') === 'refresh_token'
        ? { status: 403, headers: { 'content-type': 'application/json' }, body: '{"code":29,"message":"Only system users"}' }
        : { status: 200 },
    );
    try {
      const logout = await runPinkit(['auth', 'logout', 'access_token', '--token-store', 'file'], {
        ...env,
        PINTEREST_API_URI: pinterest.url,
      });
      expect(logout.code, logout.stderr).toBe(0);
      expect(logout.stderr).toContain('Revoked the access token of "access_token" at Pinterest.');
      expect(logout.stderr).toMatch(/note: Pinterest did not revoke the refresh token of "access_token" \(.*403.*\); it stays valid/);
      expect(logout.stderr).toContain('Deleted token "access_token"');
      expect(pinterest.seen.map((seen) => new URLSearchParams(seen.body).get('token_type_hint'))).toEqual([
        'access_token',
        'refresh_token',
      ]);
      expect(() => readFileSync(file())).toThrow();
    } finally {
      await pinterest.close();
    }
  });
});

describe('refresh token expiry', () => {
  it('warns on any command when the stored refresh token expires within a week', async () => {
    await signIn();
    const soon = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000).toISOString();
    writeFileSync(file(), JSON.stringify({ ...stored(), refresh_token_expires_at: soon }), { mode: 0o600 });
    const run = await runPinkit(['get-user-boards', '--token-store', 'file', '-l', '0'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `warning: the refresh token of "access_token" expires ${soon}; run "pinkit get-access-token -w -a access_token" to sign in again.\n`,
    );
  });
});

describe('pinkit refresh-example', () => {
  it('shows old and new hashes, the new expiry and the user, and stores the renewed tokens (the old refresh token is dead)', async () => {
    await signIn();
    const before = stored();
    const run = await runPinkit(['refresh-example', '--token-store', 'file'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/hashed access token: [0-9a-f]{64}/g)).toHaveLength(2);
    // 60 days from the refresh; the command's clock may read a few ms before or after it.
    expect(run.stdout).toMatch(/^refresh token expires \S+ \(in (59|60) days\)$/m);
    expect(run.stdout).toMatch(/^User pinkit_demo /m);
    expect(run.stderr).toContain('Stored the renewed tokens of "access_token" in');
    const after = stored();
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(after.refresh_token_expires_at).not.toBe(before.refresh_token_expires_at);
    // A second run works from what the first stored.
    expect((await runPinkit(['refresh-example', '--token-store', 'file'], env)).code).toBe(0);
  });

  it('writes nothing when the server sends no new refresh token', async () => {
    await signIn();
    const before = readFileSync(file(), 'utf8');
    const pinterest = await hostile((req) =>
      req.url?.startsWith('/v5/oauth/token')
        ? {
            status: 200,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              access_token: 'pina_NEWNEWNEWNEW',
              token_type: 'bearer',
              expires_in: 3600,
              scope: 'user_accounts:read',
            }),
          }
        : { status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'someone' }) },
    );
    try {
      const run = await runPinkit(['refresh-example', '--token-store', 'file', '-l', '0'], { ...env, PINTEREST_API_URI: pinterest.url });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain('Stored');
      expect(readFileSync(file(), 'utf8')).toBe(before);
    } finally {
      await pinterest.close();
    }
  });
});

describe('pinkit auth status and logout', () => {
  it('lists the stored token without secrets, then logs out: revoked and deleted', async () => {
    await signIn();
    const token = stored().access_token as string;
    const status = await runPinkit(['auth', 'status', '--token-store', 'file', '--json'], env);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout.trim().split('\n')[0]!)).toMatchObject({
      name: 'access_token',
      store: 'file',
      has_refresh_token: true,
    });
    expect(status.stdout).not.toContain(token);

    const logout = await runPinkit(['auth', 'logout', 'access_token', '--token-store', 'file'], env);
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stderr).toContain('Deleted token "access_token"');
    expect(() => readFileSync(file())).toThrow();
    const withOldToken = await runPinkit(['get-user-boards', '-l', '0'], { ...env, ACCESS_TOKEN: token });
    expect(withOldToken.code).toBe(1);
    expect(withOldToken.stderr).toMatch(/Authentication failed/);
  });
});
