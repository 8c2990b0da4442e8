import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createV5Client } from '@pinkit/api-v5';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { FETCH_BROWSER } from '@pinkit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { signedOutEnv } from '../test-support/sign-in.js';

let sim: Simulator | undefined;
afterEach(() => sim?.stop());

/** A user signed in through the browser flow (so the token has a refresh token), kept in a file. */
async function signedIn(options: { accessTokenTtlSeconds?: number; latencyMs?: number; boards?: number } = {}) {
  sim = await startSimulator({ autoApprove: true, ...options });
  const env = { ...(await signedOutEnv(sim)), BROWSER: FETCH_BROWSER };
  const scopes = 'boards:read,boards:write,pins:read,pins:write,user_accounts:read';
  const run = await runPinkit(['get-access-token', '-w', '-s', scopes, '--token-store', 'file', '-l', '0'], env);
  expect(run.code, run.stderr).toBe(0);
  return env;
}

const tokenFile = (env: Record<string, string>) => join(env.PINTEREST_OAUTH_TOKEN_DIR ?? '', 'access_token.json');
const stored = (env: Record<string, string>) => JSON.parse(readFileSync(tokenFile(env), 'utf8')) as Record<string, string>;

describe('a stored token close to its expiry', () => {
  it('is refreshed before the request, with no 401 on the way, and the new one is stored', async () => {
    const env = await signedIn();
    const before = stored(env);
    const soon = new Date(Date.now() + 60_000).toISOString();
    writeFileSync(tokenFile(env), JSON.stringify({ ...before, expires_at: soon }), { mode: 0o600 });

    const run = await runPinkit(['get-user-boards', '--token-store', 'file', '-l', '2'], env);
    expect(run.code, run.stderr).toBe(0);
    const requests = run.stderr.split('\n').filter((line) => /\b(GET|POST) /.test(line));
    expect(requests[0]).toMatch(/POST .*\/v5\/oauth\/token/);
    expect(requests[1]).toMatch(/GET .*\/v5\/boards/);
    expect(run.stderr).not.toMatch(/\b401\b/);
    expect(run.stderr).toContain('note: refreshed "access_token" ahead of its expiry');
    expect(stored(env).access_token).not.toBe(before.access_token);
    expect(Date.parse(stored(env).expires_at ?? '')).toBeGreaterThan(Date.parse(soon));
  });

  it('is left alone while it has more than the margin to live', async () => {
    const env = await signedIn();
    const before = stored(env);
    const run = await runPinkit(['get-user-boards', '--token-store', 'file', '-l', '2'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('/v5/oauth/token');
    expect(stored(env).access_token).toBe(before.access_token);
  });

  it('keeps a long copy going: each token is renewed as it nears its end, never refused', async () => {
    // Tokens live 5 min and 2 s, so each is inside the 5 minute margin 2 s after it is minted; the
    // copy is paced to take several seconds.
    const env = await signedIn({ accessTokenTtlSeconds: 302, boards: 1 });
    let boardId = '';
    for await (const board of createV5Client({ apiUri: sim!.url, token: stored(env).access_token! }).boards.list())
      boardId ||= board.id ?? '';
    const copy = ['copy-board', '-b', boardId, '-n', 'Copied while refreshing', '--writes-per-second', '3'];
    const run = await runPinkit([...copy, '--token-store', 'file', '-l', '2'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Copy finished: copied 1 board/m);
    expect(run.stderr).not.toMatch(/\b401\b/);
    expect(run.stderr.match(/note: refreshed "access_token" ahead of its expiry/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
  });
});
