import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startSimulator, type Simulator } from '@pinkit/sim';
import { capable, needs } from '@pinkit/test-support';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';
import { launchChromium, signedOutEnv, startPinkit } from '../test-support/sign-in.js';

let sim: Simulator;
let browser: Browser;
beforeAll(async () => {
  sim = await startSimulator();
  if (capable('chromium')) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await sim?.stop();
});

describe('pinkit get-access-token in a real browser', () => {
  beforeEach((context) => needs(context, 'chromium'));

  it('signs in when the user clicks Allow, stores the token file (0600) and shows the user', async () => {
    const env = await signedOutEnv(sim);
    const run = startPinkit(
      ['get-access-token', '-w', '--token-store', 'file', '-s', 'user_accounts:read,boards:read,pins:read,boards:write'],
      env,
    );
    const page = await browser.newPage();
    await page.goto(await run.authorizeUrl);
    expect(await page.textContent('body')).toContain('boards:write');
    await page.click('button[name=decision][value=allow]');
    expect(await run.exit).toBe(0);
    await page.close();

    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8'));
    expect(stored).toMatchObject({
      name: 'access_token',
      access_token: expect.stringMatching(/^pina_/),
      refresh_token: expect.stringMatching(/^pinr_/),
    });
    expect(stored.scopes).toEqual(expect.arrayContaining(['boards:write', 'pins:read']));
    expect(run.stdout()).toMatch(/^hashed access token: [0-9a-f]{64}$/m);
    expect(run.stdout()).toMatch(/^User pinkit_demo /m);
    expect(run.stdout() + run.stderr()).not.toContain(stored.access_token);

    // The stored token now serves other commands without any variable set.
    const boards = await runPinkit(['get-user-boards', '--json', '-l', '0', '--token-store', 'file'], env);
    expect(boards.code).toBe(0);
    expect(boards.stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  it('fails with a clear message when the user clicks Deny, and stores nothing', async () => {
    const env = await signedOutEnv(sim);
    const run = startPinkit(['get-access-token', '-w', '--token-store', 'file'], env);
    const page = await browser.newPage();
    await page.goto(await run.authorizeUrl);
    await page.click('button[name=decision][value=deny]');
    expect(await run.exit).toBe(1);
    await page.close();
    expect(run.stderr()).toMatch(/^pinkit: .*(denied|access_denied).*$/m);
    expect(() => statSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json'))).toThrow();
  });
});

describe('pinkit get-access-token without a browser', () => {
  it('uses the client-credentials grant with -c', async () => {
    const env = await signedOutEnv(sim);
    const run = await runPinkit(['get-access-token', '-c', '-w', '--token-store', 'file', '-a', 'app_token'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(env.PINTEREST_OAUTH_TOKEN_DIR, 'app_token.json'), 'utf8'))).toMatchObject({ name: 'app_token' });
  });

  it('lists the scopes with -s help', async () => {
    const run = await runPinkit(['get-access-token', '-s', 'help'], await signedOutEnv(sim));
    expect(run.code).toBe(0);
    for (const scope of ['ads:read', 'boards:write_secret', 'user_accounts:read', 'catalogs:write']) expect(run.stdout).toContain(scope);
  });

  it('rejects an unknown scope and lists the valid ones', async () => {
    const run = await runPinkit(['get-access-token', '-s', 'boards:read,boards:fly'], await signedOutEnv(sim));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^pinkit: Unknown OAuth scope "boards:fly".*Valid scopes: .*boards:write/);
  });

  it('times out with a clear message when nobody answers in the browser', async () => {
    const run = await runPinkit(['get-access-token', '--timeout', '1'], await signedOutEnv(sim));
    expect(run.code).toBe(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('pinkit:'))).toHaveLength(1);
    expect(run.stderr).toMatch(/^pinkit: .*(timeout|--timeout|within).*$/im);
  });

  it('names the port and the variable when the redirect port is busy', async () => {
    const env = await signedOutEnv(sim);
    const port = new URL(env.PINTEREST_REDIRECT_URI).port;
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(Number(port), '127.0.0.1');
    try {
      const run = await runPinkit(['get-access-token'], env);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(port);
      expect(run.stderr).toContain('PINTEREST_REDIRECT_URI');
    } finally {
      blocker.close();
    }
  });

  it('refuses a corrupt token file by name and leaves it untouched', async () => {
    const env = await signedOutEnv(sim);
    const file = join(env.PINTEREST_OAUTH_TOKEN_DIR, 'access_token.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '{"name": "access_token", "access_tok', { mode: 0o600 });
    const run = await runPinkit(['get-user-boards', '--token-store', 'file'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file);
    expect(readFileSync(file, 'utf8')).toBe('{"name": "access_token", "access_tok');
  });
});
