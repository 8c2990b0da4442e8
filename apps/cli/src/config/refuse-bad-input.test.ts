import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '@pinkit/test-support';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runPinkit } from '../test-support/run-pinkit.js';

// A server that counts what reaches it: each refusal below must happen before any request.
let server: Server;
let url: string;
let requests = 0;
beforeAll(async () => {
  server = createServer((_req, res) => (requests++, res.writeHead(200, { 'content-type': 'application/json' }), res.end('{}')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => void (requests = 0));

describe('pinkit refuses unusable configuration before any request', () => {
  it.each([
    ['PINTEREST_API_URI', '/v5?debug=1'],
    ['PINTEREST_API_URI', '#frag'],
    ['PINTEREST_OAUTH_URI', '/?x=1'],
  ])('%s with a query string or fragment (%s)', async (variable, suffix) => {
    const value = `${url}${suffix}`;
    const run = await runPinkit(['get-pin', '-p', '1'], { PINTEREST_API_URI: url, [variable]: value, ACCESS_TOKEN: 'pina_x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^pinkit: ${variable} must be a base URL without a query string or fragment \\(got "`));
    expect(requests).toBe(0);
  });

  it.each([
    ['PINTEREST_API_URI', []],
    ['PINTEREST_SANDBOX_API_URI', ['--sandbox']],
  ])('%s with secrets in its query string or fragment, masked in the message', async (variable, flags) => {
    const secrets = '?access_token=pina_QUERYSECRET&client_secret=SHHH#frag=FRAGSECRET';
    for (const value of [`${url}/v5${secrets}`, `ftp://host/x${secrets}`]) {
      const run = await runPinkit(['get-pin', '-p', '1', ...flags], { PINTEREST_API_URI: url, [variable]: value, ACCESS_TOKEN: 'pina_x' });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(variable);
      expect(run.stderr).toContain('?access_token=[REDACTED]&client_secret=[REDACTED]#[REDACTED]');
      expect(run.stderr).not.toMatch(/QUERYSECRET|SHHH|FRAGSECRET/);
    }
    expect(requests).toBe(0);
  });

  it('a PINTEREST_REDIRECT_URI with a fragment, which OAuth forbids, exit 2 at once', async () => {
    const env = { PINTEREST_API_URI: url, PINTEREST_OAUTH_URI: url, PINTEREST_APP_ID: '1', PINTEREST_APP_SECRET: 's', BROWSER: 'none' };
    for (const redirect of ['http://localhost:18113/cb#frag', 'http://localhost:18113/cb#']) {
      const started = Date.now();
      const run = await runPinkit(['get-access-token', '--timeout', '20'], { ...env, PINTEREST_REDIRECT_URI: redirect });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/fragment/);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(requests).toBe(0);
  });

  it.each(['ftp://x', 'file:///etc/passwd', 'not-a-url'])('PINTEREST_API_URI=%s, in one line, exit 2, without retrying', async (value) => {
    const started = Date.now();
    const run = await runPinkit(['get-pin', '-p', '1'], { PINTEREST_API_URI: value, ACCESS_TOKEN: 'pina_x' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`pinkit: PINTEREST_API_URI must be an http:// or https:// URL (got "${value}").\n`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it.each([
    ['get-pin', '-p', '..'],
    ['save-pin', '-p', '..', '-b', '1'],
    ['get-board', '-b', '.'],
  ])('an id that is not an id (%s %s %s), exit 2, nothing sent', async (...args) => {
    const run = await runPinkit(args, { PINTEREST_API_URI: url, ACCESS_TOKEN: 'pina_x' });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter((line) => line.startsWith('pinkit: '))).toHaveLength(1);
    expect(requests).toBe(0);
  });

  it.each([
    ['a line break', 'pina_x\r\nX-Injected: 1'],
    ['a control character', 'pina_\u0007x'],
    ['a non-ASCII character', 'pina_x\u00e9'],
  ])('a token from the environment containing %s, naming the variable and not the token', async (problem, token) => {
    const run = await runPinkit(['get-pin', '-p', '1'], { PINTEREST_API_URI: url, ACCESS_TOKEN: token });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `pinkit: The access token "access_token" from the environment variable ACCESS_TOKEN contains ${problem}; pinkit will not send it.\n`,
    );
    expect(requests).toBe(0);
  });

  it('a token from the token file containing a line break, naming the file', async () => {
    const dir = tempDir('pinkit-tokens-');
    const record = { name: 'access_token', access_token: 'pina_x\nmore', refresh_token: null, scopes: ['pins:read'] };
    writeFileSync(join(dir, 'access_token.json'), JSON.stringify(record), { mode: 0o600 });
    const run = await runPinkit(['get-pin', '-p', '1', '--token-store', 'file'], {
      PINTEREST_API_URI: url,
      PINTEREST_OAUTH_TOKEN_DIR: dir,
    });
    // @pinkit/token-store refuses the record as it reads it, naming the file and the field, never the token.
    expect(run.stderr).toBe(
      `pinkit: Token file ${dir}/access_token.json is not a token record ` +
        '(access_token contains a line break or another control character). ' +
        'It was left untouched: fix it, or delete it and store the token again.\n',
    );
    expect(run.stderr).not.toContain('more');
    expect(run.code).toBe(1);
    expect(requests).toBe(0);
  });

  it('a --timeout past what a Node timer holds, in one line instead of a TimeoutOverflowWarning', async () => {
    const env = { PINTEREST_API_URI: url, PINTEREST_OAUTH_URI: url, PINTEREST_APP_ID: '1', PINTEREST_APP_SECRET: 's' };
    const run = await runPinkit(['get-access-token', '--timeout', '2147484'], env);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('pinkit: Invalid value for --timeout: expected to be at most 86400 (got 2147484)');
    expect(run.stderr).not.toContain('TimeoutOverflowWarning');
    expect(requests).toBe(0);
  });
});
